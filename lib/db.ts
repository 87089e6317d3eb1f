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

export const REAL_DATABASE = 'call-guide';

export type CallGuideDb = Dexie & { incidents: EntityTable<Incident, 'id'> };

export function openDatabase(name: string = REAL_DATABASE): CallGuideDb {
  // Strict durability: a commit means the incident is on disk, not just in the OS cache
  // (Chrome defaults to relaxed since 121, which can lose the last writes in a crash).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CallGuideDb;
  db.version(1).stores({ incidents: 'id, kind, status, createdAt, agentName' });
  return db;
}

/** The newest incidents first, one page at a time. */
export function listIncidents(db: CallGuideDb, limit = 50): Promise<Incident[]> {
  return db.incidents.orderBy('createdAt').reverse().limit(limit).toArray();
}
