// npm run bench: builds once, then measures in real Chromium and prints one JSON object per line
// ({"metric","value","unit","floor","target"}) followed by a readable table. Figures, not pass/fail:
// these machines are shared and noisy, so no test asserts on time.
import { chromium } from '@playwright/test';
import preact from '@preact/preset-vite';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromiumArgs, findChromium } from './chromium.mjs';

/* global chrome -- used only in code evaluated inside the extension's service worker */

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.bench');
const ext = join(out, 'ext');
const LOADS = Number(process.env.BENCH_LOADS ?? 20);

function step(message) {
  process.stderr.write(`bench: ${message}\n`);
}

step('building the extension');
const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
rmSync(out, { recursive: true, force: true });
cpSync(resolve(root, '.output/chrome-mv3'), ext, { recursive: true });

step('building the floor page (empty Preact, same toolchain)');
await build({
  root: resolve(root, 'scripts/bench/floor'),
  base: './',
  logLevel: 'warn',
  plugins: [preact()],
  build: { outDir: join(ext, 'floor'), emptyOutDir: true, modulePreload: { polyfill: false } },
});

/** Gzipped bytes of the JavaScript an HTML page loads at start: its scripts and module preloads. */
function startupJs(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const dir = resolve(htmlFile, '..');
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((m) => m[1]);
  const files = [...new Set(refs)].map((ref) => (ref.startsWith('/') ? join(ext, ref) : resolve(dir, ref)));
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

const profile = mkdtempSync(join(tmpdir(), 'call-guide-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: chromiumArgs(ext),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await worker.evaluate(() =>
    chrome.storage.local.set({ settings: { agentName: 'Bench Agent', playbookId: 'moray', team: '', agentPhone: '' } }),
  );

  async function loadOnce(url) {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('call-guide:greeting-shown')[0]?.startTime,
      null,
      { timeout: 10_000 },
    );
    const ms = await handle.jsonValue();
    await page.close();
    return ms;
  }

  const panelUrl = `chrome-extension://${id}/sidepanel.html`;
  const floorUrl = `chrome-extension://${id}/floor/index.html`;
  // One warm-up each (the first load compiles the service worker and fills the disk cache).
  await loadOnce(panelUrl);
  await loadOnce(floorUrl);
  const panelTimes = [];
  const floorTimes = [];
  step(`measuring ${LOADS} loads of each page, interleaved`);
  for (let i = 0; i < LOADS; i += 1) {
    panelTimes.push(await loadOnce(panelUrl));
    floorTimes.push(await loadOnce(floorUrl));
  }

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const round = (n, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
  const panelMedian = median(panelTimes);
  const floorMedian = median(floorTimes);
  const panelJs = startupJs(join(ext, 'sidepanel.html'));
  const floorJs = startupJs(join(ext, 'floor/index.html'));

  const rows = [
    { metric: 'panel_load_median', value: round(panelMedian), unit: 'ms', floor: round(floorMedian), target: `<= ${round(floorMedian * 1.3)} (1.3x floor)` },
    { metric: 'panel_load_ratio', value: round(panelMedian / floorMedian, 2), unit: 'x floor', floor: 1, target: '<= 1.3' },
    { metric: 'panel_initial_js_gzip', value: round(panelJs / 1024, 2), unit: 'kB', floor: round(floorJs / 1024, 2), target: '<= 50' },
  ];
  for (const row of rows) console.log(JSON.stringify(row));
  console.log('');
  console.table(rows);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
