/**
 * The one module that owns the IndexedDB schema (Dexie). Every schema change is a new
 * `version()` with an `upgrade()` and a test on data of the previous version.
 */
import { Dexie, type EntityTable } from 'dexie';

export type IncidentKind = 'abusive-call' | 'self-harm';
export type IncidentStatus = 'open' | 'reviewed';

/** An incident as the log lists it; later versions add the timeline, answers and follow-ups. */
export interface Incident {
  id: string;
  kind: IncidentKind;
  status: IncidentStatus;
  /** Milliseconds since the epoch. */
  createdAt: number;
  agentName: string;
  playbookId: string;
  summary: string;
}

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
}

export const REAL_DATABASE = 'call-guide';

export type CallGuideDb = Dexie & {
  incidents: EntityTable<Incident, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  callBacks: EntityTable<CallBack, 'id'>;
};

export function openDatabase(name: string = REAL_DATABASE): CallGuideDb {
  // Strict durability: a commit means the data is on disk, not just in the OS cache
  // (Chrome defaults to relaxed since 121, which can lose the last writes in a crash).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CallGuideDb;
  db.version(1).stores({
    incidents: 'id, kind, status, createdAt, agentName',
    drafts: 'id',
    callBacks: 'id, status, dueAt',
  });
  return db;
}

/** The newest incidents first, one page at a time. */
export function listIncidents(db: CallGuideDb, limit = 50): Promise<Incident[]> {
  return db.incidents.orderBy('createdAt').reverse().limit(limit).toArray();
}
