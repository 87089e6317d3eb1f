// Measures the incident log's list at 100,000 incidents in real Chromium IndexedDB: the first
// page, a filter change and a search, through the product's own query, beside the same operations
// done the naive way (every record loaded, then filtered and sorted in memory). The incidents go
// into the real database name, so incidents.html in the same profile shows them afterwards.
import { openDatabase } from '../../../lib/db';
import type { StoredIncident } from '../../../lib/incidents/record';
import { matchesFilter, NO_FILTER, resolveFilter, type IncidentFilter } from '../../../lib/incidents/filter';
import { PAGE_SIZE } from '../../../lib/incidents/log-state';
import { queryIncidents } from '../../../lib/incidents/query';
import { generate } from './generate';
import { percentile, status } from '../page-status';

const params = new URLSearchParams(location.search);
const COUNT = Number(params.get('count') ?? 100_000);
const RUNS = Number(params.get('runs') ?? 40);
const NAIVE_RUNS = Number(params.get('naiveRuns') ?? 5);
const DAY = 86_400_000;

const filterChanges = (now: number): Partial<IncidentFilter>[] => [
  { kind: 'self-harm' },
  { status: 'open' },
  { agent: 'Agent 07' },
  { kind: 'abusive-call', status: 'reviewed' },
  { from: now - 30 * DAY, to: now },
  { followUp: 'pending' },
  { kind: 'self-harm', agent: 'Agent 12' },
  { status: 'open', from: now - 7 * DAY, to: now },
];

/** Common and rare words, whole and begun, one and two at a time. */
const searches = ['office', 'solicitor', 'threa', 'Pritchard', 'boiler trouble', 'tablets', 'Lossiemouth', 'damp bedroom', 'councillor', 'Ogilvie Keith'];

async function run() {
  const db = openDatabase();
  const now = Date.now();
  const have = await db.incidents.count();
  if (have < COUNT) {
    const started = performance.now();
    await generate(db, COUNT - have, now, (done) => status(`generated ${done} of ${COUNT - have} incidents`));
    status(`generated in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  const ops: Record<string, Partial<IncidentFilter>[]> = {
    first_page: [{}],
    filter_change: filterChanges(now),
    search: searches.map((text) => ({ text })),
  };

  const timed = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  const indexed = (f: Partial<IncidentFilter>) => () =>
    queryIncidents(db, { filter: { ...NO_FILTER, ...f }, order: 'newest', after: null, size: PAGE_SIZE, now });
  const naive = (f: Partial<IncidentFilter>) => async () => {
    const resolved = resolveFilter({ ...NO_FILTER, ...f }, now);
    const all: StoredIncident[] = await db.incidents.toArray();
    return all
      .filter((r) => matchesFilter(r, resolved))
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
      .slice(0, PAGE_SIZE);
  };

  const result: Record<string, unknown> = { count: await db.incidents.count() };
  // One untimed pass of each, so the first timed run is not the one that warms the page's code.
  for (const filters of Object.values(ops)) for (const f of filters) await indexed(f)();
  for (const [name, filters] of Object.entries(ops)) {
    status(`measuring ${name}`);
    const fast: number[] = [];
    for (let i = 0; i < RUNS; i += 1) fast.push(await timed(indexed(filters[i % filters.length]!)));
    const slow: number[] = [];
    for (let i = 0; i < NAIVE_RUNS; i += 1) slow.push(await timed(naive(filters[i % filters.length]!)));
    result[name] = { p50: percentile(fast, 50), p95: percentile(fast, 95), naiveP50: percentile(slow, 50), naiveP95: percentile(slow, 95), runs: RUNS, naiveRuns: NAIVE_RUNS };
  }
  Object.assign(window, { benchResult: result });
  status('Done');
}

void run().catch((error: unknown) => {
  Object.assign(window, { benchResult: { error: String(error) } });
  status(`Failed: ${String(error)}`);
});
