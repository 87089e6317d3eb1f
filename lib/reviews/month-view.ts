/**
 * Everything the Call quality month shows, from one read: the month's coverage (agents reviewed
 * in the six months are expected this month too), six months of trends, and the month's reviews.
 */
import type { QualityFramework } from '../../content/schema';
import type { CallGuideDb } from '../db';
import { monthCoverage, type Coverage } from './coverage';
import { monthsEnding, type MonthRange } from './month';
import type { CallReview } from './record';
import { reviewsBetween } from './repository';
import { ratingTrends, type Trends } from './trends';

export interface MonthView {
  coverage: Coverage;
  trends: Trends;
  /** The month's reviews, newest call first. */
  reviews: CallReview[];
}

export const TREND_MONTHS = 6;

export async function readMonthView(db: CallGuideDb, month: MonthRange, framework: QualityFramework, now: number): Promise<MonthView> {
  const months = monthsEnding(month.start, TREND_MONTHS);
  const all = await reviewsBetween(db, months[0]!.start, month.end);
  const reviews = all.filter((review) => review.callAt >= month.start);
  const coverage = monthCoverage(reviews, {
    month,
    agents: all.map((review) => review.agentName),
    minimum: framework.minimumPerMonth.count,
    target: framework.target.percent,
    now,
  });
  return { coverage, trends: ratingTrends(all, months, framework.items), reviews };
}
