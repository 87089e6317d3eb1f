/**
 * What the Call quality month shows, in two reads. The month itself (its reviews and each agent's
 * coverage) reads only the envelopes of that month's reviews and the month before's, so it stays
 * quick however many reviews the desk holds. The six months of trends read those months' reviews
 * whole, with their content, and follow on the page.
 */
import type { QualityFramework } from '../../content/schema';
import type { CallGuideDb } from '../db';
import { monthCoverage, type Coverage } from './coverage';
import { monthOf, monthsEnding, type MonthRange } from './month';
import type { ReviewEnvelope } from './record';
import { fullReviewsBetween, reviewsBetween } from './repository';
import { ratingTrends, type Trends } from './trends';

export interface MonthView {
  coverage: Coverage;
  /** The month's reviews (their envelopes), newest call first. */
  reviews: ReviewEnvelope[];
}

export const TREND_MONTHS = 6;

/**
 * The month's envelopes and the month before's, in one read of the `callAt` index: agents reviewed
 * last month are expected this month too, so someone with no review yet still shows as short.
 */
export async function readMonthView(db: CallGuideDb, month: MonthRange, framework: QualityFramework, now: number): Promise<MonthView> {
  const both = await reviewsBetween(db, monthOf(month.start, -1).start, month.end);
  const reviews = both.filter((review) => review.callAt >= month.start);
  const coverage = monthCoverage(reviews, {
    month,
    agents: both.map((review) => review.agentName),
    minimum: framework.minimumPerMonth.count,
    target: framework.target.percent,
    now,
  });
  return { coverage, reviews };
}

export async function readTrends(db: CallGuideDb, month: MonthRange, framework: QualityFramework): Promise<Trends> {
  const months = monthsEnding(month.start, TREND_MONTHS);
  return ratingTrends(await fullReviewsBetween(db, months[0]!.start, month.end), months, framework.items);
}
