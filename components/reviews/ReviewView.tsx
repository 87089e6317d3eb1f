import { formatDateTime } from '../../lib/incidents/format';
import { describeRating, formatPercent } from '../../lib/reviews/rating';
import { MARK_LABELS, type CallReview } from '../../lib/reviews/record';
import { getReview, saveReview } from '../../lib/reviews/repository';
import { correctReview, draftFrom, emptyDraft, makeReview } from '../../lib/reviews/review';
import { useLog } from '../incidents/log-context';
import { useLiveQuery } from '../ui/use-live-query';
import { qualityHref, type QualitySetup } from './quality-context';
import { ReviewForm } from './ReviewForm';

const go = (href: string) => {
  window.location.hash = href;
};

/** Recording a review in the log: the checklist, saved signed, then shown as a record. */
export function NewReview({ setup }: { setup: QualitySetup }) {
  const { db, state, now } = useLog();
  return (
    <section aria-labelledby="new-review-heading" class="quality">
      <h2 id="new-review-heading">Record a call quality review</h2>
      <p class="hint">
        Against {setup.framework.name}. Mark each item; the rating is (met + half of partly) ÷ the items that apply, against the target of{' '}
        {setup.framework.target.percent}%.
      </p>
      <ReviewForm
        framework={setup.framework}
        provenance={setup.provenance}
        initial={emptyDraft()}
        signer={state.reviewer.value}
        onSigner={(name) => (state.reviewer.value = name)}
        now={now}
        submitLabel="Save review"
        onSubmit={async (draft, by) => {
          const review = makeReview(crypto.randomUUID(), draft, setup.framework, setup.playbookId, { by, at: now });
          await saveReview(await db(), review);
          go(qualityHref('review', review.id));
          return null;
        }}
      />
    </section>
  );
}

/** A saved review: printable for the one-to-one, and correctable with the change recorded. */
export function ReviewView({ setup, id, correcting }: { setup: QualitySetup; id: string; correcting: boolean }) {
  const { db, state, now, print } = useLog();
  const found = useLiveQuery(db, (database) => getReview(database, id), [id]);
  if (found.status === 'loading') return <p class="loading">Loading…</p>;
  if (found.status === 'error' || !found.value) return <p class="error">No review with this address on this computer.</p>;
  const review = found.value;
  if (!correcting) return <ReviewRecord review={review} onPrint={print} />;
  return (
    <section aria-labelledby="correct-heading" class="quality">
      <h2 id="correct-heading">
        Correct the review of {review.agentName}'s call, {formatDateTime(review.callAt)}
      </h2>
      <p class="hint">The review keeps its first signature; the correction is signed with your name and lists what it changed.</p>
      <ReviewForm
        framework={setup.framework}
        provenance={setup.provenance}
        initial={draftFrom(review)}
        signer={state.reviewer.value}
        onSigner={(name) => (state.reviewer.value = name)}
        now={now}
        submitLabel="Save correction"
        idPrefix="correct"
        onSubmit={async (draft, by) => {
          const corrected = correctReview(review, draft, setup.framework, { by, at: now }, formatDateTime);
          if (!corrected) return 'Nothing has changed, so there is no correction to save.';
          await saveReview(await db(), corrected);
          go(qualityHref('review', review.id));
          return null;
        }}
      />
    </section>
  );
}

function ReviewRecord({ review, onPrint }: { review: CallReview; onPrint(): void }) {
  const { content, rating } = review;
  return (
    <article aria-labelledby="record-heading" class="review-record">
      <nav class="toolbar no-print" aria-label="This review">
        <a href={qualityHref()}>Back to call quality</a>
        <a href={qualityHref('review', review.id, 'correct')}>Correct this review</a>
        <button type="button" onClick={onPrint}>
          Print for the one-to-one
        </button>
      </nav>
      <h2 id="record-heading">
        Call quality review: {review.agentName}, call of {formatDateTime(review.callAt)}
      </h2>
      <dl>
        <dt>Rating</dt>
        <dd class={rating.percent !== null && rating.percent < rating.target ? 'below-target' : undefined}>{describeRating(rating, rating.target)}</dd>
        <dt>Reviewed against</dt>
        <dd>{review.framework}</dd>
        {content.callReference && (
          <>
            <dt>Call reference</dt>
            <dd>{content.callReference}</dd>
          </>
        )}
        <dt>Signed</dt>
        <dd>
          {review.signed.by}, {formatDateTime(review.signed.at)}
          {content.coached ? ' (side by side, during the call)' : ''}
        </dd>
      </dl>
      <table>
        <caption>Each item, {formatPercent(rating.percent)} overall</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Mark</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {content.items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">{item.text}</th>
              <td class="item-mark">{MARK_LABELS[item.mark]}</td>
              <td>{item.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl>
        <dt>Strengths</dt>
        <dd>{content.strengths || 'None written.'}</dd>
        <dt>Areas to improve</dt>
        <dd>{content.improvements || 'None written.'}</dd>
      </dl>
      {content.corrections.length > 0 && (
        <>
          <h3>Corrections</h3>
          <ol>
            {content.corrections.map((correction) => (
              <li key={correction.at}>
                {formatDateTime(correction.at)}, {correction.by}:
                <ul>
                  {correction.changes.map((change) => (
                    <li key={change.what}>
                      {change.what}: “{change.from || 'blank'}” became “{change.to || 'blank'}”
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
