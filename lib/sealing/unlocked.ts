/**
 * The unlocked log: every incident opened with the team leader's key into a database held in the
 * tab's memory only (fake-indexeddb, the same schema and indexes), so search, filters, review,
 * follow-ups, reports and CSV work on it exactly as on a log that was never sealed. Nothing opened
 * is written to disk. What the team leader changes there is sealed and written back to the real
 * database, in order, each change in one strict transaction.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type CallGuideDb } from '../db';
import type { Incident, StoredIncident } from '../incidents/record';
import { fromStored, toStored } from '../incidents/indexing';
import { opener, type UnlockedKey } from './age';
import { parallelOpener } from './parallel-opener';
import { contentText, OpenError, openStored, reviewText, sealIncident, type Reuse } from './record';
import { isSealed, type SealedIncident, type SealedParts } from './sealed-record';
import { followDesk, type DeskWatch } from './follow-desk';
import { attachMemoryIndex, MemoryIndex } from '../incidents/memory-index';

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

/** How far back the unlocked log watches the desk for incidents saved or changed meanwhile. */
const WATCH_MS = 86_400_000;

/** Records being opened at once: enough to keep every opening worker busy with batches. */
const IN_FLIGHT = 512;
/** Opened records written to the log in memory at a time, while the next are being opened. */
const WRITE_CHUNK = 250;
let opened = 0;

export async function unlockLog(real: CallGuideDb, key: UnlockedKey, options: UnlockOptions): Promise<UnlockedLog> {
  const started = performance.now();
  const memory = openDatabase(`unlocked-${(opened += 1)}`, { indexedDB: new IDBFactory(), IDBKeyRange }, { listIndexes: false });
  const records = await real.incidents.toArray();
  // Opened on other cores when the page can start workers; afterwards, the odd record on the page.
  const opening = parallelOpener(key);
  const reuse = new Map<string, Reuse>();
  const problems: OpenError[] = [];
  const rows: StoredIncident[] = new Array(records.length);
  let next = 0;
  let done = 0;
  // The log in memory is written while the rest are still being opened (the page is mostly idle
  // while the workers open), in chunks, one after another.
  let chunk: StoredIncident[] = [];
  let writing = Promise.resolve();
  const write = () => {
    const rowsNow = chunk;
    chunk = [];
    writing = writing.then(() => memory.incidents.bulkPut(rowsNow)).then(() => undefined);
  };
  const worker = async () => {
    while (next < records.length) {
      const at = next++;
      const row = await readRecord(records[at]!, opening.open, reuse, problems);
      rows[at] = row;
      // The words go to the index in memory only: the database in memory has no word index, and
      // copying them into it for nothing was most of the cost of filling it.
      const { words: _words, ...unindexed } = row;
      chunk.push(unindexed as StoredIncident);
      if (chunk.length >= WRITE_CHUNK) write();
      done += 1;
      if (done % 100 === 0 || done === records.length) options.onProgress?.(done, records.length);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  opening.close();
  const page = opener(key);
  const open: OpenRecord = (record) => openStored(record, page);
  const openedAt = performance.now();
  write();
  await writing;
  const index = new MemoryIndex(rows);
  // The two halves of unlocking, for npm run bench: opening the records, then the log in memory.
  performance.measure('call-guide:unlock-open', { start: started, end: openedAt });
  performance.measure('call-guide:unlock-build', { start: openedAt, end: performance.now() });
  attachMemoryIndex(memory, index);
  /** Transactions that bring the desk's own changes in: followed by the index, not written back. */
  const fromDesk = new WeakSet<object>();
  const watch = followDesk(real, options.now() - WATCH_MS, records, async (changed, gone) => {
    const opened = await Promise.all(changed.map((record) => readRecord(record, open, reuse, problems)));
    await memory.transaction('rw', memory.incidents, async (trans) => {
      fromDesk.add(trans);
      if (opened.length) await memory.incidents.bulkPut(opened);
      if (gone.length) await memory.incidents.bulkDelete(gone);
    });
  });
  const mirror = mirrorChanges(memory, real, key, reuse, options, { index, fromDesk, watch });
  const log: UnlockedLog = {
    db: memory,
    key,
    problems,
    get opened() {
      return reuse.size;
    },
    settled: mirror.settled,
    close: () => {
      watch.stop();
      memory.close();
    },
  };
  return log;
}

type OpenRecord = (record: SealedIncident) => Promise<StoredIncident>;

async function readRecord(record: StoredIncident, open: OpenRecord, reuse: Map<string, Reuse>, problems: OpenError[]): Promise<StoredIncident> {
  if (!isSealed(record)) return toStored(fromStored(record));
  try {
    const stored = await open(record);
    reuse.set(record.id, reuseOf(fromStored(stored), record.sealed));
    return stored;
  } catch (error) {
    problems.push(error instanceof OpenError ? error : new OpenError(record.id, 'damaged'));
    // Kept as stored: listed by its readable fields, never re-written from here.
    return record;
  }
}

/** The sealed parts as opened, their texts worked out only if a change is to be written back. */
function reuseOf(incident: Incident, sealed: SealedParts): Reuse {
  let content: string | undefined;
  let review: string | null | undefined;
  return {
    get content() {
      return { text: (content ??= contentText(incident)), sealed: sealed.content, at: sealed.contentAt };
    },
    get review() {
      return { text: review === undefined ? (review = reviewText(incident)) : review, sealed: sealed.review, at: sealed.reviewAt };
    },
  };
}

interface Pending {
  puts: Map<string, StoredIncident>;
  deletes: Set<string>;
}

interface Following {
  index: MemoryIndex;
  fromDesk: WeakSet<object>;
  watch: DeskWatch;
}

function mirrorChanges(memory: CallGuideDb, real: CallGuideDb, key: UnlockedKey, reuse: Map<string, Reuse>, options: UnlockOptions, { index, fromDesk, watch }: Following) {
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

  // The search index follows each change as it is made, before any live query reads again.
  memory.incidents.hook('creating', function (id, record, trans) {
    this.onsuccess = () => {
      index.put(record);
      if (!fromDesk.has(trans)) pendingFor(trans).puts.set(String(id), record);
    };
  });
  memory.incidents.hook('updating', function (_changes, id, _record, trans) {
    this.onsuccess = (updated: StoredIncident) => {
      index.put(updated);
      if (!fromDesk.has(trans)) pendingFor(trans).puts.set(String(id), updated);
    };
  });
  memory.incidents.hook('deleting', function (id, _record, trans) {
    this.onsuccess = () => {
      index.delete(String(id));
      if (fromDesk.has(trans)) return;
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
    watch.wrote(records, deletes);
    await real.transaction('rw', real.incidents, async () => {
      if (records.length) await real.incidents.bulkPut(records);
      if (deletes.size) await real.incidents.bulkDelete([...deletes]);
    });
  }

  return { settled: () => chain };
}
