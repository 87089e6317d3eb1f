// Sealed incidents (issue 15), for npm run bench: the sealing-page bench page (built into the
// extension like the other bench pages) saves plain and sealed incidents side by side, seals 10,000
// incidents each under a file key of its own, unlocks them into the in-memory log and searches it.

export const SEALING_BENCH_PAGE = 'sealing-page';

const COUNT = Number(process.env.BENCH_SEALED ?? 10_000);
const round = (n, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export async function benchSealing({ context, extensionId, step }) {
  step(`sealing: saving sealed incidents, then unlocking ${COUNT.toLocaleString('en-GB')} sealed incidents`);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${SEALING_BENCH_PAGE}/index.html?count=${COUNT}`);
  const result = await (await page.waitForFunction(() => window.benchResult, null, { timeout: 1_200_000, polling: 1000 })).jsonValue();
  await page.close();
  if (result.error) throw new Error(`sealing bench page failed: ${result.error}`);
  const extra = result.sealedP95 - result.plainP95;
  return [
    { metric: 'sealing_save_extra_p95', value: round(extra), unit: `ms (sealed p95 ${round(result.sealedP95)} − plain p95 ${round(result.plainP95)})`, floor: round(result.plainP95), target: '<= 20' },
    {
      metric: 'sealing_unlock_ms',
      value: Math.round(result.unlockMs),
      unit: `ms, median of ${result.unlocks} (${Math.round(result.unlockRange[0])}–${Math.round(result.unlockRange[1])}; ${result.opened} of ${result.count} sealed incidents opened, search index built, list shown)`,
      floor: '',
      target: '<= 5000',
    },
    { metric: 'sealing_unlock_open_ms', value: Math.round(result.openMs), unit: 'ms (of which: reading and opening the sealed records)', floor: '', target: '(figure only)' },
    { metric: 'sealing_unlock_build_ms', value: Math.round(result.buildMs), unit: 'ms (of which: the search index in memory)', floor: '', target: '(figure only)' },
    {
      metric: 'sealing_unlock_all_views_ms',
      value: Math.round(result.readyMs),
      unit: 'ms, median (unlocked, then the log in memory filled for the other views: an incident, overview, reports, exports)',
      floor: '',
      target: '(figure only)',
    },
    { metric: 'sealing_search_while_filling_ms', value: round(result.searchDuringFillMs), unit: 'ms, median (the first search straight after unlocking)', floor: '', target: '(figure only)' },
    { metric: 'sealing_search_after_unlock_p50', value: round(result.searchP50), unit: 'ms (search and filter, first page)', floor: '', target: '(figure only)' },
    { metric: 'sealing_search_after_unlock_p95', value: round(result.searchP95), unit: 'ms (search and filter, first page)', floor: round(result.searchP50), target: '<= 50' },
  ];
}
