/**
 * Reviews in the database: the envelope and the content written together in one strict
 * transaction, each in its own table; a month reads the envelopes through the `callAt` index, and
 * only what needs the content (a review, the CSV, the trends per item) reads it too.
 */
import type { CallGuideDb } from '../db';
import type { CallReview, ReviewEnvelope } from './record';

export async function saveReview(db: CallGuideDb, review: CallReview): Promise<void> {
  const { content, ...envelope } = review;
  await db.transaction('rw', db.reviews, db.reviewContents, async () => {
    await db.reviews.put(envelope);
    await db.reviewContents.put({ id: review.id, content });
  });
}

export async function getReview(db: CallGuideDb, id: string): Promise<CallReview | undefined> {
  const [envelope, stored] = await Promise.all([db.reviews.get(id), db.reviewContents.get(id)]);
  return envelope && stored ? { ...envelope, content: stored.content } : undefined;
}

/** Envelopes of reviews of calls from `start` (included) to `end` (excluded), newest call first. */
export async function reviewsBetween(db: CallGuideDb, start: number, end: number): Promise<ReviewEnvelope[]> {
  const found = await db.reviews.where('callAt').between(start, end, true, false).toArray();
  return found.reverse();
}

/** The same reviews whole, with their content. */
export async function fullReviewsBetween(db: CallGuideDb, start: number, end: number): Promise<CallReview[]> {
  const envelopes = await reviewsBetween(db, start, end);
  const contents = await db.reviewContents.bulkGet(envelopes.map((envelope) => envelope.id));
  return envelopes.flatMap((envelope, index) => {
    const stored = contents[index];
    return stored ? [{ ...envelope, content: stored.content }] : [];
  });
}
