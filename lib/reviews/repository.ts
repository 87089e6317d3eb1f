/**
 * Reviews in the database: the envelope and the content written together in one strict
 * transaction, each in its own table; a month reads the envelopes through the `callAt` index, and
 * only what needs the content (a review, the CSV, the trends per item) reads it too. The content
 * may be sealed (lib/sealing/reviews.ts); opening it is open.ts's.
 */
import type { CallGuideDb } from '../db';
import type { CallReview, ReviewEnvelope, StoredReviewContent } from './record';

/** A review as stored: its envelope and its content, as written or sealed (absent if it was lost). */
export interface StoredReview {
  envelope: ReviewEnvelope;
  stored: StoredReviewContent | undefined;
}

export class ReviewChangedError extends Error {
  constructor() {
    super('This review was changed somewhere else (another tab) while you were correcting it: nothing has been saved. Open it again to see the change.');
  }
}

/**
 * Writes a review's envelope and its content (as given: written or sealed) in one strict
 * transaction. With `before`, only over the content it was read as, so a correction never
 * overwrites another made meanwhile.
 */
export async function writeReview(db: CallGuideDb, review: ReviewEnvelope, stored: StoredReviewContent, before?: StoredReviewContent): Promise<void> {
  const { content: _content, ...envelope } = review as ReviewEnvelope & { content?: unknown };
  await db.transaction('rw', db.reviews, db.reviewContents, async () => {
    if (before && JSON.stringify(await db.reviewContents.get(review.id)) !== JSON.stringify(before)) throw new ReviewChangedError();
    await db.reviews.put(envelope);
    await db.reviewContents.put(stored);
  });
}

/** Saves a review as written (sealing off). */
export function saveReview(db: CallGuideDb, review: CallReview, before?: StoredReviewContent): Promise<void> {
  return writeReview(db, review, { id: review.id, content: review.content }, before);
}

export async function getStoredReview(db: CallGuideDb, id: string): Promise<StoredReview | undefined> {
  const [envelope, stored] = await Promise.all([db.reviews.get(id), db.reviewContents.get(id)]);
  return envelope && { envelope, stored };
}

/** Envelopes of reviews of calls from `start` (included) to `end` (excluded), newest call first. */
export async function reviewsBetween(db: CallGuideDb, start: number, end: number): Promise<ReviewEnvelope[]> {
  const found = await db.reviews.where('callAt').between(start, end, true, false).toArray();
  return found.reverse();
}

/** The same reviews with their stored content. */
export async function storedReviewsBetween(db: CallGuideDb, start: number, end: number): Promise<StoredReview[]> {
  const envelopes = await reviewsBetween(db, start, end);
  const contents = await db.reviewContents.bulkGet(envelopes.map((envelope) => envelope.id));
  return envelopes.map((envelope, index) => ({ envelope, stored: contents[index] }));
}
