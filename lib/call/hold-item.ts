import { storage } from 'wxt/utils/storage';

/** When the current hold started (ms), or null: read by the background for the toolbar badge. */
export const holdStartItem = storage.defineItem<number | null>('local:holdStartedAt', { fallback: null });
