import { test as base, chromium, expect, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM shared with the node scripts
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error plain ESM shared with the node scripts
import { serveDemoCrm } from '../../scripts/serve-demo.mjs';
import { PanelPage } from './pages/panel-page';
import { newProfileDir } from './support/profile-dir';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  panel: PanelPage;
  /** Requests the extension made to anywhere but its own origin (nothing may leave the machine). */
  offOrigin: string[];
  /** Origins the test itself serves (the demo CRM page), which are not the extension's requests. */
  testOrigins: string[];
  /** The demo CRM page, served on loopback for this test. */
  demoCrm: { url: string };
  /** The extension to load; a test may swap in a variant (tests/e2e/support/extension-variant.ts). */
  extensionDir: string;
}

interface WorkerFixtures {
  /** One browser with the built extension for all of a worker's tests that use it unchanged. */
  sharedBrowser: { context: BrowserContext; profile: string };
}

async function launch(extensionDir: string): Promise<{ context: BrowserContext; profile: string }> {
  const profile = await newProfileDir('call-guide-e2e-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  return { context, profile };
}

/** The extension's service worker, started if the browser had stopped it. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Everything the extension keeps, emptied, as in a new profile: its pages closed, its storage
 * areas, alarms and badge cleared by the service worker, and its origin's IndexedDB and local
 * storage cleared by the browser (Storage.clearDataForOrigin; service workers are left alone, so
 * the extension stays installed). Done before each test, so a test that failed half way leaves
 * nothing for the next one.
 */
async function resetExtension(context: BrowserContext): Promise<void> {
  await Promise.all(context.pages().map((page) => page.close()));
  await context.clearPermissions();
  const worker = await extensionWorker(context);
  await worker.evaluate(async () => {
    await Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear(), chrome.storage.sync.clear(), chrome.alarms.clearAll()]);
    await chrome.action.setBadgeText({ text: '' });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(worker.url()).origin,
    storageTypes: 'local_storage,indexeddb,cache_storage,file_systems,websql',
  });
  await cdp.detach();
  await page.close();
  const left = await worker.evaluate(async () => ({ databases: (await indexedDB.databases()).length, stored: Object.keys(await chrome.storage.local.get(null)).length }));
  if (left.databases || left.stored) throw new Error(`the extension's storage was not emptied: ${JSON.stringify(left)}`);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  sharedBrowser: [
    async ({}, use) => {
      const browser = await launch(EXTENSION_DIR);
      await use(browser);
      await browser.context.close();
      await rm(browser.profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  offOrigin: async ({}, use) => {
    await use([]);
  },
  testOrigins: async ({}, use) => {
    await use([]);
  },
  demoCrm: async ({ testOrigins }, use) => {
    const server = await serveDemoCrm();
    testOrigins.push(new URL(server.url).origin);
    await use({ url: server.url });
    await server.close();
  },
  extensionDir: EXTENSION_DIR,
  /**
   * The browser for this test: the worker's shared one, emptied first, or (for a test that swaps
   * in a changed copy of the extension) a browser of its own, closed afterwards.
   */
  context: async ({ offOrigin, testOrigins, extensionDir, sharedBrowser }, use) => {
    const own = extensionDir === EXTENSION_DIR ? null : await launch(extensionDir);
    const context = own?.context ?? sharedBrowser.context;
    if (!own) await resetExtension(context);
    const watch = (request: Request) => {
      const url = request.url();
      // The extension's own pages and the browser's own (chrome://policy in the policy test).
      if (/^(chrome-extension|chrome|data|blob|about):/.test(url)) return;
      if (testOrigins.includes(new URL(url).origin)) return;
      offOrigin.push(url);
    };
    context.on('request', watch);
    await use(context);
    context.off('request', watch);
    if (own) {
      await own.context.close();
      await rm(own.profile, { recursive: true, force: true });
    }
    expect(offOrigin, 'the extension made requests off its own origin').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  panel: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await use(new PanelPage(page, extensionId));
  },
});

export { expect };
