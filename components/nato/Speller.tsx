import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { spell, spellingToText, type SpellOptions } from '../../lib/nato';
import { CopyButton, type ClipboardWriter } from '../ui/CopyButton';
import { DecodePanel } from './DecodePanel';
import { ReadBack } from './ReadBack';
import { SpellingGroups } from './SpellingGroups';
import './speller.css';

export interface SpellerProps {
  /** Text to spell on opening, such as a selection sent from the CRM; a new value replaces the field. */
  initialText?: string;
  /** The playbook's or the agent's choices: ICAO or everyday spellings, digits, "double L". */
  options?: SpellOptions;
  /** Where copies go: the browser's clipboard unless a test passes its own. */
  clipboard?: ClipboardWriter;
}

/** The NATO phonetic speller (NA-1, NA-2): spell in groups, read back at the caller's pace, decode. */
export function Speller({
  initialText = '',
  options,
  clipboard = globalThis.navigator?.clipboard,
}: SpellerProps) {
  const [text, setText] = useState(initialText);
  const [readBackAt, setReadBackAt] = useState<number | null>(null);
  const spelling = useMemo(() => spell(text, options), [text, options]);
  const readBackButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const inputId = useId();

  useEffect(() => setText(initialText), [initialText]);

  // Leaving read back puts focus back where the agent started it.
  useEffect(() => {
    if (readBackAt === null && returnFocus.current) {
      returnFocus.current = false;
      readBackButton.current?.focus();
    }
  }, [readBackAt]);

  const groups = spelling.groups;
  // Editing the text during read back may leave fewer groups than the step reached, or none.
  const readBackIndex = readBackAt === null ? null : Math.min(readBackAt, groups.length - 1);
  const reading = readBackIndex !== null && readBackIndex >= 0;
  useEffect(() => {
    if (groups.length === 0) setReadBackAt(null);
  }, [groups.length]);

  function leaveReadBack() {
    returnFocus.current = true;
    setReadBackAt(null);
  }

  return (
    <div class="nato-speller">
      <div class="nato-spell">
        <label class="nato-label" for={inputId}>
          Spell
        </label>
        <input
          id={inputId}
          class="nato-input"
          type="text"
          value={text}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {reading ? (
          <ReadBack groups={groups} index={readBackIndex} onStep={setReadBackAt} onLeave={leaveReadBack} />
        ) : (
          <>
            <SpellingGroups spelling={spelling} />
            <div class="nato-actions">
              <button
                ref={readBackButton}
                type="button"
                class="nato-button"
                disabled={groups.length === 0}
                onClick={() => setReadBackAt(0)}
              >
                Read back
              </button>
              <CopyButton label="Copy spelling" text={spellingToText(spelling)} clipboard={clipboard} />
            </div>
          </>
        )}
      </div>
      <DecodePanel expected={text} clipboard={clipboard} />
    </div>
  );
}
