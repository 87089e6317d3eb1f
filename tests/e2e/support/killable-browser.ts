import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
// @ts-expect-error plain ESM shared with the node scripts
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';

/**
 * Chromium started as our own child process on a profile that outlives it, so a test can kill it
 * with SIGKILL (as a crash or a power cut would) and start it again on the same profile.
 * Playwright attaches over the DevTools protocol.
 */
export interface KillableBrowser {
  browser: Browser;
  extensionId: string;
  kill(): Promise<void>;
  /** A clean shutdown, which writes everything the browser holds to disk. */
  close(): Promise<void>;
}

export async function startBrowser(profile: string, extensionDir: string): Promise<KillableBrowser> {
  // A killed browser leaves its old port behind; read only the new one.
  await rm(join(profile, 'DevToolsActivePort'), { force: true });
  const child: ChildProcess = spawn(
    findChromium(),
    [...chromiumArgs(extensionDir), '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: 'ignore' },
  );
  const port = await devToolsPort(profile, child);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0]!;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    browser,
    extensionId,
    async kill() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => {});
      await exited;
    },
  };
}

async function devToolsPort(profile: string, child: ChildProcess): Promise<number> {
  const file = join(profile, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}`);
    const text = await readFile(file, 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return port;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Chromium did not open its DevTools port in 10 seconds');
}
