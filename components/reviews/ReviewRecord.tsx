import { formatDateTime } from '../../lib/incidents/format';
import { describeRating, formatPercent } from '../../lib/reviews/rating';
import { MARK_LABELS, type CallReview } from '../../lib/reviews/record';
import { qualityHref } from './quality-context';

/** A saved review as a record: printable for the one-to-one, with a link to correct it. */
export function ReviewRecord({ review, onPrint, sealed }: { review: CallReview; onPrint(): void; sealed: boolean }) {
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
      {sealed && <p class="hint no-print">Sealed to the team leaders’ keys: opened with the key held in this tab.</p>}
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
