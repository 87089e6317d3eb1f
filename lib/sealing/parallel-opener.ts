/**
 * Opening an unlocking log's records on several cores: ranges of record ids are sent to a few
 * workers (lib/sealing/open-worker.ts), which read them from IndexedDB, open them and work out their
 * search words, so the page only receives the records opened. Where workers cannot start (unit
 * tests in Node), or one fails, the page reads and opens the range itself, the same way.
 */
/* global Worker -- the page's own, absent in Node, where defaultWorkers() asks for none */
import type { StoredIncident } from '../incidents/record';
import { opener, type UnlockedKey } from './age';
import { openBatch, type OpenedRecord } from './open-batch';
import type { WorkerReply, WorkerRequest } from './open-worker';

export interface RangeSource {
  /** The database's name, for the workers to read it themselves. */
  database: string;
  /** The same range read on the page, where a worker cannot. */
  read(lower: string, upper: string): Promise<StoredIncident[]>;
  /** Records created from then on come back as read too (`recent`). */
  since: number;
}

export interface ParallelOpener {
  /** The records whose ids are from `lower` to `upper` (both included), opened. */
  openRange(lower: string, upper: string): Promise<OpenedRecord[]>;
  close(): void;
}

export function parallelOpener(key: UnlockedKey, source: RangeSource, workers = defaultWorkers()): ParallelOpener {
  const page = opener(key);
  const onPage = async (lower: string, upper: string) => openBatch(await source.read(lower, upper), page, source.since);
  const pool: Worker[] = [];
  try {
    for (let i = 0; i < workers; i += 1) {
      const worker = new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module' });
      worker.postMessage({ key: { identity: key.identity, recipient: key.recipient }, database: source.database, since: source.since } satisfies WorkerRequest);
      pool.push(worker);
    }
  } catch {
    for (const worker of pool) worker.terminate();
    pool.length = 0;
  }
  if (pool.length === 0) return { openRange: onPage, close: () => undefined };

  type Sent = { worker: Worker; lower: string; upper: string; resolve(results: OpenedRecord[]): void; reject(error: unknown): void };
  const batches = new Map<number, Sent>();
  let next = 0;
  const fallBack = (sent: Sent) => onPage(sent.lower, sent.upper).then(sent.resolve, sent.reject);

  for (const worker of pool) {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const sent = batches.get(event.data.batch);
      if (!sent) return;
      batches.delete(event.data.batch);
      if ('results' in event.data) sent.resolve(event.data.results);
      else void fallBack(sent);
    };
    // A worker that cannot run (its script refused, say) hands its ranges back to the page.
    worker.onerror = (event) => {
      event.preventDefault();
      const index = pool.indexOf(worker);
      if (index >= 0) pool.splice(index, 1);
      worker.terminate();
      for (const [id, sent] of batches) {
        if (sent.worker === worker) {
          batches.delete(id);
          void fallBack(sent);
        }
      }
    };
  }

  return {
    openRange: (lower, upper) =>
      new Promise<OpenedRecord[]>((resolve, reject) => {
        if (pool.length === 0) {
          onPage(lower, upper).then(resolve, reject);
          return;
        }
        const batch = next++;
        const worker = pool[batch % pool.length]!;
        batches.set(batch, { worker, lower, upper, resolve, reject });
        worker.postMessage({ batch, lower, upper } satisfies WorkerRequest);
      }),
    close: () => {
      for (const worker of pool) worker.terminate();
    },
  };
}

function defaultWorkers(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  // As many as there are cores: the page itself is mostly idle while they open.
  return typeof Worker === 'undefined' ? 0 : Math.max(1, Math.min(4, cores));
}
