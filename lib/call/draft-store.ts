/**
 * Keeps a draft (the live call, an incident being written) in IndexedDB: written shortly after
 * every change, flushed at once when the page is hidden, retried after a failure. A failed write
 * never clears what is on screen; the store says what went wrong so the UI can show it.
 */
import { signal } from '@preact/signals-core';
import type { DatabaseHandle } from '../db-handle';

export type SaveState = 'saved' | 'pending' | 'error';

export interface DraftStoreOptions {
  /** Quiet time after a change before writing. */
  delayMs?: number;
  /** Longest a change waits while changes keep coming (typing), so a crash loses at most this. */
  maxWaitMs?: number;
  retryMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createDraftStore<T>(database: DatabaseHandle, key: string, options: DraftStoreOptions = {}) {
  const {
    delayMs = 200,
    maxWaitMs = 500,
    retryMs = 2000,
    now = () => Date.now(),
    setTimer = (callback, ms) => setTimeout(callback, ms),
    clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  } = options;
  const state = signal<SaveState>('saved');
  const error = signal<string | null>(null);
  let pending: { value: T | null } | null = null;
  /** When the oldest unwritten change was made. */
  let waitingSince: number | null = null;
  let timer: unknown = null;
  let writing: Promise<void> = Promise.resolve();
  /** Set when the draft already stored could not be read: nothing is written over it. */
  let held: string | null = null;

  async function write(): Promise<void> {
    if (!pending) return;
    if (held) {
      state.value = 'error';
      error.value = held;
      return;
    }
    const { value } = pending;
    pending = null;
    waitingSince = null;
    try {
      const db = await database();
      if (value === null) await db.drafts.delete(key);
      else await db.drafts.put({ id: key, savedAt: now(), data: value });
      if (!pending) {
        state.value = 'saved';
        error.value = null;
      }
    } catch (failure) {
      // Keep the newest value queued: a later change replaces it, a retry writes it.
      pending ??= { value };
      state.value = 'error';
      error.value = describeStorageError(failure);
      arm(retryMs);
    }
  }

  function arm(ms: number) {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => {
      timer = null;
      void flush();
    }, ms);
  }

  /** Queue the latest value; null deletes the draft. */
  function schedule(value: T | null): void {
    pending = { value };
    if (state.value !== 'error') state.value = 'pending';
    waitingSince ??= now();
    // Debounced, but never past maxWait: steady typing still reaches the disk twice a second.
    arm(Math.max(0, Math.min(delayMs, waitingSince + maxWaitMs - now())));
  }

  /** Write now (page hidden, call ended); resolves when the write has committed or failed. */
  function flush(): Promise<void> {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    writing = writing.then(write);
    return writing;
  }

  async function load(): Promise<T | null> {
    const row = await (await database()).drafts.get(key);
    return row ? (row.data as T) : null;
  }

  /**
   * Stops writing (what is on screen stays queued) because the stored draft could not be read and
   * must not be replaced unread. `reason` is what the page shows instead of "Saved".
   */
  function hold(reason: string): void {
    held = reason;
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (pending) {
      state.value = 'error';
      error.value = reason;
    }
  }

  return { state, error, schedule, flush, load, hold };
}

export type DraftStore<T> = ReturnType<typeof createDraftStore<T>>;

/**
 * A plain message for a failed write; a full disk often arrives as an AbortError wrapping it.
 * `retry` says who tries again: the guide by itself (drafts), or the agent with a button.
 */
export function describeStorageError(failure: unknown, retry: 'auto' | { button: string } = 'auto'): string {
  const inner = (failure as { inner?: unknown })?.inner;
  const names = [failure, inner].map((e) => (e as { name?: string } | undefined)?.name);
  const full = names.includes('QuotaExceededError');
  if (retry === 'auto') {
    return full
      ? 'The disk is full, so this has not been saved yet. It is still on screen; free some space and it will be saved.'
      : 'This has not been saved yet. It is still on screen, and the guide will keep trying.';
  }
  return full
    ? `The disk is full, so this has not been saved. It is still on screen; free some space and press ${retry.button} again.`
    : `This has not been saved. It is still on screen; press ${retry.button} again.`;
}
