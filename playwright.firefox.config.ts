import { defineConfig } from '@playwright/test';

// End-to-end tests in Debian's Firefox ESR (tests/e2e-firefox): one Firefox for the run, driven
// over WebDriver BiDi with puppeteer-core, the Firefox build (.output/firefox-mv3) installed in it.
// Playwright is only the runner here (its JSON report gives npm test the counts). Tests run in
// order in one worker: they are the agent's day in one browser.
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  outputDir: '.test-results/playwright-firefox',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright-firefox.json' }]],
});
