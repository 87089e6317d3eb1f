// The Call quality month at 5,000 reviews, for npm run bench: the reviews-page bench page (built into
// the extension like the incidents page) makes the reviews through the product's own code in a
// database of its own, then times the month view's read and figures (coverage and six months of
// trends), beside loading every review and filtering in memory.

/** The bench page's folder under scripts/bench/, which scripts/bench.mjs builds into the extension. */
const REVIEWS_BENCH_PAGE = 'reviews-page';

const COUNT = Number(process.env.BENCH_REVIEWS ?? 5_000);
const round = (n, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export async function benchReviews({ context, extensionId, step }) {
  step(`reviews: making ${COUNT.toLocaleString('en-GB')} call quality reviews, then timing the month view`);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${REVIEWS_BENCH_PAGE}/index.html?count=${COUNT}`);
  const result = await (await page.waitForFunction(() => window.benchResult, null, { timeout: 600_000 })).jsonValue();
  await page.close();
  if (result.error) throw new Error(`reviews bench page failed: ${result.error}`);
  const target = `<= 50 (in-memory p50 ${round(result.naiveP50)} ms)`;
  return [
    { metric: 'call_quality_month_p50', value: round(result.p50), unit: `ms (${result.count} reviews)`, floor: round(result.naiveP50), target },
    { metric: 'call_quality_month_p95', value: round(result.p95), unit: `ms (${result.count} reviews)`, floor: round(result.naiveP50), target },
    { metric: 'call_quality_trends_p95', value: round(result.trendsP95), unit: 'ms (six months, read after the month)', floor: round(result.trendsP50), target: '(figure only; floor: p50)' },
  ];
}
