import { test as base, chromium, expect, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM shared with the node scripts
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error plain ESM shared with the node scripts
import { serveDemoCrm } from '../../scripts/serve-demo.mjs';
import { PanelPage } from './pages/panel-page';

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

export const test = base.extend<Fixtures>({
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
  context: async ({ offOrigin, testOrigins, extensionDir }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'call-guide-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: chromiumArgs(extensionDir),
    });
    context.on('request', (request) => {
      const url = request.url();
      // The extension's own pages and the browser's own (chrome://policy in the policy test).
      if (/^(chrome-extension|chrome|data|blob|about):/.test(url)) return;
      if (testOrigins.includes(new URL(url).origin)) return;
      offOrigin.push(url);
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
    expect(offOrigin, 'the extension made requests off its own origin').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
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
