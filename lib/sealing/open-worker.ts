/**
 * A worker that opens an unlocking log's records, so the opening runs on other cores than the
 * page's: it receives the key and the database's name once, then ranges of record ids; it reads
 * each range from IndexedDB itself (the sealed files never pass through the page) and answers with
 * the records opened (lib/sealing/open-batch.ts).
 */
/* global IDBKeyRange, indexedDB -- the worker's own */
import type { StoredIncident } from '../incidents/record';
import { opener } from './age';
import { openBatch, type OpenedRecord } from './open-batch';

type Open = (sealed: string) => Promise<string>;
let open: Open | null = null;
let database: Promise<IDBDatabase> | null = null;
let since = Infinity;

export type WorkerRequest =
  | { key: { identity: string; recipient: string }; database: string; since: number }
  | { batch: number; lower: string; upper: string };
export type WorkerReply = { batch: number; results: OpenedRecord[] } | { batch: number; failed: string };

function connect(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error ?? new Error('The database could not be opened.'));
    request.onsuccess = () => {
      const db = request.result;
      // Never in the way of the page upgrading its database.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

async function readRange(lower: string, upper: string): Promise<StoredIncident[]> {
  const db = await database!;
  return new Promise((resolve, reject) => {
    const read = db.transaction('incidents').objectStore('incidents').getAll(IDBKeyRange.bound(lower, upper));
    read.onerror = () => reject(read.error ?? new Error('The records could not be read.'));
    read.onsuccess = () => resolve(read.result as StoredIncident[]);
  });
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('key' in request) {
    open = opener(request.key);
    database = connect(request.database);
    since = request.since;
    return;
  }
  let reply: WorkerReply;
  try {
    if (!open) throw new Error('no key');
    reply = { batch: request.batch, results: await openBatch(await readRange(request.lower, request.upper), open, since) };
  } catch (error) {
    // The page reads and opens this range itself.
    reply = { batch: request.batch, failed: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
