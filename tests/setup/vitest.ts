// Loaded before every unit and component test: a real IndexedDB implementation for Dexie, and
// Testing Library's DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { NOW } from '../support/now';
import { moveClockTo } from './move-clock';

// `npm run test:dates` sets TEST_NOW: the global clock then reads it too (still ticking), so code
// that takes its own Date.now() agrees with the NOW the tests pass in.
if (process.env.TEST_NOW) moveClockTo(NOW);

// findBy… and waitFor await a condition; on a busy two-core machine (or two date runs side by side)
// a lazily loaded screen or a Dexie query can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(() => cleanup());
