// npm run test:dates: the unit and component suites again with "now", the time zone and the
// locale varied, to prove that no test (and no code under test) depends on today's date or where
// the machine is. Each run sets TEST_NOW (read by tests/support/now.ts, and moved into the global
// clock by tests/setup/vitest.ts), TZ and LANG. The dates are worked out from the real today, so
// the matrix keeps moving with the calendar: the UK clock changes, a leap day, the last seconds of
// a year, the 31st of a month, and a date two years ahead. (Today in the machine's own zone is the
// main run's.)
//
// Prints one line per run and ends with "dates: N runs, N passed, N failed". With --json FILE it
// also writes the totals for scripts/test.mjs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.test-results', 'dates');

/**
 * Vitest's transformed modules, kept on disk so that each run here does not compile the same
 * files again (a sixth of a run's time). npm test's main run fills it (scripts/test.mjs, which
 * starts from an empty .test-results); run alone, this script starts it afresh.
 */
export const MODULE_CACHE = resolve(root, '.test-results', 'vitest-cache');
export const moduleCacheArgs = ['--experimental.fsModuleCache', `--experimental.fsModuleCachePath=${MODULE_CACHE}`];

const pad = (n) => String(n).padStart(2, '0');
const local = (y, m, d, h = 0, min = 0, s = 0) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:${pad(s)}`;
const today = new Date();
const year = today.getFullYear();

/** The last Sunday of a month (1-12) in a year, as a day of the month. */
function lastSunday(y, month) {
  const last = new Date(Date.UTC(y, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}
/** This year's date if it is still to come, otherwise next year's. */
function next(month, dayOf) {
  const thisYear = dayOf(year);
  const passed = Date.UTC(year, month - 1, thisYear) < Date.UTC(year, today.getMonth(), today.getDate());
  const y = passed ? year + 1 : year;
  return { y, d: passed ? dayOf(y) : thisYear };
}

const march = next(3, (y) => lastSunday(y, 3));
const october = next(10, (y) => lastSunday(y, 10));
const the31st = next(3, () => 31);

export const RUNS = [
  // The UK clocks go forward at 01:00 and back at 02:00; half past midnight is just before.
  { what: 'the last Sunday of March (UK clocks go forward)', tz: 'Europe/London', lang: 'en_GB.UTF-8', now: local(march.y, 3, march.d, 0, 30) },
  { what: 'the last Sunday of October (UK clocks go back)', tz: 'Europe/London', lang: 'en_GB.UTF-8', now: local(october.y, 10, october.d, 1, 30) },
  { what: '29 February 2028', tz: 'UTC', lang: 'C.UTF-8', now: local(2028, 2, 29, 12, 0) },
  { what: '31 December, 23:59:30', tz: 'Pacific/Kiritimati', lang: 'de_DE.UTF-8', now: local(year, 12, 31, 23, 59, 30) },
  { what: '31 December, 23:59:30', tz: 'America/Los_Angeles', lang: 'en_US.UTF-8', now: local(year, 12, 31, 23, 59, 30) },
  { what: 'the 31st of a month (31 March)', tz: 'America/Los_Angeles', lang: 'en_US.UTF-8', now: local(the31st.y, 3, 31, 10, 0) },
  {
    what: 'two years from today',
    tz: 'Pacific/Kiritimati',
    lang: 'fr_FR.UTF-8',
    now: local(year + 2, today.getMonth() + 1, Math.min(today.getDate(), 28), today.getHours(), today.getMinutes()),
  },
];

/**
 * Test files that read no clock and format no date: static checks of the content and the
 * repository, the NATO alphabet's text transforms, and random text and messages through the
 * draft and the background. They prove nothing more on another date, so the matrix leaves them to
 * the main run (a third of its time). A file that starts to read the clock leaves this list.
 */
export const DATE_FREE = [
  'tests/unit/content/**',
  'tests/unit/repo/**',
  'tests/unit/nato/**',
  'tests/unit/robustness/unicode.test.ts',
  'tests/unit/robustness/messages.test.ts',
];

/** Runs vitest for one combination; resolves with its counts and the lines to print. */
function runOne(run, index) {
  const file = resolve(out, `run-${index + 1}.json`);
  // Property tests try a tenth of their random cases here (tests/support/runs.ts): these runs are
  // about dates, and the main run tries them all.
  const env = { ...process.env, TZ: run.tz, LANG: run.lang, LC_ALL: run.lang, TEST_PROPERTY_SHARE: 'tenth' };
  if (run.now) env.TEST_NOW = run.now;
  else delete env.TEST_NOW;
  const exclude = filters.length ? [] : DATE_FREE.flatMap((glob) => ['--exclude', glob]);
  const args = ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`, `--maxWorkers=${WORKERS_EACH}`, ...moduleCacheArgs, ...exclude, ...filters];
  return new Promise((resolveRun) => {
    const child = spawn('npx', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      let report = null;
      try {
        report = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // the runner failed before writing its report; counted below
      }
      const passed = report?.numPassedTests ?? 0;
      const failed = report ? report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0) : 1;
      const label = `${run.now ?? 'now'} ${run.tz} ${run.lang}`;
      const lines = [`${failed ? 'FAIL' : 'ok  '} ${label.padEnd(58)} ${run.what}: ${passed} passed, ${failed} failed`];
      if (failed) {
        const names = (report?.testResults ?? []).flatMap((f) =>
          f.assertionResults
            .filter((a) => a.status === 'failed')
            .map((a) => `${f.name.replace(root + '/', '')} › ${a.fullName}\n      ${(a.failureMessages[0] ?? '').split('\n')[0]}`),
        );
        for (const name of names.slice(0, 20)) lines.push(`     ${name}`);
        if (!report) lines.push(output.slice(-4000));
      }
      resolveRun({ passed, failed, lines });
    });
  });
}

/** Two runs at a time, one worker each: a run alone keeps about one core busy. */
const PARALLEL = 2;
const WORKERS_EACH = 1;

// Test files to run instead of all of them: `node scripts/test-dates.mjs -- tests/unit/call/due.test.ts`.
const filters = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (!process.env.DATES_MODULE_CACHE_FILLED) rmSync(MODULE_CACHE, { recursive: true, force: true });
  const only = process.env.DATES_ONLY ? Number(process.env.DATES_ONLY) - 1 : null;
  const chosen = only === null ? RUNS.map((run, i) => [run, i]) : [[RUNS[only], only]];
  const results = new Array(chosen.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < chosen.length) {
      const mine = nextIndex++;
      const [run, i] = chosen[mine];
      results[mine] = await runOne(run, i);
      // Printed as each finishes; the summary below is in the table's order.
      console.log(results[mine].lines.join('\n'));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const failedRuns = results.filter((r) => r.failed).length;
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ runs: chosen.length, failedRuns, passed, failed }));
  console.log(`dates: ${chosen.length} runs, ${chosen.length - failedRuns} passed, ${failedRuns} failed (${passed} tests passed, ${failed} failed)`);
  process.exit(failed ? 1 : 0);
}
