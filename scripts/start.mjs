// npm start: build the extension, serve the demo CRM page and open Chromium with both.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { serveDemoCrm } from './serve-demo.mjs';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('npm start opens a browser window, and no display was found. Run it on a desktop, or under xvfb-run.');
  process.exit(1);
}

const chromium = findChromium();
const demo = await serveDemoCrm(Number(process.env.DEMO_PORT ?? 0));
// A profile kept between runs, so the agent's settings survive a restart like a real install.
const profile = resolve(root, '.profile');
mkdirSync(profile, { recursive: true });
const extension = resolve(root, '.output/chrome-mv3');
// Chromium's own log (D-Bus, GPU) is noise here; set CHROMIUM_LOG=1 to see it.
const browser = spawn(chromium, [...chromiumArgs(extension, { headless: false }), `--user-data-dir=${profile}`, demo.url], {
  stdio: process.env.CHROMIUM_LOG ? 'inherit' : 'ignore',
});

console.log(`
Demo CRM:  ${demo.url}
Call guide: click its toolbar button (pin it from the puzzle-piece menu) or press Alt+Shift+G
            to open the side panel beside the CRM page. Close the browser to stop.
`);
browser.on('exit', async (code) => {
  await demo.close();
  process.exit(code ?? 0);
});
