import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and component tests. Database tests run in the node environment (fake-indexeddb needs
// structuredClone); component tests opt into happy-dom with a file-level comment. Files share their
// worker's modules (isolate: false): a third of the time, and `npm run test:dates` runs the suites
// seven more times. Each test resets what it uses (fake browser, its own database name).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup/vitest.ts'],
    environment: 'node',
    isolate: false,
    // A guard against a hung test, not a speed check: the property tests take seconds alone and
    // several times that on a two-core machine with other work on it (5 s, the default, was seen
    // to fail a 10,000-message property test under load).
    testTimeout: 60_000,
  },
});
