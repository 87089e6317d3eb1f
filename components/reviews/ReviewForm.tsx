import { useState } from 'preact/hooks';
import type { QualityFramework } from '../../content/schema';
import type { ProvenanceContext } from '../../lib/provenance';
import type { Suggestion } from '../../lib/reviews/evidence';
import { describeRating } from '../../lib/reviews/rating';
import type { Mark } from '../../lib/reviews/record';
import { checkDraft, draftRating, type DraftErrors, type ReviewDraft } from '../../lib/reviews/review';
import { fromLocalInput, toLocalInput } from './datetime';
import { ReviewItem } from './ReviewItem';

export interface ReviewFormProps {
  framework: QualityFramework;
  provenance: ProvenanceContext;
  initial: ReviewDraft;
  /** The team leader's name, typed once for the page. */
  signer: string;
  onSigner(name: string): void;
  now: number;
  /** Evidence the live call suggests (side-by-side coaching only). */
  suggestions?: readonly Suggestion[];
  submitLabel: string;
  /** Saves the review; resolves to a message when it could not be saved. */
  onSubmit(draft: ReviewDraft, signedBy: string): Promise<string | null>;
  idPrefix?: string;
}

/**
 * The review checklist: agent, call, each item marked, strengths and areas to improve, signed with
 * the team leader's name. The rating is shown as it is filled in, against the target.
 */
export function ReviewForm({ framework, provenance, initial, signer, onSigner, now, suggestions = [], submitLabel, onSubmit, idPrefix = 'review' }: ReviewFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<Record<string, 'accepted' | 'rejected'>>({});
  const [saving, setSaving] = useState(false);
  const rating = draftRating(draft, framework);
  const target = framework.target.percent;
  const id = (name: string) => `${idPrefix}-${name}`;

  const update = (patch: Partial<ReviewDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setItem = (itemId: string, patch: { mark?: Mark; note?: string }) =>
    setDraft((current) => {
      const was = current.marks[itemId] ?? { note: '' };
      return { ...current, marks: { ...current.marks, [itemId]: { ...was, ...patch } } };
    });

  function decide(suggestion: Suggestion, decision: 'accepted' | 'rejected') {
    setDecisions((current) => ({ ...current, [suggestion.key]: decision }));
    if (decision === 'accepted') {
      const note = draft.marks[suggestion.itemId]?.note.trim() ?? '';
      setItem(suggestion.itemId, { note: note ? `${note}\n${suggestion.text}` : suggestion.text });
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    const found = checkDraft(draft, framework, signer, now);
    setErrors(found);
    if (Object.keys(found).length) {
      const first = Object.keys(found)[0]!;
      document.getElementById(first === 'items' ? id('items-error') : id(first))?.focus();
      return;
    }
    setSaving(true);
    const problem = await onSubmit(draft, signer).catch((error: unknown) => (error as Error).message || 'The review could not be saved.');
    setSaving(false);
    setFailure(problem);
  }

  const error = (name: keyof DraftErrors) =>
    errors[name] ? (
      <p class="error" id={id(`${name}-error`)} tabIndex={-1}>
        {errors[name]}
      </p>
    ) : null;
  const described = (name: keyof DraftErrors) => (errors[name] ? id(`${name}-error`) : undefined);

  return (
    <form class="review-form" onSubmit={submit} noValidate>
      <div class="inline-fields">
        <div class="field">
          <label for={id('agentName')}>Agent</label>
          <input id={id('agentName')} value={draft.agentName} aria-invalid={Boolean(errors.agentName)} aria-describedby={described('agentName')} onInput={(e) => update({ agentName: e.currentTarget.value })} />
          {error('agentName')}
        </div>
        <div class="field">
          <label for={id('callAt')}>Date and time of the call</label>
          <input
            id={id('callAt')}
            type="datetime-local"
            value={toLocalInput(draft.callAt)}
            aria-invalid={Boolean(errors.callAt)}
            aria-describedby={described('callAt')}
            onInput={(e) => update({ callAt: fromLocalInput(e.currentTarget.value) })}
          />
          {error('callAt')}
        </div>
        <div class="field">
          <label for={id('reference')}>Call reference (optional)</label>
          <input id={id('reference')} value={draft.callReference} onInput={(e) => update({ callReference: e.currentTarget.value })} />
        </div>
      </div>
      <p class="rating-now" aria-live="polite">
        <strong>Rating so far:</strong> {describeRating(rating, target)}
      </p>
      <div class="review-items">
        {framework.items.map((item, index) => (
          <ReviewItem
            key={item.id}
            item={item}
            number={index + 1}
            mark={draft.marks[item.id]?.mark}
            note={draft.marks[item.id]?.note ?? ''}
            provenance={provenance}
            suggestions={suggestions.filter((suggestion) => suggestion.itemId === item.id)}
            decisions={decisions}
            onMark={(mark) => setItem(item.id, { mark })}
            onNote={(note) => setItem(item.id, { note })}
            onDecide={decide}
          />
        ))}
      </div>
      {error('items')}
      <div class="field">
        <label for={id('strengths')}>Strengths</label>
        <textarea id={id('strengths')} rows={3} value={draft.strengths} onInput={(e) => update({ strengths: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for={id('improvements')}>Areas to improve</label>
        <textarea id={id('improvements')} rows={3} value={draft.improvements} onInput={(e) => update({ improvements: e.currentTarget.value })} />
      </div>
      <div class="field narrow">
        <label for={id('signedBy')}>Your name (signs the review)</label>
        <input id={id('signedBy')} value={signer} aria-invalid={Boolean(errors.signedBy)} aria-describedby={described('signedBy')} onInput={(e) => onSigner(e.currentTarget.value)} />
        {error('signedBy')}
      </div>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
