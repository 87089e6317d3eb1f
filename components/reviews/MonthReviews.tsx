import { formatDateTime } from '../../lib/incidents/format';
import type { MonthRange } from '../../lib/reviews/month';
import { formatPercent } from '../../lib/reviews/rating';
import type { ReviewEnvelope } from '../../lib/reviews/record';
import { qualityHref } from './quality-context';

/** The month's reviews from their envelopes (readable whether or not their content is sealed), newest call first. */
export function MonthReviews({ month, reviews }: { month: MonthRange; reviews: readonly ReviewEnvelope[] }) {
  return (
    <>
      <h3>Reviews of calls in {month.label}</h3>
      {reviews.length === 0 ? (
        <p>No reviews of calls this month yet.</p>
      ) : (
        <table>
          <caption>{reviews.length} reviews, newest call first</caption>
          <thead>
            <tr>
              <th scope="col">Call</th>
              <th scope="col">Agent</th>
              <th scope="col">Rating</th>
              <th scope="col">Signed by</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review) => (
              <tr key={review.id}>
                <td>
                  <a href={qualityHref('review', review.id)}>{formatDateTime(review.callAt)}</a>
                </td>
                <td>{review.agentName}</td>
                <td class={review.rating.percent !== null && review.rating.percent < review.rating.target ? 'below-target' : undefined}>
                  {formatPercent(review.rating.percent)}
                </td>
                <td>
                  {review.signed.by}
                  {review.corrected ? ` (corrected by ${review.corrected.by})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
