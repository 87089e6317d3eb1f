// The side panel's start-up JavaScript, counted as `npm run bench` counts it (panel_initial_js_gzip,
// startupJs in scripts/bench.mjs): gzip -9 of every script and modulepreload that sidepanel.html
// references. `npm test` runs this after its build and fails when it is over the budget. It reads
// the build in .output and builds nothing itself: `node scripts/startup-size.mjs` after `npx wxt build`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget, in kB of gzip (README, Performance: panel_initial_js_gzip). */
export const STARTUP_BUDGET_KB = 50;

/** Each script and module preloaded by a page of the built extension, with its gzipped size in bytes. */
export function startupFiles(extensionDir, page = 'sidepanel.html') {
  const htmlFile = join(extensionDir, page);
  const html = readFileSync(htmlFile, 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(refs)].map((ref) => {
    const file = ref.startsWith('/') ? join(extensionDir, ref) : resolve(htmlFile, '..', ref);
    return { file: ref, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const extensionDir = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');
  const files = startupFiles(extensionDir);
  const kB = files.reduce((sum, { gzip }) => sum + gzip, 0) / 1024;
  for (const { file, gzip } of files) console.log(`${file}  ${(gzip / 1024).toFixed(2)} kB`);
  const verdict = kB <= STARTUP_BUDGET_KB ? 'within' : 'OVER';
  console.log(`The panel's start-up JavaScript: ${kB.toFixed(2)} kB gzipped, ${verdict} the budget of ${STARTUP_BUDGET_KB} kB.`);
  if (kB > STARTUP_BUDGET_KB) process.exitCode = 1;
}
