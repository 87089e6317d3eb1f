/**
 * What the Call quality month shows, in two reads. The month itself (its reviews and each agent's
 * coverage) reads only the envelopes of that month's reviews, and the names of the agents reviewed
 * the month before from an index, so it stays quick however many reviews the desk holds. The six
 * months of trends read those months' reviews whole, with their content (opened with the key in
 * memory when sealed), and follow on the page.
 */
import type { QualityFramework } from '../../content/schema';
import type { CallGuideDb } from '../db';
import { monthCoverage, type Coverage } from './coverage';
import { agentsBetween } from './month-agents';
import { monthOf, monthsEnding, type MonthRange } from './month';
import type { ReviewEnvelope } from './record';
import { openReviews, type OpenContent, type Unread } from './open';
import { reviewsBetween, storedReviewsBetween } from './repository';
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

/** The trends, and the reviews whose content could not be read (sealed, with no key or another key): left out of the items' scores. */
export interface TrendsView {
  trends: Trends;
  unread: { envelope: ReviewEnvelope; reason: Unread }[];
}

/**
 * Every read first, then the opener asked for and sealed contents opened: a live query follows only
 * the reads made before anything that is not Dexie's is awaited.
 */
export async function readTrends(
  db: CallGuideDb,
  month: MonthRange,
  framework: QualityFramework,
  opener: () => Promise<OpenContent | null> = async () => null,
): Promise<TrendsView> {
  const months = monthsEnding(month.start, TREND_MONTHS);
  const stored = await storedReviewsBetween(db, months[0]!.start, month.end);
  const { reviews, unread } = await openReviews(stored, await opener());
  const contents = new Map(reviews.map((review) => [review.id, review.content]));
  const all = stored.map(({ envelope }) => ({ ...envelope, content: contents.get(envelope.id) }));
  return { trends: ratingTrends(all, months, framework.items), unread };
}
