// npm start: build the extension, serve the demo CRM page and open Chromium with both.
// `npm start -- --firefox`: the same in Firefox (ESR), the extension installed for the session.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { findFirefox } from './firefox.mjs';
import { serveDemoCrm } from './serve-demo.mjs';

const root = resolve(import.meta.dirname, '..');
const firefox = process.argv.includes('--firefox');
const build = spawnSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('npm start opens a browser window, and no display was found. Run it on a desktop, or under xvfb-run.');
  process.exit(1);
}

const demo = await serveDemoCrm(Number(process.env.DEMO_PORT ?? 0));
// A profile kept between runs, so the agent's settings survive a restart like a real install.
const profile = resolve(root, firefox ? '.profile-firefox' : '.profile');
mkdirSync(profile, { recursive: true });
// Chromium's own log (D-Bus, GPU) is noise here; set CHROMIUM_LOG=1 to see it. web-ext installs
// the Firefox build for the session only (Firefox's about:debugging way); the two preferences keep
// its storage and moz-extension:// address for the next run.
const browser = firefox
  ? spawn(
      'npx',
      ['web-ext', 'run', '--source-dir', '.output/firefox-mv3', `--firefox=${findFirefox()}`, `--firefox-profile=${profile}`,
        '--profile-create-if-missing', '--keep-profile-changes', '--no-reload', '--no-config-discovery', `--start-url=${demo.url}`,
        '--pref=extensions.webextensions.keepStorageOnUninstall=true', '--pref=extensions.webextensions.keepUuidOnUninstall=true'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
    )
  : spawn(findChromium(), [...chromiumArgs(resolve(root, '.output/chrome-mv3'), { headless: false }), `--user-data-dir=${profile}`, demo.url], {
      stdio: process.env.CHROMIUM_LOG ? 'inherit' : 'ignore',
    });

console.log(`
Demo CRM:  ${demo.url}
Call guide: click its toolbar button (${firefox ? 'in the extensions (puzzle-piece) menu' : 'pin it from the puzzle-piece menu'}) or press Alt+Shift+G
            to open the ${firefox ? 'sidebar' : 'side panel'} beside the CRM page. Close the browser to stop.
`);
browser.on('exit', async (code) => {
  await demo.close();
  process.exit(code ?? 0);
});
