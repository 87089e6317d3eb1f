// npm test: type checks, lint, the layering rules (.dependency-cruiser.mjs), unit and component
// tests, the same again with the date, time zone and locale varied (scripts/test-dates.mjs), then a
// build, the panel's start-up JavaScript against its budget (scripts/startup-size.mjs) and the
// end-to-end tests in real Chromium, then `web-ext lint` and the end-to-end tests in
// Firefox ESR (tests/e2e-firefox). Every stage runs even if an earlier one fails,
// and the last line totals them all: "tests: N passed, N failed" (a failed type check, lint or
// layering check counts as one failure, and each run of the date matrix counts as one test).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { moduleCacheArgs } from './test-dates.mjs';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

const started = Date.now();
const timings = [];

function run(title, command, args, env = {}) {
  console.log(`\n── ${title} ──`);
  const at = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${title} ${Math.round((Date.now() - at) / 1000)} s`);
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) {
    passed += 1;
  } else {
    failed += 1;
    problems.push(title);
  }
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** Runs at the same time as the others started with it; its output is printed whole, in order, by `report`. */
function start(title, command, args) {
  const at = Date.now();
  const child = spawn(command, args, { cwd: root, env: process.env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: 1, error, seconds: Math.round((Date.now() - at) / 1000) }));
    child.on('close', (status) => resolve({ status, seconds: Math.round((Date.now() - at) / 1000) }));
  });
  return { title, done, output: () => output };
}

async function report(started) {
  const { status, error, seconds } = await started.done;
  console.log(`\n── ${started.title} ──`);
  process.stdout.write(started.output());
  if (error) console.log(String(error));
  timings.push(`${started.title} ${seconds} s`);
  if (status === 0) passed += 1;
  else {
    failed += 1;
    problems.push(started.title);
  }
}

// The three static checks are single-threaded: they run side by side.
const staticChecks = [
  start('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  start('lint', 'npx', ['eslint', '--max-warnings', '0', '.']),
  start('layering (dependency-cruiser)', 'npx', ['depcruise', '.', '--config', '.dependency-cruiser.mjs']),
];
for (const started of staticChecks) await report(started);

const vitestFile = resolve(results, 'vitest.json');
// The main run keeps what it compiles (.test-results/vitest-cache) for the date matrix's seven runs.
const vitestOk = run('unit and component tests', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`, ...moduleCacheArgs,
]);
const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
if (!vitestOk && (!vitest || vitest.numFailedTests === 0)) {
  failed += 1;
  problems.push('unit and component tests (runner failed)');
} else if (vitest?.numFailedTests) {
  problems.push(`unit and component tests (${vitest.numFailedTests} failed)`);
}

const datesFile = resolve(results, 'dates.json');
const datesOk = run('unit and component tests on other dates, time zones and locales', 'node', ['scripts/test-dates.mjs', '--json', datesFile], {
  DATES_MODULE_CACHE_FILLED: '1',
});
const dates = readJson(datesFile);
if (dates) {
  passed += dates.runs - dates.failedRuns;
  failed += dates.failedRuns;
  if (dates.failedRuns) problems.push(`date matrix (${dates.failedRuns} of ${dates.runs} runs failed)`);
}
if (!dates || (!datesOk && dates.failedRuns === 0)) {
  failed += 1;
  problems.push('date matrix (runner failed)');
}

if (run('build the extension', 'npx', ['wxt', 'build']) && run('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  check("the panel's start-up JavaScript within its budget", 'node', ['scripts/startup-size.mjs']);
  const e2eOk = run('end-to-end tests in Chromium', 'npx', ['playwright', 'test']);
  const report = readJson(resolve(results, 'playwright.json'));
  const stats = report?.stats;
  if (stats) {
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.unexpected) problems.push(`end-to-end tests (${stats.unexpected} failed)`);
  }
  if (!e2eOk && (!stats || stats.unexpected === 0)) {
    failed += 1;
    problems.push('end-to-end tests (runner failed)');
  }
  check('web-ext lint of the Firefox build', 'node', ['scripts/lint-firefox.mjs']);
  const firefoxOk = run('end-to-end tests in Firefox', 'npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts']);
  const firefoxStats = readJson(resolve(results, 'playwright-firefox.json'))?.stats;
  if (firefoxStats) {
    passed += firefoxStats.expected + firefoxStats.flaky;
    failed += firefoxStats.unexpected;
    if (firefoxStats.unexpected) problems.push(`Firefox end-to-end tests (${firefoxStats.unexpected} failed)`);
  }
  if (!firefoxOk && (!firefoxStats || firefoxStats.unexpected === 0)) {
    failed += 1;
    problems.push('Firefox end-to-end tests (runner failed)');
  }
} else {
  failed += 1;
  problems.push('build');
}

console.log(`\nTime: ${timings.join(', ')}; ${Math.round((Date.now() - started) / 1000)} s in all.`);
if (problems.length) console.log(`Failed: ${problems.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
