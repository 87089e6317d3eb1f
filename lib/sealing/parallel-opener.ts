/**
 * Opening sealed incidents on several cores: the same `openStored(record)` as on the page, but the
 * records are sent in batches to a few workers (lib/sealing/open-worker.ts), opened there and their
 * search words worked out there, so the page only receives the records. Where workers cannot start
 * (unit tests in Node), or one fails, the records are opened on the page as before.
 */
/* global Worker -- the page's own, absent in Node, where defaultWorkers() asks for none */
import type { StoredIncident } from '../incidents/record';
import { opener, type UnlockedKey } from './age';
import type { WorkerReply, WorkerRequest } from './open-worker';
import { OpenError, openStored } from './record';
import type { SealedIncident } from './sealed-record';

const BATCH = 64;

export interface ParallelOpener {
  /** The record opened, or an OpenError saying why not. */
  open(record: SealedIncident): Promise<StoredIncident>;
  close(): void;
}

export function parallelOpener(key: UnlockedKey, workers = defaultWorkers()): ParallelOpener {
  const page = opener(key);
  const local = (record: SealedIncident) => openStored(record, page);
  const pool: Worker[] = [];
  try {
    for (let i = 0; i < workers; i += 1) {
      const worker = new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module' });
      worker.postMessage({ key: { identity: key.identity, recipient: key.recipient } } satisfies WorkerRequest);
      pool.push(worker);
    }
  } catch {
    for (const worker of pool) worker.terminate();
    pool.length = 0;
  }
  if (pool.length === 0) return { open: local, close: () => undefined };

  type Waiting = { resolve(stored: StoredIncident): void; reject(error: Error): void; record: SealedIncident };
  const batches = new Map<number, { worker: Worker; waiting: Waiting[] }>();
  let queued: Waiting[] = [];
  let next = 0;
  let scheduled = false;

  const fallBack = (waiting: Waiting[]) => {
    for (const w of waiting) local(w.record).then(w.resolve, w.reject);
  };
  for (const worker of pool) {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const waiting = batches.get(event.data.batch)?.waiting;
      batches.delete(event.data.batch);
      event.data.results.forEach((result, i) => {
        const w = waiting?.[i];
        if (!w) return;
        if ('stored' in result) w.resolve(result.stored);
        else w.reject(new OpenError(w.record.id, result.error));
      });
    };
    // A worker that cannot run (its script refused, say) hands its files back to the page.
    worker.onerror = (event) => {
      event.preventDefault();
      const index = pool.indexOf(worker);
      if (index >= 0) pool.splice(index, 1);
      worker.terminate();
      for (const [id, sent] of batches) {
        if (sent.worker === worker) {
          batches.delete(id);
          fallBack(sent.waiting);
        }
      }
    };
  }

  const flush = () => {
    scheduled = false;
    while (queued.length > 0) {
      const waiting = queued.splice(0, BATCH);
      if (pool.length === 0) {
        fallBack(waiting);
        continue;
      }
      const batch = next++;
      const worker = pool[batch % pool.length]!;
      batches.set(batch, { worker, waiting });
      worker.postMessage({ batch, records: waiting.map((w) => w.record) } satisfies WorkerRequest);
    }
  };

  return {
    open: (record) =>
      new Promise<StoredIncident>((resolve, reject) => {
        queued.push({ resolve, reject, record });
        if (queued.length >= BATCH) flush();
        else if (!scheduled) {
          scheduled = true;
          queueMicrotask(flush);
        }
      }),
    close: () => {
      for (const worker of pool) worker.terminate();
      queued = [];
    },
  };
}

function defaultWorkers(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  // As many as there are cores: the page itself is mostly idle while they open.
  return typeof Worker === 'undefined' ? 0 : Math.max(1, Math.min(4, cores));
}
