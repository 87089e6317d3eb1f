import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and component tests. Database tests run in the node environment (fake-indexeddb needs
// structuredClone); component tests opt into happy-dom with a file-level comment.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup/vitest.ts'],
    environment: 'node',
  },
});
