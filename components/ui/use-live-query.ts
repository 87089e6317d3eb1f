import { useEffect, useState } from 'preact/hooks';
import type { CallGuideDb } from '../../lib/db';
import type { DatabaseHandle } from '../../lib/db-handle';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Subscribes to a Dexie live query for as long as the component is mounted, once the database
 * is open (the query itself awaits only Dexie, so every table it reads is tracked).
 */
export function useLiveQuery<T>(
  database: DatabaseHandle,
  query: (db: CallGuideDb) => Promise<T>,
  deps: unknown[],
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    let subscription: { unsubscribe(): void } | null = null;
    let cancelled = false;
    // Dexie loads with the database, after the panel's first paint.
    Promise.all([database(), import('dexie')]).then(
      ([db, { liveQuery }]) => {
        if (cancelled) return;
        subscription = liveQuery(() => query(db)).subscribe({
          next: (value) => setResult({ status: 'ready', value }),
          error: (error: unknown) => setResult({ status: 'error', error }),
        });
      },
      (error: unknown) => setResult({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
  }, [database, ...deps]);
  return result;
}
