import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { croydonQuality } from '../../../content/reviews/croydon';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { monthOf } from '../../../lib/reviews/month';
import { agentsBetween } from '../../../lib/reviews/month-agents';
import { readMonthView } from '../../../lib/reviews/month-view';
import { saveReview } from '../../../lib/reviews/repository';
import { DAY, NOW } from '../../support/now';
import { review } from './make-review';

const month = monthOf(NOW);
const last = monthOf(NOW, -1);
const inMonth = (day: number) => month.start + day * DAY + 10 * 3_600_000;

let db: CallGuideDb;
afterEach(async () => {
  await db.delete();
});

async function withReviews(...reviews: ReturnType<typeof review>[]) {
  db = openDatabase(`month-view-${Math.random()}`);
  for (const made of reviews) await saveReview(db, made);
}

describe('the agents reviewed the month before, from the index alone', () => {
  it('finds every agent with a call in the range, in any gap between the agents already known, and none outside it', async () => {
    await withReviews(
      review('Aled Jones', last.start + DAY),
      review('Aled Jones', month.start + DAY),
      review('Bethan Rees', last.start - 40 * DAY),
      review('Bethan Rees', last.start + 2 * DAY),
      review('Carys Evans', last.start - DAY),
      review('Carys Evans', month.start + 2 * DAY),
      review('Dafydd Hughes', last.end - 1),
      review('Zoe Price', last.start),
      review('Ifan Morgan', month.end + DAY),
    );
    const found = await agentsBetween(db, last.start, last.end, ['Aled Jones', 'Ifan Morgan']);
    expect(found.sort()).toEqual(['Bethan Rees', 'Dafydd Hughes', 'Zoe Price']);
    expect((await agentsBetween(db, last.start, last.end, [])).sort()).toEqual(['Aled Jones', 'Bethan Rees', 'Dafydd Hughes', 'Zoe Price']);
  });

  it('finds none in an empty database', async () => {
    await withReviews();
    expect(await agentsBetween(db, last.start, last.end, ['Aled Jones'])).toEqual([]);
  });
});

describe('the month view', () => {
  it("lists the month's reviews, newest first, with last month's agents expected (short by the minimum)", async () => {
    await withReviews(review('Priya Shah', inMonth(0)), review('Priya Shah', inMonth(1), 'partly'), review('Dan Okafor', last.start + DAY));
    const view = await readMonthView(db, month, croydonQuality, NOW);
    expect(view.reviews.map((row) => row.callAt)).toEqual([inMonth(1), inMonth(0)]);
    expect(view.coverage.agents.map(({ agent, reviews, short }) => [agent, reviews, short])).toEqual([
      ['Dan Okafor', 0, 3],
      ['Priya Shah', 2, 1],
    ]);
  });

  it('follows a review recorded for last month by an agent not yet reviewed this month, as a live query', async () => {
    await withReviews(review('Priya Shah', inMonth(0)));
    const seen: string[][] = [];
    const subscription = liveQuery(() => readMonthView(db, month, croydonQuality, NOW)).subscribe((view) =>
      seen.push(view.coverage.agents.map((row) => row.agent)),
    );
    await expect.poll(() => seen.length).toBe(1);
    await saveReview(db, review('Ellis Grant', last.start + 3 * DAY));
    await expect.poll(() => seen.at(-1)).toEqual(['Ellis Grant', 'Priya Shah']);
    subscription.unsubscribe();
  });
});
