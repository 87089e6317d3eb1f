/**
 * Reviews in the database: saved whole in one strict transaction, and read by the month of the
 * call through the `callAt` index, so a month's view reads only that month.
 */
import type { CallGuideDb } from '../db';
import type { CallReview } from './record';

export async function saveReview(db: CallGuideDb, review: CallReview): Promise<void> {
  await db.transaction('rw', db.reviews, () => db.reviews.put(review));
}

export function getReview(db: CallGuideDb, id: string): Promise<CallReview | undefined> {
  return db.reviews.get(id);
}

/** Reviews of calls from `start` (included) to `end` (excluded), newest call first. */
export async function reviewsBetween(db: CallGuideDb, start: number, end: number): Promise<CallReview[]> {
  const found = await db.reviews.where('callAt').between(start, end, true, false).toArray();
  return found.reverse();
}
