/**
 * The unlocked log: every incident opened with the team leader's key into a database held in the
 * tab's memory only (fake-indexeddb, the same schema and indexes), so search, filters, review,
 * follow-ups, reports and CSV work on it exactly as on a log that was never sealed. Nothing opened
 * is written to disk. What the team leader changes there is sealed and written back to the real
 * database, in order, each change in one strict transaction.
 *
 * Unlocking ends once every record is opened and the search index (lib/incidents/memory-index.ts)
 * is built: the list and its search answer from that index at once. The database in memory, which
 * the other views read, fills straight after (`ready`); writing it costs more than opening the
 * records did, so the list does not wait for it.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type CallGuideDb } from '../db';
import type { Incident, StoredIncident } from '../incidents/record';
import { fromStored, toStored } from '../incidents/indexing';
import { opener, type UnlockedKey } from './age';
import { parallelOpener } from './parallel-opener';
import { openBatch, sealsOf, type OpenedRecord, type Seals } from './open-batch';
import { contentText, OpenError, reviewText, sealIncident, type Reuse } from './record';
import { isSealed, type SealedParts } from './sealed-record';
import { followDesk, type DeskWatch } from './follow-desk';
import { attachMemoryIndex, MemoryIndex } from '../incidents/memory-index';

export interface UnlockOptions {
  /** The desk's team leader keys now (policy or Settings); changes are sealed to these and the key used. */
  recipients(): Promise<string[]>;
  now(): number;
  onProgress?(done: number, total: number): void;
  /** Records written into the log in memory at a time, after unlocking (FILL_BATCH; tests take fewer). */
  fillBatch?: number;
}

export interface UnlockedLog {
  db: CallGuideDb;
  key: UnlockedKey;
  /** Incidents that could not be opened: another key's, or damaged. Listed, left as they are. */
  problems: OpenError[];
  /** How many sealed incidents the key opened. */
  opened: number;
  /**
   * Resolves once `db` holds every incident opened (the views other than the list wait for it);
   * rejects only if the log is closed first.
   */
  ready: Promise<void>;
  /** Resolves when every change made so far is sealed and on disk. */
  settled(): Promise<void>;
  close(): void;
}

/** How far back the unlocked log watches the desk for incidents saved or changed meanwhile. */
const WATCH_MS = 86_400_000;

/** Records a worker reads and opens at a time, by id. */
const BATCH = 64;
/** Batches being opened at once: enough to keep every opening worker busy. */
const IN_FLIGHT = 8;
let opened = 0;

/**
 * A sealed incident as it was opened: the incident, and which sealed parts it came from (their
 * fingerprints, or the parts themselves once this log has written them), so that writing a change
 * back reuses a part that has not changed instead of sealing it again.
 */
interface Opened {
  incident: Incident;
  seals: Seals;
  sealed?: SealedParts;
}

export async function unlockLog(real: CallGuideDb, key: UnlockedKey, options: UnlockOptions): Promise<UnlockedLog> {
  const started = performance.now();
  const memory = openDatabase(`unlocked-${(opened += 1)}`, { indexedDB: new IDBFactory(), IDBKeyRange }, { listIndexes: false });
  const since = options.now() - WATCH_MS;
  // The ids only: the records themselves are read where they are opened (workers, on other cores,
  // when the page can start them), so the sealed files never pass through the page.
  const ids = (await real.incidents.toCollection().primaryKeys()) as string[];
  const ranges: [string, string][] = [];
  for (let at = 0; at < ids.length; at += BATCH) ranges.push([ids[at]!, ids[Math.min(ids.length, at + BATCH) - 1]!]);
  const opening = parallelOpener(key, { database: real.name, since, read: (lower, upper) => real.incidents.where(':id').between(lower, upper, true, true).toArray() });
  const openedParts = new Map<string, Opened>();
  const problems: OpenError[] = [];
  const rows: StoredIncident[] = [];
  /** The same records without their words, for the database in memory (it has no word index). */
  const unindexed: StoredIncident[] = [];
  const recent: StoredIncident[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ranges.length) {
      const [lower, upper] = ranges[next++]!;
      const results = await opening.openRange(lower, upper);
      for (const result of results) {
        const row = take(result, openedParts, problems);
        if (result.recent) recent.push(result.recent);
        rows.push(row);
        // The words go to the index in memory only: copying them into the database for nothing
        // was most of the cost of filling it.
        const { words: _words, ...withoutWords } = row;
        unindexed.push(withoutWords as StoredIncident);
      }
      options.onProgress?.(Math.min(rows.length, ids.length), ids.length);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  opening.close();
  const page = opener(key);
  const openedAt = performance.now();
  const index = new MemoryIndex(rows);
  // The search index is part of unlocking (and of its figure), not left to the first search.
  index.prepare();
  // The two halves of unlocking, for npm run bench: opening the records, then the log in memory.
  performance.measure('call-guide:unlock-open', { start: started, end: openedAt });
  performance.measure('call-guide:unlock-build', { start: openedAt, end: performance.now() });
  attachMemoryIndex(memory, index);
  /** Transactions that bring the desk's own changes in: followed by the index, not written back. */
  const fromDesk = new WeakSet<object>();
  /** Transactions that fill the database with what was opened: the index has it already. */
  const fromFill = new WeakSet<object>();
  /** Incidents written in memory since unlocking (the desk's or the team leader's): newer than what was opened. */
  const touched = new Set<string>();
  const watch = followDesk(real, since, recent, async (changed, gone) => {
    const results = await openBatch(changed, page, since);
    const rowsNow = results.map((result) => take(result, openedParts, problems));
    await memory.transaction('rw', memory.incidents, async (trans) => {
      fromDesk.add(trans);
      if (rowsNow.length) await memory.incidents.bulkPut(rowsNow);
      if (gone.length) await memory.incidents.bulkDelete(gone);
    });
  });
  const mirror = mirrorChanges(memory, real, key, openedParts, options, { index, fromDesk, fromFill, touched, watch });
  const ready = fill(memory, unindexed, { fromFill, touched, started, batchSize: options.fillBatch ?? FILL_BATCH });
  // Seen by whoever awaits it; a log locked before it fills has nothing more to say.
  ready.catch(() => undefined);
  const log: UnlockedLog = {
    db: memory,
    key,
    problems,
    get opened() {
      return openedParts.size;
    },
    ready,
    settled: mirror.settled,
    close: () => {
      watch.stop();
      memory.close();
    },
  };
  return log;
}

/** Records written into the database in memory at a time, each batch in a transaction of its own. */
const FILL_BATCH = 500;

/**
 * Writes what was opened into the database in memory, in batches, after unlocking (the list does
 * not need it). A record the desk or the team leader has written there meanwhile is newer and
 * stays: the batch leaves it out, and a change made after the batch is queued behind it.
 */
interface Filling {
  fromFill: WeakSet<object>;
  touched: Set<string>;
  started: number;
  batchSize: number;
}

async function fill(memory: CallGuideDb, records: StoredIncident[], { fromFill, touched, started, batchSize }: Filling): Promise<void> {
  for (let at = 0; at < records.length; at += batchSize) {
    const batch = records.slice(at, at + batchSize);
    await memory.transaction('rw', memory.incidents, async (trans) => {
      fromFill.add(trans);
      const fresh = batch.filter((record) => !touched.has(record.id));
      if (fresh.length) await memory.incidents.bulkPut(fresh);
    });
  }
  records.length = 0;
  performance.measure('call-guide:unlock-ready', { start: started, end: performance.now() });
}

/** A record opened (or not) for the log in memory, noting what it was opened from. */
function take(result: OpenedRecord, openedParts: Map<string, Opened>, problems: OpenError[]): StoredIncident {
  if ('error' in result) problems.push(new OpenError(result.stored.id, result.error));
  else if (result.seals) openedParts.set(result.stored.id, { incident: fromStored(result.stored), seals: result.seals });
  return result.stored;
}

/**
 * What of an incident's sealed parts a change can reuse: a part still the one it was opened from
 * (the desk's record is read again to tell), or last written by this log.
 */
async function reuseFor(real: CallGuideDb, id: string, entry: Opened | undefined): Promise<Reuse> {
  if (!entry) return {};
  const sealed = entry.sealed ?? (await real.incidents.get(id).then((current) => (current && isSealed(current) ? current.sealed : undefined)));
  if (!sealed) return {};
  const now = sealsOf(sealed);
  const reuse: Reuse = {};
  if (now.content === entry.seals.content) reuse.content = { text: contentText(entry.incident), sealed: sealed.content, at: sealed.contentAt };
  if (now.review === entry.seals.review) reuse.review = { text: reviewText(entry.incident), sealed: sealed.review, at: sealed.reviewAt };
  return reuse;
}

interface Pending {
  puts: Map<string, StoredIncident>;
  deletes: Set<string>;
}

interface Following {
  index: MemoryIndex;
  fromDesk: WeakSet<object>;
  fromFill: WeakSet<object>;
  touched: Set<string>;
  watch: DeskWatch;
}

function mirrorChanges(memory: CallGuideDb, real: CallGuideDb, key: UnlockedKey, openedParts: Map<string, Opened>, options: UnlockOptions, following: Following) {
  const { index, fromDesk, fromFill, touched, watch } = following;
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
    if (fromFill.has(trans)) return;
    touched.add(String(id));
    this.onsuccess = () => {
      index.put(record);
      if (!fromDesk.has(trans)) pendingFor(trans).puts.set(String(id), record);
    };
  });
  memory.incidents.hook('updating', function (_changes, id, _record, trans) {
    if (fromFill.has(trans)) return;
    touched.add(String(id));
    this.onsuccess = (updated: StoredIncident) => {
      index.put(updated);
      if (!fromDesk.has(trans)) pendingFor(trans).puts.set(String(id), updated);
    };
  });
  memory.incidents.hook('deleting', function (id, _record, trans) {
    if (fromFill.has(trans)) return;
    touched.add(String(id));
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
      else if (openedParts.has(id) || configured.length > 0) {
        const sealed = await sealIncident(incident, recipients, options.now(), await reuseFor(real, id, openedParts.get(id)));
        openedParts.set(id, { incident, seals: sealsOf(sealed.sealed), sealed: sealed.sealed });
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
