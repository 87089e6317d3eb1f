import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { CallGuideDb } from '../../lib/db';
import type { DatabaseHandle } from '../../lib/db-handle';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

type Query<T> = (db: CallGuideDb) => Promise<T>;

/**
 * Subscribes to a Dexie live query for as long as the component is mounted, once the database
 * is open (the query itself awaits only Dexie, so every table it reads is tracked).
 */
export function useLiveQuery<T>(database: DatabaseHandle, query: Query<T>, deps: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => subscribe(database, query, setResult), [database, ...deps]);
  return result;
}

/**
 * As useLiveQuery, but the query starts as soon as its inputs change rather than after the next
 * paint (Preact runs useEffect a frame later): a filter change shows its rows one frame sooner.
 * `delayMs` instead holds a costly query back until the inputs have settled.
 */
export function usePromptLiveQuery<T>(database: DatabaseHandle, query: Query<T>, deps: unknown[], delayMs = 0): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useLayoutEffect(() => subscribe(database, query, setResult, delayMs), [database, delayMs, ...deps]);
  return result;
}

/** Starts the live query (after `delayMs`, if any); returns what stops it. */
function subscribe<T>(database: DatabaseHandle, query: Query<T>, set: (result: LiveResult<T>) => void, delayMs = 0): () => void {
  let subscription: { unsubscribe(): void } | null = null;
  let cancelled = false;
  // Dexie loads with the database, after the panel's first paint.
  const start = () =>
    Promise.all([database(), import('dexie')]).then(
      ([db, { liveQuery }]) => {
        if (cancelled) return;
        subscription = liveQuery(() => query(db)).subscribe({
          next: (value) => set({ status: 'ready', value }),
          error: (error: unknown) => set({ status: 'error', error }),
        });
      },
      (error: unknown) => set({ status: 'error', error }),
    );
  const timer = delayMs > 0 ? setTimeout(() => void start(), delayMs) : (void start(), null);
  return () => {
    cancelled = true;
    if (timer !== null) clearTimeout(timer);
    subscription?.unsubscribe();
  };
}
