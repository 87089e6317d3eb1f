import { storage } from 'wxt/utils/storage';
import type { HeardReading, HoldReading } from './hold-badge';

/**
 * The panel's reading of the current hold, or null: read by the background for the toolbar badge.
 * Defined on first use: defining an item reads storage, which the panel's start-up leaves to the
 * settings the greeting waits on. (`holdStartedAt`, a bare start time, was read against the
 * background's own clock; it is no longer read.)
 */
let reading: ReturnType<typeof defineReading> | null = null;
const defineReading = () => storage.defineItem<HoldReading | null>('local:holdReading', { fallback: null });
export const holdReadingItem = () => (reading ??= defineReading());

/** What the background last heard, with its own time of hearing; gone when the browser closes. */
let heard: ReturnType<typeof defineHeard> | null = null;
const defineHeard = () => storage.defineItem<HeardReading | null>('session:holdBadgeHeard', { fallback: null });
export const heardReadingItem = () => (heard ??= defineHeard());
