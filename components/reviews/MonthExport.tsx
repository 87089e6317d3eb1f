import { useState } from 'preact/hooks';
import { reviewsCsv } from '../../lib/reviews/csv';
import type { MonthRange } from '../../lib/reviews/month';
import { openReviews } from '../../lib/reviews/open';
import { storedReviewsBetween } from '../../lib/reviews/repository';
import { useLog } from '../incidents/log-context';
import { useReviewStore } from './review-store';

const reviewsCount = (n: number) => `${n} review${n === 1 ? '' : 's'}`;

/**
 * The month's reviews as CSV, sealed ones opened with the key in memory. Any that cannot be opened
 * (sealed to other keys, or damaged) are left out, and the page says how many; none, none exported.
 */
export function MonthExport({ month }: { month: MonthRange }) {
  const { download } = useLog();
  const store = useReviewStore();
  const [message, setMessage] = useState('');

  async function exportMonth() {
    setMessage('');
    const stored = await storedReviewsBetween(await store.db(), month.start, month.end);
    const { reviews, unread } = await openReviews(stored, await store.opener());
    if (reviews.length > 0) download(new Blob([reviewsCsv(reviews)], { type: 'text/csv' }), `call-quality-${month.key}.csv`);
    if (unread.length > 0) {
      setMessage(
        `${reviewsCount(unread.length)} of the month could not be opened with the key in use (sealed to other team leader keys, or damaged) and ${
          reviews.length > 0 ? `were left out of the file; ${reviewsCount(reviews.length)} exported` : 'nothing was exported'
        }.`,
      );
    }
  }

  return (
    <>
      <button type="button" onClick={() => void exportMonth()}>
        Export this month as CSV
      </button>
      {message && (
        <p class="notice" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
