// npm run bench: builds once, then measures in real Chromium and prints one JSON object per line
// ({"metric","value","unit","floor","target"}) followed by a readable table. Figures, not pass/fail:
// these machines are shared and noisy, so no test asserts on time.
import { chromium } from '@playwright/test';
import preact from '@preact/preset-vite';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { benchIncidents, INCIDENTS_BENCH_PAGE } from './bench/incidents.mjs';
import { benchReviews } from './bench/reviews.mjs';
import { benchSealing, SEALING_BENCH_PAGE } from './bench/sealing.mjs';
import { STARTUP_BUDGET_KB, startupFiles } from './startup-size.mjs';

/* global chrome, MutationObserver -- used only in code evaluated inside the browser */

const root = resolve(import.meta.dirname, '..');

/** The latest figures, with the machine they were measured on, for the README to link. */
function writeResults(rows, browserVersion) {
  const cpus = os.cpus();
  const lines = [
    '# Latest benchmark figures',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}; Node ${process.version}; ${browserVersion}.`,
    '',
    '| metric | value | unit | floor | target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.metric} | ${row.value} | ${row.unit} | ${row.floor} | ${row.target} |`),
    '',
  ];
  writeFileSync(resolve(root, 'BENCHMARKS.md'), lines.join('\n'));
}
const out = resolve(root, '.bench');
const ext = join(out, 'ext');
const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;

function step(message) {
  process.stderr.write(`bench: ${message}\n`);
}

step('building the extension');
const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
rmSync(out, { recursive: true, force: true });
cpSync(resolve(root, '.output/chrome-mv3'), ext, { recursive: true });

// Bench pages are built by the same toolchain and copied into the extension, so they load from
// the same origin as the panel: the floor (an empty Preact page) and the autosave measurement.
for (const page of ['floor', 'autosave', INCIDENTS_BENCH_PAGE, 'reviews-page', SEALING_BENCH_PAGE]) {
  step(`building the ${page} page`);
  await build({
    root: resolve(root, 'scripts/bench', page),
    base: './',
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir: join(ext, page), emptyOutDir: true, modulePreload: { polyfill: false }, minify: process.env.BENCH_MINIFY !== '0' },
  });
}

/** Gzipped bytes of the JavaScript a page of the built extension loads at start (scripts/startup-size.mjs). */
const startupJs = (page) => startupFiles(ext, page).reduce((sum, { gzip }) => sum + gzip, 0);

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

  /**
   * Alt+2 / Alt+3 switch the call between Caller and Enquiry: from the key press to the new step
   * in the DOM, ready for the next paint. Within one frame means it shows on the next frame.
   */
  async function measureInteraction(url) {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Start call' }).click();
    const result = await page.evaluate(async (runs) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const frames = [];
      let last = await frame();
      for (let i = 0; i < 60; i += 1) {
        const now = await frame();
        frames.push(now - last);
        last = now;
      }
      const heading = () => document.querySelector('main section h2')?.textContent;
      const shown = (text) =>
        new Promise((resolve) => {
          if (heading() === text) return resolve();
          const observer = new MutationObserver(() => {
            if (heading() === text) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
      const latencies = [];
      for (let i = 0; i < runs; i += 1) {
        const [code, text] = i % 2 ? ['Digit2', 'Caller'] : ['Digit3', 'Enquiry'];
        const start = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.slice(-1), altKey: true, bubbles: true }));
        await shown(text);
        latencies.push(performance.now() - start);
        await frame();
      }
      const sorted = (values) => [...values].sort((a, b) => a - b);
      const pick = (values, p) => sorted(values)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
      return { p50: pick(latencies, 50), p95: pick(latencies, 95), frame: pick(frames, 50) };
    }, 200);
    // End the call, so the next page starts without one to restore.
    await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'End call', exact: true }).click();
    await page.getByRole('button', { name: 'End without copying' }).click();
    await page.getByRole('button', { name: 'Start call' }).waitFor();
    await page.close();
    return result;
  }

  /**
   * A safeguarding protocol on screen: from the click on "Self-harm" to the protocol's heading in
   * the DOM, on a freshly opened panel, clicked `delay` ms after the button appears (0: as the
   * panel appears, while the call saved before is still being read and the code still loading).
   * Each load starts with no saved call.
   */
  /** The profile's real database deleted: the next panel starts with no saved call. */
  const clearDatabase = () =>
    worker.evaluate(() => new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('call-guide');
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    }));

  async function measureProtocolOpen(url, delay, loads) {
    const times = [];
    for (let i = 0; i < loads; i += 1) {
      await clearDatabase();
      const page = await context.newPage();
      await page.addInitScript((wait) => {
        window.benchProtocolOpen = new Promise((resolve) => {
          const heading = () => document.getElementById('protocol-heading');
          const click = (button) => {
            const start = performance.now();
            button.click();
            if (heading()) return resolve(performance.now() - start);
            const shown = new MutationObserver(() => {
              if (!heading()) return;
              shown.disconnect();
              resolve(performance.now() - start);
            });
            shown.observe(document.documentElement, { childList: true, subtree: true });
          };
          const find = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Self-harm');
          const appears = new MutationObserver(() => {
            const button = find();
            if (!button) return;
            appears.disconnect();
            setTimeout(() => click(button), wait);
          });
          appears.observe(document, { childList: true, subtree: true });
        });
      }, delay);
      await page.goto(url);
      const handle = await page.waitForFunction(() => window.benchProtocolOpen, null, { timeout: 10_000 });
      times.push(await handle.jsonValue());
      await page.close();
    }
    // Each load left a call with the protocol open; what is measured next starts with none.
    await clearDatabase();
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] };
  }

  async function measureAutosave(url) {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000 });
    const result = await handle.jsonValue();
    await page.close();
    return result;
  }
  /** The JavaScript heap after a whole call (GC first), from the DevTools protocol. */
  async function heapAfterCall(url, walk) {
    const page = await context.newPage();
    page.on('pageerror', (error) => step(`page error: ${error.message}`));
    await page.goto(url);
    await walk(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await page.close();
    return usedSize;
  }

  async function wholeCall(page) {
    const button = (name) => page.getByRole('button', { name, exact: true });
    await button('Start call').click();
    await button('Next step').click();
    await page.getByLabel('Surname', { exact: true }).fill('Vaughan-Price');
    await button('Place on hold').click();
    await button('Caller agreed to hold').click();
    await button('Checked in').click();
    await button('Resume call').click();
    await button('Next step').click();
    await page.getByLabel('Call notes', { exact: true }).fill('Boiler failed again. '.repeat(20));
    await button('Transfer').click();
    await button('Cancel transfer').click();
    await button('Message or call-back').click();
    await button('Back to the call').click();
    await page.getByRole('navigation', { name: 'Call steps' }).getByRole('button', { name: 'Close' }).click();
    await button('End call').click();
    await button('End without copying').click();
    await button('Start call').waitFor();
  }

  const round = (n, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

  async function panelRows() {
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
    const panelMedian = median(panelTimes);
    const floorMedian = median(floorTimes);
    const panelJs = startupJs('sidepanel.html');
    const floorJs = startupJs('floor/index.html');

    step('measuring interaction latency in the panel (200 key presses)');
    const interaction = await measureInteraction(panelUrl);
    step('measuring a protocol opening as the panel appears, and a second later (20 loads each)');
    const protocolAtOpen = await measureProtocolOpen(panelUrl, 0, 20);
    const protocolLater = await measureProtocolOpen(panelUrl, 1000, 20);
    step('measuring autosave against a raw IndexedDB put (200 writes each)');
    const autosave = await measureAutosave(`chrome-extension://${id}/autosave/index.html`);

    step('measuring the JavaScript heap after a whole call');
    const heap = await heapAfterCall(panelUrl, wholeCall);
    const floorHeap = await heapAfterCall(floorUrl, async () => {});
    return [
      { metric: 'panel_load_median', value: round(panelMedian), unit: 'ms', floor: round(floorMedian), target: `<= ${round(floorMedian * 1.3)} (1.3x floor)` },
      { metric: 'panel_load_ratio', value: round(panelMedian / floorMedian, 2), unit: 'x floor', floor: 1, target: '<= 1.3' },
      { metric: 'panel_initial_js_gzip', value: round(panelJs / 1024, 2), unit: 'kB', floor: round(floorJs / 1024, 2), target: `<= ${STARTUP_BUDGET_KB}` },
      { metric: 'interaction_latency_p50', value: round(interaction.p50), unit: 'ms', floor: round(interaction.frame), target: '(one frame)' },
      { metric: 'interaction_latency_p95', value: round(interaction.p95), unit: 'ms', floor: round(interaction.frame), target: `<= ${round(interaction.frame)} (one frame)` },
      { metric: 'protocol_open_at_panel_open_p95', value: round(protocolAtOpen.p95), unit: 'ms', floor: round(interaction.frame), target: `<= ${round(interaction.frame)} (one frame)` },
      { metric: 'protocol_open_at_panel_open_p50', value: round(protocolAtOpen.p50), unit: 'ms', floor: round(interaction.frame), target: '(one frame)' },
      { metric: 'protocol_open_after_1s_p95', value: round(protocolLater.p95), unit: 'ms', floor: round(interaction.frame), target: `<= ${round(interaction.frame)} (one frame)` },
      { metric: 'autosave_p95', value: round(autosave.autosaveP95, 2), unit: 'ms', floor: round(autosave.putP95, 2), target: `<= ${round(autosave.putP95 * 2, 2)} (2x raw put of ${autosave.bytes} bytes)` },
      { metric: 'autosave_p50', value: round(autosave.autosaveP50, 2), unit: 'ms', floor: round(autosave.putP50, 2), target: '(raw put beside it)' },
      { metric: 'panel_heap_after_call', value: round(heap / 1_048_576, 2), unit: 'MB', floor: round(floorHeap / 1_048_576, 2), target: '<= 10' },
    ];
  }

  // The parts in order; BENCH_ONLY=sealing (or panel, incidents, reviews; comma-separated) runs some.
  const parts = {
    panel: panelRows,
    // It fills this profile's real database with 100,000 incidents (BENCH_INCIDENTS for fewer).
    incidents: () => benchIncidents({ context, extensionId: id, step }),
    // The Call quality month (issue 18) and sealed incidents (issue 15), each in databases of its own.
    reviews: () => benchReviews({ context, extensionId: id, step }),
    sealing: () => benchSealing({ context, extensionId: id, step }),
  };
  const rows = [];
  for (const [name, part] of Object.entries(parts)) if (!ONLY || ONLY.includes(name)) rows.push(...(await part()));
  for (const row of rows) console.log(JSON.stringify(row));
  console.log('');
  console.table(rows);
  const browserVersion = context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent));
  // A partial run prints its figures but leaves BENCHMARKS.md to full runs.
  if (!ONLY) writeResults(rows, browserVersion);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
