import { useLayoutEffect, useState } from 'preact/hooks';
import type { CallGuideDb } from '../../lib/db';
import type { DatabaseHandle } from '../../lib/db-handle';
import type { LiveResult } from '../ui/use-live-query';

/**
 * As useLiveQuery, but the query starts as soon as its inputs change rather than after the next
 * paint (Preact runs useEffect a frame later): a filter change shows its rows one frame sooner.
 * `delayMs` instead holds a costly query back until the inputs have settled.
 */
export function usePromptLiveQuery<T>(
  database: DatabaseHandle,
  query: (db: CallGuideDb) => Promise<T>,
  deps: unknown[],
  delayMs = 0,
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useLayoutEffect(() => {
    let subscription: { unsubscribe(): void } | null = null;
    let cancelled = false;
    const start = () =>
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
    const timer = delayMs > 0 ? setTimeout(() => void start(), delayMs) : (void start(), null);
    return () => {
      cancelled = true;
      if (timer !== null) clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [database, delayMs, ...deps]);
  return result;
}
