import { test as base, expect } from '@playwright/test';
import { FirefoxSession } from './support/firefox-session';

interface WorkerFixtures {
  /** One Firefox for the whole run, the build installed for the session. */
  firefox: FirefoxSession;
}

interface Fixtures {
  /** Fails the test on any uncaught error or console error from the extension's pages. */
  pageErrors: void;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  firefox: [
    async ({}, use) => {
      const session = await FirefoxSession.launch({ install: true });
      await use(session);
      await session.close();
    },
    { scope: 'worker' },
  ],
  pageErrors: [
    async ({ firefox }, use) => {
      await use();
      expect(await firefox.takeErrors(), 'errors from the extension pages').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
