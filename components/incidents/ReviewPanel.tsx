import { useState } from 'preact/hooks';
import type { Incident } from '../../lib/incidents/record';
import { formatDateTime } from '../../lib/incidents/format';
import { addReviewNote, markReviewed, reopen } from '../../lib/incidents/review';
import { useLog } from './log-context';

/** The team leader's review: notes with who and when, and marking the incident reviewed. */
export function ReviewPanel({ incident }: { incident: Incident }) {
  const { db, state, now } = useLog();
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const by = state.reviewer.value;

  async function act(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      setError('');
      setNote('');
      setDone(message);
    } catch (failure) {
      setDone('');
      setError((failure as Error).message);
    }
  }

  return (
    <section aria-labelledby="review-heading" class="card">
      <h3 id="review-heading">Review</h3>
      <p>{incident.review ? `Reviewed by ${incident.review.by}, ${formatDateTime(incident.review.at)}.` : 'Not reviewed yet.'}</p>
      {incident.reviewNotes.length > 0 && (
        <ol class="review-notes" aria-label="Review notes">
          {incident.reviewNotes.map((entry, index) => (
            <li key={index}>
              <span class="hint">
                {formatDateTime(entry.at)}, {entry.by}:
              </span>{' '}
              {entry.note}
            </li>
          ))}
        </ol>
      )}
      <div class="field">
        <label for="review-note">Review note</label>
        <textarea id="review-note" rows={3} value={note} onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)} />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => void act(async () => addReviewNote(await db(), incident.id, { by, at: now, note }), 'Note added.')}>
          Add note
        </button>
        {incident.status === 'open' ? (
          <button type="button" class="primary" onClick={() => void act(async () => markReviewed(await db(), incident.id, { by, at: now, note }), 'Marked reviewed.')}>
            Mark reviewed
          </button>
        ) : (
          <button type="button" onClick={() => void act(async () => reopen(await db(), incident.id, { by, at: now }), 'Reopened for review.')}>
            Reopen for review
          </button>
        )}
      </div>
      <p role="status">{done}</p>
    </section>
  );
}
