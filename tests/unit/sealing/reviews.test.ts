import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { armor } from 'age-encryption';
import { croydonQuality } from '../../../content/reviews/croydon';
import type { CallGuideDb } from '../../../lib/db';
import { monthOf } from '../../../lib/reviews/month';
import { readMonthView, readTrends } from '../../../lib/reviews/month-view';
import { openReview, openReviews } from '../../../lib/reviews/open';
import { isSealedContent, type CallReview, type StoredReviewContent } from '../../../lib/reviews/record';
import { getStoredReview, ReviewChangedError, storedReviewsBetween } from '../../../lib/reviews/repository';
import { correctReview, draftFrom } from '../../../lib/reviews/review';
import type { UnlockedKey } from '../../../lib/sealing/age';
import { correctionRecipients, saveReviewSealedTo } from '../../../lib/sealing/review-save';
import { contentOpener } from '../../../lib/sealing/reviews';
import { DAY, NOW } from '../../support/now';
import { freshDatabase } from '../incidents/make-incident';
import { review } from '../reviews/make-review';
import { makeKeys } from './keys';

let leader: UnlockedKey;
let deputy: UnlockedKey;
let stranger: UnlockedKey;
beforeAll(async () => ({ leader, deputy, stranger } = await makeKeys()));

let db: CallGuideDb;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const month = monthOf(NOW);
const WORDS = ['Checked the repair log twice', 'Warm and patient with the caller', 'Offer a call-back sooner', 'REF-4471'];

/** A review with every kind of typed text: notes, strengths, areas to improve and the call reference. */
function written(agent = 'Priya Shah', callAt = month.start + DAY): CallReview {
  const made = review(agent, callAt, 'met', { hold: 'partly' });
  const items = made.content.items.map((item) => (item.itemId === 'hold' ? { ...item, note: WORDS[0]! } : item));
  return { ...made, content: { ...made.content, items, strengths: WORDS[1]!, improvements: WORDS[2]!, callReference: WORDS[3]! } };
}

const raw = async (id: string) => JSON.stringify(await db.reviewContents.get(id));

describe('a review sealed to the team leaders’ keys', () => {
  it('keeps none of the typed words on disk, and opens whole with either key: a round trip', async () => {
    const made = written();
    await saveReviewSealedTo(db, made, [leader.recipient, deputy.recipient], NOW);
    const stored = await raw(made.id);
    expect(stored).toContain('BEGIN AGE ENCRYPTED FILE');
    for (const typed of WORDS) expect(stored).not.toContain(typed);
    // The envelope stays readable: who, when, by whom, the rating.
    expect(await db.reviews.get(made.id)).toEqual((({ content: _c, ...envelope }) => envelope)(made));
    for (const key of [leader, deputy]) {
      expect(await openReview((await getStoredReview(db, made.id))!, contentOpener(key))).toEqual({ ok: true, review: made, sealed: true });
    }
  });

  it('without a key: the envelope only, and says it is locked', async () => {
    const made = written();
    await saveReviewSealedTo(db, made, [leader.recipient], NOW);
    const opened = await openReview((await getStoredReview(db, made.id))!, null);
    expect(opened).toEqual({ ok: false, envelope: expect.objectContaining({ agentName: 'Priya Shah', rating: made.rating }), reason: 'locked' });
    // Coverage reads the envelopes alone, so the locked month is whole.
    const view = await readMonthView(db, month, croydonQuality, NOW);
    expect(view.coverage.agents).toEqual([expect.objectContaining({ agent: 'Priya Shah', reviews: 1, short: 2 })]);
    // The agents' ratings come from the envelopes; the items' scores leave the sealed review out.
    const { trends, unread } = await readTrends(db, month, croydonQuality);
    expect(trends.agents.map((row) => row.overall)).toEqual([made.rating.percent]);
    expect(trends.weakest).toEqual([]);
    expect(unread).toEqual([{ envelope: expect.objectContaining({ id: made.id }), reason: 'locked' }]);
    expect((await readTrends(db, month, croydonQuality, async () => contentOpener(leader))).trends.weakest[0]).toMatchObject({ id: 'hold', overall: 50 });
  });

  it('with another key: says so, without trying; damaged or moved to another review: says that; nothing is changed', async () => {
    const [first, second] = [written('Priya Shah'), written('Dan Okafor', month.start + 2 * DAY)];
    await saveReviewSealedTo(db, first, [leader.recipient], NOW);
    await saveReviewSealedTo(db, second, [leader.recipient], NOW);
    expect(await openReview((await getStoredReview(db, first.id))!, contentOpener(stranger))).toMatchObject({ ok: false, reason: 'wrong-key' });

    const before = await db.reviewContents.toArray();
    const [a, b] = before.map((stored) => (isSealedContent(stored) ? stored.sealed : null));
    // The first review's sealed part put in the second's place: it opens, but to another review.
    await db.reviewContents.put({ id: second.id, sealed: a! } as StoredReviewContent);
    expect(await openReview((await getStoredReview(db, second.id))!, contentOpener(leader))).toMatchObject({ ok: false, reason: 'damaged' });
    // A byte changed in the sealed file.
    // (In the payload's last bytes, whatever the file's length: the armor's last line may be short.)
    const bytes = armor.decode(b!.content);
    bytes[bytes.length - 5]! ^= 1;
    const flipped = armor.encode(bytes);
    await db.reviewContents.put({ id: second.id, sealed: { ...b!, content: flipped } } as StoredReviewContent);
    const opened = await openReviews(await storedReviewsBetween(db, month.start, month.end), contentOpener(leader));
    expect(opened.reviews.map((r) => r.id)).toEqual([first.id]);
    expect(opened.unread).toEqual([{ envelope: expect.objectContaining({ id: second.id }), reason: 'damaged' }]);
  });

  it('is corrected sealed again, to the desk’s keys and the key that opened it, never over a change made meanwhile', async () => {
    const made = written();
    await saveReviewSealedTo(db, made, [leader.recipient], NOW);
    const stored = (await getStoredReview(db, made.id))!;
    const opened = await openReview(stored, contentOpener(leader));
    if (!opened.ok) throw new Error('not opened');
    const draft = { ...draftFrom(opened.review), improvements: 'Check in before two minutes' };
    const corrected = correctReview(opened.review, draft, croydonQuality, { by: 'Alex Boyd', at: NOW + DAY }, String)!;
    // Sealing since turned off on this desk: a sealed review stays sealed, to the key that opened it.
    expect(correctionRecipients([], leader, true)).toEqual([leader.recipient]);
    expect(correctionRecipients([deputy.recipient], leader, true)).toEqual([deputy.recipient, leader.recipient]);
    expect(correctionRecipients([], null, false)).toEqual([]);
    await saveReviewSealedTo(db, corrected, correctionRecipients([deputy.recipient], leader, true), NOW + DAY, stored.stored);
    expect(await raw(made.id)).not.toContain('two minutes');
    const again = await openReview((await getStoredReview(db, made.id))!, contentOpener(deputy));
    expect(again).toMatchObject({ ok: true, review: { corrected: { by: 'Alex Boyd' }, content: { improvements: 'Check in before two minutes' } } });
    expect(again.ok && again.review.content.corrections).toHaveLength(1);

    // A second correction from the content first opened: the one saved meanwhile is not overwritten.
    const late = { ...corrected, content: { ...corrected.content, strengths: 'Overwrites?' } };
    await expect(saveReviewSealedTo(db, late, [leader.recipient], NOW + 2 * DAY, stored.stored)).rejects.toBeInstanceOf(ReviewChangedError);
    expect(await openReview((await getStoredReview(db, made.id))!, contentOpener(leader))).toMatchObject({ ok: true, review: { content: { strengths: WORDS[1] } } });
  });

  it('with no keys set, is stored as written', async () => {
    const made = written();
    await saveReviewSealedTo(db, made, [], NOW);
    expect(await db.reviewContents.get(made.id)).toEqual({ id: made.id, content: made.content });
  });
});
