import type { QualityFramework } from '../../content/schema';
import { showProvenance, type ProvenanceContext } from '../../lib/provenance';
import type { Suggestion } from '../../lib/reviews/evidence';
import { MARK_LABELS, MARKS, type Mark } from '../../lib/reviews/record';

type Item = QualityFramework['items'][number];

interface Props {
  item: Item;
  number: number;
  mark: Mark | undefined;
  note: string;
  provenance: ProvenanceContext;
  suggestions: readonly Suggestion[];
  decisions: Record<string, 'accepted' | 'rejected'>;
  onMark(mark: Mark): void;
  onNote(note: string): void;
  onDecide(suggestion: Suggestion, decision: 'accepted' | 'rejected'): void;
}

/**
 * One item of the framework: its words, where they come from, Met / Partly / Not met / Not
 * applicable as radio buttons (arrow keys move between them), a note, and any evidence the live
 * call suggests, for the team leader to accept into the note or reject.
 */
export function ReviewItem({ item, number, mark, note, provenance, suggestions, decisions, onMark, onNote, onDecide }: Props) {
  const shown = showProvenance(item.from, provenance);
  const id = `item-${item.id}`;
  return (
    <fieldset class={`review-item${mark ? ` marked-${mark}` : ''}`} aria-describedby={`${id}-from`}>
      <legend>
        <span class="item-number">{number}.</span> {item.text}
      </legend>
      <small id={`${id}-from`} class={`from from-${shown.kind}`} title={shown.detail}>
        {shown.label}
      </small>
      <div class="marks">
        {MARKS.map((value) => (
          <label key={value} class="mark">
            <input type="radio" name={id} value={value} checked={mark === value} onChange={() => onMark(value)} />
            {MARK_LABELS[value]}
          </label>
        ))}
      </div>
      {suggestions.length > 0 && (
        <ul class="evidence" aria-label={`Evidence from the call for item ${number}`}>
          {suggestions.map((suggestion) => {
            const decision = decisions[suggestion.key];
            return (
              <li key={suggestion.key}>
                <span id={`${id}-${suggestion.kind}`}>{suggestion.text}</span>{' '}
                {decision ? (
                  <span class="hint">{decision === 'accepted' ? 'Accepted: added to the note.' : 'Rejected.'}</span>
                ) : (
                  <span class="evidence-actions">
                    <button type="button" aria-describedby={`${id}-${suggestion.kind}`} onClick={() => onDecide(suggestion, 'accepted')}>
                      Accept evidence
                    </button>
                    <button type="button" aria-describedby={`${id}-${suggestion.kind}`} onClick={() => onDecide(suggestion, 'rejected')}>
                      Reject
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div class="field note">
        <label for={`${id}-note`}>
          Note <span class="visually-hidden">on item {number}</span>
        </label>
        <textarea id={`${id}-note`} rows={1} value={note} onInput={(event) => onNote((event.currentTarget as HTMLTextAreaElement).value)} />
      </div>
    </fieldset>
  );
}
