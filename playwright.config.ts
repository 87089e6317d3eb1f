import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium; each test
// gets a fresh profile (tests/e2e/fixtures.ts). `npm test` builds before running these.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Most tests take 5 to 20 s; a two-core machine with other work on it can double that.
  timeout: 60_000,
  // A condition awaited, never a fixed sleep: up to 10 s for the page to catch up on a busy machine.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  // No trace recording: it took a third of the suite's time on these machines. To debug a failure,
  // run `npx playwright test --trace retain-on-failure <file>`. A screenshot is kept on failure.
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'extension', testIgnore: /policy\.spec\.ts/ },
    // Enterprise policy is machine-wide while its file exists, so it runs alone, last.
    { name: 'policy', testMatch: /policy\.spec\.ts/, dependencies: ['extension'], fullyParallel: false },
  ],
});
