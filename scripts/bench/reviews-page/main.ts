// The Call quality month at 5,000 reviews in real Chromium IndexedDB: reviews made with the
// product's own makeReview (20 agents, a year of calls, seeded marks), then the month view's read
// (the month's envelopes through the `callAt` index, the agents from the index's keys) timed beside
// the naive way (every review loaded, then filtered in memory); and the six months of trends.
import { croydonQuality } from '../../../content/reviews/croydon';
import { openDatabase } from '../../../lib/db';
import { monthOf } from '../../../lib/reviews/month';
import { readMonthView, readTrends } from '../../../lib/reviews/month-view';
import { MARKS } from '../../../lib/reviews/record';
import { emptyDraft, makeReview } from '../../../lib/reviews/review';
import { monthCoverage } from '../../../lib/reviews/coverage';
import { percentile, status } from '../page-status';

const params = new URLSearchParams(location.search);
const COUNT = Number(params.get('count') ?? 5_000);
const RUNS = Number(params.get('runs') ?? 40);
const YEAR = 365 * 86_400_000;

/** A small seeded generator, so every run measures the same reviews. */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

async function run() {
  const db = openDatabase('call-guide-bench-reviews');
  const now = Date.now();
  if ((await db.reviews.count()) < COUNT) {
    await db.reviews.clear();
    await db.reviewContents.clear();
    const next = random(18);
    const reviews = Array.from({ length: COUNT }, (_, i) => {
      const callAt = now - Math.floor(next() * YEAR);
      const draft = emptyDraft(`Agent ${String(i % 20).padStart(2, '0')}`, callAt);
      for (const item of croydonQuality.items) draft.marks[item.id] = { mark: MARKS[Math.floor(next() * next() * MARKS.length)]!, note: next() < 0.2 ? 'Checked in late on hold.' : '' };
      draft.strengths = 'Warm greeting, clear next steps.';
      return makeReview(`bench-${i}`, draft, croydonQuality, 'croydon-repairs', { by: 'Bench Leader', at: callAt + 3_600_000 });
    });
    await db.transaction('rw', db.reviews, db.reviewContents, async () => {
      await db.reviews.bulkPut(reviews.map(({ content: _content, ...envelope }) => envelope));
      await db.reviewContents.bulkPut(reviews.map(({ id, content }) => ({ id, content })));
    });
  }
  const months = Array.from({ length: 6 }, (_, i) => monthOf(now, -i));
  const timed = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  // The quick read must agree with the naive one (every review loaded, the month's and the month
  // before's filtered in memory) on every month it is timed on.
  const everything = await db.reviews.toArray();
  for (const month of months) {
    const view = await readMonthView(db, month, croydonQuality, now);
    const before = monthOf(month.start, -1).start;
    const both = everything.filter((r) => r.callAt >= before && r.callAt < month.end);
    const naive = monthCoverage(both, { month, agents: both.map((r) => r.agentName), minimum: 3, target: 80, now });
    // Averages to 9 places: the two add the same ratings in different orders.
    const shown = (agents: typeof naive.agents) => JSON.stringify(agents.map((row) => ({ ...row, average: row.average?.toFixed(9) })));
    if (shown(view.coverage.agents) !== shown(naive.agents)) throw new Error(`the month view's coverage for ${month.label} differs from the naive one`);
  }
  status('measuring');
  const fast: number[] = [];
  for (let i = 0; i < RUNS; i += 1) fast.push(await timed(() => readMonthView(db, months[i % months.length]!, croydonQuality, now)));
  const slow: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    slow.push(
      await timed(async () => {
        const all = await db.reviews.toArray();
        const month = months[i % months.length]!;
        return monthCoverage(all, { month, agents: all.map((r) => r.agentName), minimum: 3, target: 80, now });
      }),
    );
  }
  const trends: number[] = [];
  for (let i = 0; i < 10; i += 1) trends.push(await timed(() => readTrends(db, months[i % months.length]!, croydonQuality)));
  Object.assign(window, {
    benchResult: { trendsP50: percentile(trends, 50), trendsP95: percentile(trends, 95), count: await db.reviews.count(), p50: percentile(fast, 50), p95: percentile(fast, 95), naiveP50: percentile(slow, 50), runs: RUNS },
  });
  status('Done');
}

void run().catch((error: unknown) => {
  Object.assign(window, { benchResult: { error: String(error) } });
  status(`Failed: ${String(error)}`);
});
