import { useId, useMemo, useState } from 'preact/hooks';
import { compareReadBack, decode } from '../../lib/nato';
import { CopyButton, type ClipboardWriter } from '../ui/CopyButton';

interface DecodePanelProps {
  /** The text in the Spell field, to compare with what the caller said. */
  expected: string;
  clipboard: ClipboardWriter | undefined;
}

/** What the caller says back, typed by the agent, as text to compare with the CRM (NA-2). */
export function DecodePanel({ expected, clipboard }: DecodePanelProps) {
  const [spoken, setSpoken] = useState('');
  const decoded = useMemo(() => decode(spoken), [spoken]);
  const unsure = decoded.parts.filter((part) => !part.sure);
  const comparison =
    expected.trim() !== '' && decoded.text !== '' ? compareReadBack(expected, decoded.text) : undefined;
  const inputId = useId();
  const hintId = useId();

  return (
    <div class="nato-decode">
      <label class="nato-label" for={inputId}>
        Decode
      </label>
      <input
        id={inputId}
        class="nato-input"
        type="text"
        value={spoken}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={hintId}
        onInput={(event) => setSpoken(event.currentTarget.value)}
      />
      <p id={hintId} class="nato-hint">
        Type what the caller says: “c for charlie”, “double L”, “at”, “dot”.
      </p>
      {decoded.parts.length > 0 && (
        <>
          <section class="nato-decoded" aria-label="Decoded text">
            <p class="nato-decoded-text">
              {decoded.parts.map((part, index) =>
                part.sure ? (
                  <span key={index}>{part.text}</span>
                ) : (
                  <mark key={index} class="nato-unsure" title={part.note}>
                    {part.text === '' ? '?' : part.text}
                    <span class="nato-visually-hidden"> (unsure)</span>
                  </mark>
                ),
              )}
            </p>
          </section>
          {unsure.length > 0 && (
            <section class="nato-unsure-parts" aria-label="Check with the caller">
              <p class="nato-unsure-heading">Unsure — check with the caller:</p>
              <ul>
                {unsure.map((part, index) => (
                  <li key={index}>
                    “{part.heard}” → {part.text === '' ? 'nothing' : part.text}
                    {part.note ? `: ${part.note}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {comparison && (
            <p role="status" class={comparison.matches ? 'nato-match' : 'nato-mismatch'}>
              {comparison.matches
                ? 'Matches the Spell field'
                : `Differs from the Spell field at character ${comparison.firstDifference ?? 1}`}
            </p>
          )}
          <div class="nato-actions">
            <CopyButton label="Copy decoded text" text={decoded.text} clipboard={clipboard} />
          </div>
        </>
      )}
    </div>
  );
}
