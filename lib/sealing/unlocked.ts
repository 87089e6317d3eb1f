/**
 * The unlocked log: every incident opened with the team leader's key into a database held in the
 * tab's memory only (fake-indexeddb, the same schema and indexes), so search, filters, review,
 * follow-ups, reports and CSV work on it exactly as on a log that was never sealed. Nothing opened
 * is written to disk. What the team leader changes there is sealed and written back to the real
 * database, in order, each change in one strict transaction.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type CallGuideDb } from '../db';
import { type StoredIncident } from '../incidents/record';
import { fromStored, toStored } from '../incidents/indexing';
import { opener, type UnlockedKey } from './age';
import { contentText, openIncident, OpenError, reviewText, sealIncident, type Reuse } from './record';
import { isSealed } from './sealed-record';

export interface UnlockOptions {
  /** The desk's team leader keys now (policy or Settings); changes are sealed to these and the key used. */
  recipients(): Promise<string[]>;
  now(): number;
  onProgress?(done: number, total: number): void;
}

export interface UnlockedLog {
  db: CallGuideDb;
  key: UnlockedKey;
  /** Incidents that could not be opened: another key's, or damaged. Listed, left as they are. */
  problems: OpenError[];
  /** How many sealed incidents the key opened. */
  opened: number;
  /** Resolves when every change made so far is sealed and on disk. */
  settled(): Promise<void>;
  close(): void;
}

/** Records opened side by side: WebCrypto works off the page's thread. */
const PARALLEL = 32;
let opened = 0;

export async function unlockLog(real: CallGuideDb, key: UnlockedKey, options: UnlockOptions): Promise<UnlockedLog> {
  const memory = openDatabase(`unlocked-${(opened += 1)}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const records = await real.incidents.toArray();
  const open = opener(key);
  const reuse = new Map<string, Reuse>();
  const problems: OpenError[] = [];
  const rows: StoredIncident[] = [];
  for (let start = 0; start < records.length; start += PARALLEL) {
    const batch = records.slice(start, start + PARALLEL);
    const results = await Promise.all(batch.map((record) => readRecord(record, open, reuse, problems)));
    rows.push(...results);
    options.onProgress?.(Math.min(start + PARALLEL, records.length), records.length);
  }
  await memory.incidents.bulkPut(rows);
  const mirror = mirrorChanges(memory, real, key, reuse, options);
  return { db: memory, key, problems, opened: reuse.size, settled: mirror.settled, close: () => memory.close() };
}

async function readRecord(record: StoredIncident, open: (sealed: string) => Promise<string>, reuse: Map<string, Reuse>, problems: OpenError[]): Promise<StoredIncident> {
  if (!isSealed(record)) return toStored(fromStored(record));
  try {
    const { incident, content, review } = await openIncident(record, open);
    reuse.set(record.id, {
      content: { text: content, sealed: record.sealed.content, at: record.sealed.contentAt },
      review: { text: review, sealed: record.sealed.review, at: record.sealed.reviewAt },
    });
    return toStored(incident);
  } catch (error) {
    problems.push(error instanceof OpenError ? error : new OpenError(record.id, 'damaged'));
    // Kept as stored: listed by its readable fields, never re-written from here.
    return record;
  }
}

interface Pending {
  puts: Map<string, StoredIncident>;
  deletes: Set<string>;
}

function mirrorChanges(memory: CallGuideDb, real: CallGuideDb, key: UnlockedKey, reuse: Map<string, Reuse>, options: UnlockOptions) {
  let chain = Promise.resolve();
  const byTransaction = new WeakMap<object, Pending>();
  const pendingFor = (trans: { on(event: 'complete', listener: () => void): void }) => {
    let pending = byTransaction.get(trans);
    if (!pending) {
      const fresh: Pending = { puts: new Map(), deletes: new Set() };
      byTransaction.set(trans, fresh);
      trans.on('complete', () => {
        chain = chain.then(() => writeBack(fresh)).catch((error: unknown) => console.error('Sealing a change failed', error));
      });
      pending = fresh;
    }
    return pending;
  };

  memory.incidents.hook('creating', function (id, record, trans) {
    this.onsuccess = () => pendingFor(trans).puts.set(String(id), record);
  });
  memory.incidents.hook('updating', function (_changes, id, _record, trans) {
    this.onsuccess = (updated: StoredIncident) => pendingFor(trans).puts.set(String(id), updated);
  });
  memory.incidents.hook('deleting', function (id, _record, trans) {
    this.onsuccess = () => {
      const pending = pendingFor(trans);
      pending.puts.delete(String(id));
      pending.deletes.add(String(id));
    };
  });

  async function writeBack({ puts, deletes }: Pending): Promise<void> {
    const configured = await options.recipients();
    const recipients = [...new Set([...configured, key.recipient])];
    const records: StoredIncident[] = [];
    for (const [id, stored] of puts) {
      const incident = fromStored(stored);
      // A record that could not be opened is written back only as it was.
      if (isSealed(incident)) records.push(stored);
      else if (reuse.has(id) || configured.length > 0) {
        const sealed = await sealIncident(incident, recipients, options.now(), reuse.get(id));
        reuse.set(id, {
          content: { text: contentText(incident), sealed: sealed.sealed.content, at: sealed.sealed.contentAt },
          review: { text: reviewText(incident), sealed: sealed.sealed.review, at: sealed.sealed.reviewAt },
        });
        records.push(sealed);
      } else records.push(toStored(incident));
    }
    await real.transaction('rw', real.incidents, async () => {
      if (records.length) await real.incidents.bulkPut(records);
      if (deletes.size) await real.incidents.bulkDelete([...deletes]);
    });
  }

  return { settled: () => chain };
}
