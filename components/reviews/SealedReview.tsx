import { formatDateTime } from '../../lib/incidents/format';
import type { Unread } from '../../lib/reviews/open';
import { describeRating } from '../../lib/reviews/rating';
import type { ReviewEnvelope } from '../../lib/reviews/record';
import { qualityHref } from './quality-context';
import { useReviewStore } from './review-store';

/** Why the content is not shown, said plainly; nothing is changed in any case. */
function Why({ reason }: { reason: Unread }) {
  const { askUnlock } = useReviewStore();
  switch (reason) {
    case 'locked':
      return (
        <div class="notice">
          <p>
            This review is sealed. Its marks, notes, strengths and areas to improve open only with a team leader key it was sealed to.
          </p>
          <button type="button" onClick={askUnlock}>
            Unlock to read this review
          </button>
        </div>
      );
    case 'wrong-key':
      return (
        <p class="notice" role="alert">
          This review was sealed to other team leader keys: the key in use cannot open it. Lock the log and unlock it with one of those. Nothing
          has been changed.
        </p>
      );
    case 'damaged':
      return (
        <p class="notice" role="alert">
          This review could not be opened: its sealed part is damaged or has been tampered with. Nothing has been changed or overwritten.
        </p>
      );
    case 'missing':
      return (
        <p class="notice" role="alert">
          This review’s marks and notes are missing from this computer’s database: only what is shown here is left.
        </p>
      );
  }
}

/** A review whose content cannot be read here: what stays readable, and why the rest is not shown. */
export function SealedReview({ envelope, reason }: { envelope: ReviewEnvelope; reason: Unread }) {
  const { rating } = envelope;
  return (
    <article aria-labelledby="record-heading" class="review-record">
      <nav class="toolbar no-print" aria-label="This review">
        <a href={qualityHref()}>Back to call quality</a>
      </nav>
      <h2 id="record-heading">
        Call quality review: {envelope.agentName}, call of {formatDateTime(envelope.callAt)}
      </h2>
      <Why reason={reason} />
      <dl>
        <dt>Rating</dt>
        <dd>{describeRating(rating, rating.target)}</dd>
        <dt>Reviewed against</dt>
        <dd>{envelope.framework}</dd>
        <dt>Signed</dt>
        <dd>
          {envelope.signed.by}, {formatDateTime(envelope.signed.at)}
        </dd>
        {envelope.corrected && (
          <>
            <dt>Last corrected</dt>
            <dd>
              {envelope.corrected.by}, {formatDateTime(envelope.corrected.at)}
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
