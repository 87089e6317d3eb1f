import { storage } from 'wxt/utils/storage';

/**
 * When the current hold started (ms), or null: read by the background for the toolbar badge.
 * Defined on first use: defining an item reads storage, which the panel's start-up leaves to the
 * settings the greeting waits on.
 */
let item: ReturnType<typeof define> | null = null;
const define = () => storage.defineItem<number | null>('local:holdStartedAt', { fallback: null });
export const holdStartItem = () => (item ??= define());
