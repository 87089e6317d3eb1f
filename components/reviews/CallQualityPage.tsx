import { monthFromKey, monthOf } from '../../lib/reviews/month';
import { useLog } from '../incidents/log-context';
import { QualityMonth } from './QualityMonth';
import { NewReview } from './NewReview';
import { ReviewView } from './ReviewView';
import { useQualitySetup } from './quality-context';
import './reviews.css';

/**
 * The incident log's Call quality section. Addresses under `#/quality`: the month of today, `month/2026-11`,
 * `new`, `review/<id>` (printable) and `review/<id>/correct`.
 */
export function CallQualityPage({ path }: { path: readonly string[] }) {
  const { now } = useLog();
  const setup = useQualitySetup();
  if (!setup) return <p class="loading">Loading…</p>;
  const [part, value, action] = path;
  if (part === 'new') return <NewReview setup={setup} />;
  if (part === 'review' && value) return <ReviewView setup={setup} id={value} correcting={action === 'correct'} />;
  const month = (part === 'month' && value ? monthFromKey(value) : null) ?? monthOf(now);
  return <QualityMonth setup={setup} month={month} />;
}
