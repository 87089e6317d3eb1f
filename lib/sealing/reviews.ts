/**
 * Sealing a call quality review's content to the team leaders' keys, and opening it with one. The
 * envelope (lib/reviews/record.ts says what it holds) stays readable, so the month's coverage and
 * the agents' ratings work without a key. Only `seal` and `opener` of age.ts are used.
 */
import type { CallGuideDb } from '../db';
import { ReviewOpenError, type OpenContent } from '../reviews/open';
import type { CallReview, ReviewContent, SealedReviewContent, StoredReviewContent } from '../reviews/record';
import { writeReview } from '../reviews/repository';
import { opener, seal, type UnlockedKey } from './age';

/** The content sealed: the review's id goes in with it, so a sealed part moved to another review is caught. */
export async function sealReviewContent(review: CallReview, recipients: readonly string[], now: number): Promise<StoredReviewContent> {
  const to = [...new Set(recipients)];
  const content = await seal(JSON.stringify({ id: review.id, content: review.content }), to);
  return { id: review.id, sealed: { v: 1, content, to, at: now } };
}

/**
 * Seals first (IndexedDB commits a transaction left waiting on anything else), then writes the
 * envelope and the sealed content in one strict transaction; with `before`, only over that.
 */
export async function saveSealedReview(db: CallGuideDb, review: CallReview, recipients: readonly string[], now: number, before?: StoredReviewContent): Promise<void> {
  await writeReview(db, review, await sealReviewContent(review, recipients, now), before);
}

function readContent(text: string, id: string): ReviewContent {
  const parsed = JSON.parse(text) as { id?: unknown; content?: Partial<ReviewContent> };
  const content = parsed.content;
  if (parsed.id !== id || !content || !Array.isArray(content.items) || !Array.isArray(content.corrections)) throw new ReviewOpenError(id, 'damaged');
  return content as ReviewContent;
}

/**
 * Per key: its opener (set up once: the key imported, each header unwrapped once) and the contents
 * opened, by sealed text, so a live view reading the same reviews again opens none twice. Held while
 * the key is: the session lets the key go when the log locks.
 */
const byKey = new WeakMap<UnlockedKey, { open: (sealed: string) => Promise<string>; cache: Map<string, ReviewContent> }>();

/**
 * Opens reviews with one key. A review not sealed to this key is told so without trying; one that
 * is but does not open, or opens to something else, is damaged.
 */
export function contentOpener(key: UnlockedKey): OpenContent {
  let held = byKey.get(key);
  if (!held) byKey.set(key, (held = { open: opener(key), cache: new Map() }));
  const { open, cache } = held;
  return async (id: string, sealed: SealedReviewContent) => {
    const known = cache.get(sealed.content);
    if (known) return known;
    if (Array.isArray(sealed.to) && !sealed.to.includes(key.recipient)) throw new ReviewOpenError(id, 'wrong-key');
    let text: string;
    try {
      text = await open(sealed.content);
    } catch {
      throw new ReviewOpenError(id, 'damaged');
    }
    let content: ReviewContent;
    try {
      content = readContent(text, id);
    } catch {
      throw new ReviewOpenError(id, 'damaged');
    }
    cache.set(sealed.content, content);
    return content;
  };
}
