/**
 * A stored review made whole: its content as written, or opened with the team leader key in this
 * tab's memory when it is sealed. No cryptography here (the opener is lib/sealing/reviews.ts's,
 * loaded once a key is in), so a locked log tells a sealed review apart without loading it.
 */
import type { CallReview, ReviewContent, ReviewEnvelope, SealedReviewContent } from './record';
import { isSealedContent } from './record';
import type { StoredReview } from './repository';

/** Opens one sealed content with the key in memory; throws ReviewOpenError. */
export type OpenContent = (id: string, sealed: SealedReviewContent) => Promise<ReviewContent>;

/** Why a review's content could not be read. */
export type Unread = 'locked' | 'wrong-key' | 'damaged' | 'missing';

export class ReviewOpenError extends Error {
  constructor(
    readonly id: string,
    readonly reason: Unread,
  ) {
    super(`Review ${id}: ${reason}`);
  }
}

export type OpenedReview = { ok: true; review: CallReview; sealed: boolean } | { ok: false; envelope: ReviewEnvelope; reason: Unread };

/** One review whole, or why not; `open` is null while no key is in memory. */
export async function openReview({ envelope, stored }: StoredReview, open: OpenContent | null): Promise<OpenedReview> {
  if (!stored) return { ok: false, envelope, reason: 'missing' };
  if (!isSealedContent(stored)) return { ok: true, review: { ...envelope, content: stored.content }, sealed: false };
  if (!open) return { ok: false, envelope, reason: 'locked' };
  try {
    return { ok: true, review: { ...envelope, content: await open(envelope.id, stored.sealed) }, sealed: true };
  } catch (error) {
    return { ok: false, envelope, reason: error instanceof ReviewOpenError ? error.reason : 'damaged' };
  }
}

/** Reviews opened side by side: WebCrypto works off the page's thread. */
const PARALLEL = 32;

/** Many reviews: those read whole, and the envelopes of those that could not be, with why. */
export async function openReviews(reviews: readonly StoredReview[], open: OpenContent | null): Promise<{ reviews: CallReview[]; unread: { envelope: ReviewEnvelope; reason: Unread }[] }> {
  const opened: OpenedReview[] = [];
  for (let start = 0; start < reviews.length; start += PARALLEL) {
    opened.push(...(await Promise.all(reviews.slice(start, start + PARALLEL).map((review) => openReview(review, open)))));
  }
  return {
    reviews: opened.flatMap((result) => (result.ok ? [result.review] : [])),
    unread: opened.flatMap((result) => (result.ok ? [] : [{ envelope: result.envelope, reason: result.reason }])),
  };
}
