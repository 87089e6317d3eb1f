/**
 * The one module that owns the IndexedDB schema (Dexie). Every schema change is a new
 * `version()` with an `upgrade()` and a test on data of the previous version.
 */
import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { Incident, StoredIncident } from './incidents/record';
import { upgradeToVersion3 } from './incidents/upgrade';
import type { ReviewEnvelope, StoredReviewContent } from './reviews/record';

/** Work in progress that must survive a reload or a crash: the live call, an incident being written. */
export interface Draft {
  id: string;
  savedAt: number;
  data: unknown;
}

/** A call-back promised to a caller, kept until the agent marks it done (TR-6). */
export interface CallBack {
  id: string;
  createdAt: number;
  /** Null when the time was agreed with the caller rather than set by the standard. */
  dueAt: number | null;
  agreedTime: string;
  promiseLabel: string;
  callerName: string;
  phone: string;
  reason: string;
  status: 'due' | 'done';
  doneAt: number | null;
  /** The caller's language when not English (CY-1), e.g. "Welsh"; absent in older records. */
  language?: string;
  /** Attempts that found no one (Moray 4.2, CB-6), oldest first; absent until the first. */
  attempts?: CallBackAttempt[];
  /** The caller is available only in the evening: call outside office hours (CB-6). */
  eveningOnly?: boolean;
  /** When the letter was sent after the days of attempts; the call-back is then done (CB-6). */
  letterSentAt?: number;
}

/** One try at a call-back that found no one, and the message left, if any. */
export interface CallBackAttempt {
  at: number;
  message: 'adult' | 'machine' | 'none';
}

export const REAL_DATABASE = 'call-guide';

export type CallGuideDb = Dexie & {
  incidents: EntityTable<StoredIncident, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  callBacks: EntityTable<CallBack, 'id'>;
  reviews: EntityTable<ReviewEnvelope, 'id'>;
  reviewContents: EntityTable<StoredReviewContent, 'id'>;
};

/**
 * The incident indexes of version 3. The list pages through `[kind+status+createdAt+id]` (or its
 * per-agent twin): any choice of kind and status is at most four key ranges already in date
 * order, and ending in the id makes "the page after this row" an exact range bound.
 */
const INCIDENT_INDEXES =
  'id, createdAt, agentName, *callerKeys, [kind+status+createdAt+id], [agentName+kind+status+createdAt+id], followUpDueAt, *words';

/**
 * `engine`: another IndexedDB, e.g. the in-memory one an unlocked sealed log reads
 * (lib/sealing/unlocked.ts). That log lists and searches through an index of its own
 * (lib/incidents/memory-index.ts), so `listIndexes: false` leaves out the indexes only the list's
 * query reads (the search words and the per-agent list order), which are most of the cost of filling it.
 */
export function openDatabase(
  name: string = REAL_DATABASE,
  engine: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'> = {},
  { listIndexes = true }: { listIndexes?: boolean } = {},
): CallGuideDb {
  // Strict durability: a commit means the data is on disk, not just in the OS cache
  // (Chrome defaults to relaxed since 121, which can lose the last writes in a crash).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...engine }) as CallGuideDb;
  db.version(1).stores({
    incidents: 'id, kind, status, createdAt, agentName',
    drafts: 'id',
    callBacks: 'id, status, dueAt',
  });
  // Version 2 indexes each caller's keys so a ring-back is recognised (AB-13). Records written by
  // version 1 (there were none outside tests) gain empty keys rather than failing to load.
  db.version(2)
    .stores({ incidents: 'id, kind, status, createdAt, agentName, *callerKeys' })
    .upgrade((tx) =>
      tx
        .table('incidents')
        .toCollection()
        .modify((incident: Partial<Incident>) => {
          incident.callerKeys ??= [];
        }),
    );
  // Version 3 is the team leaders' log: compound indexes for filtering and paging, search words,
  // the follow-up due time, a readable timeline, review notes and who did each follow-up.
  db.version(3)
    .stores({ incidents: listIndexes ? INCIDENT_INDEXES : INCIDENT_INDEXES.replace(', [agentName+kind+status+createdAt+id]', '').replace(', *words', '') })
    .upgrade((tx: Transaction) => tx.table('incidents').toCollection().modify(upgradeToVersion3));
  // Version 4 adds team leaders' call quality reviews (lib/reviews/): the readable envelope, read by
  // the month of the call, and what the team leader wrote in a table of its own, so a month reads
  // only the envelopes (and sealing can encrypt the content alone). New tables only: nothing
  // stored before changes.
  db.version(4).stores({ reviews: 'id, callAt, [agentName+callAt]', reviewContents: 'id' });
  // A database deleted from another page (leaving training with the practice data cleared) stays
  // deleted. Dexie's own handler closes the connection but reopens it on the next query, which
  // would recreate the database empty; this page stops using it instead (it reloads straight after).
  // An upgrade from elsewhere (a newer version of the extension) keeps Dexie's handling.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    if (event.newVersion) return undefined;
    db.close({ disableAutoOpen: true });
    return false;
  });
  return db;
}
