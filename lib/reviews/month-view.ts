/**
 * What the Call quality month shows, in two reads. The month itself (its reviews and each agent's
 * coverage) reads only the envelopes of that month's reviews, and the names of the agents reviewed
 * the month before from an index, so it stays quick however many reviews the desk holds. The six
 * months of trends read those months' reviews whole, with their content, and follow on the page.
 */
import type { QualityFramework } from '../../content/schema';
import type { CallGuideDb } from '../db';
import { monthCoverage, type Coverage } from './coverage';
import { agentsBetween } from './month-agents';
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
 * The month's envelopes through the `callAt` index, and the agents reviewed the month before (keys
 * of the `[agentName+callAt]` index only, month-agents.ts): agents reviewed last month are expected
 * this month too, so someone with no review yet still shows as short.
 */
export async function readMonthView(db: CallGuideDb, month: MonthRange, framework: QualityFramework, now: number): Promise<MonthView> {
  const reviews = await reviewsBetween(db, month.start, month.end);
  const names = new Set(reviews.map((review) => review.agentName));
  const before = await agentsBetween(db, monthOf(month.start, -1).start, month.start, names);
  const coverage = monthCoverage(reviews, {
    month,
    agents: [...names, ...before],
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
