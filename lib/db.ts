/**
 * The one module that owns the IndexedDB schema (Dexie). Every schema change is a new
 * `version()` with an `upgrade()` and a test on data of the previous version.
 */
import { Dexie, type EntityTable } from 'dexie';

export type IncidentKind = 'abusive-call' | 'self-harm';
export type IncidentStatus = 'open' | 'reviewed';

/** A follow-up owed after an incident, e.g. Moray's line-manager call within 24 hours (AB-12). */
export interface FollowUp {
  id: string;
  kind: 'ring' | 'write' | 'discuss';
  label: string;
  dueAt: number | null;
  doneAt: number | null;
}

/**
 * An incident, built from the call's timeline when a protocol ends. Only what the standards ask
 * for is kept; the caller's name and location are optional.
 */
export interface Incident {
  id: string;
  kind: IncidentKind;
  status: IncidentStatus;
  /** Milliseconds since the epoch. */
  createdAt: number;
  callStartedAt: number;
  callEndedAt: number | null;
  agentName: string;
  playbookId: string;
  summary: string;
  caller: { name: string; phone: string; reference: string };
  /** Normalised phone digits and reference, to recognise the same caller again (AB-13, AB-14). */
  callerKeys: string[];
  location: string;
  /** Each step done, with when. */
  steps: { id: string; title: string; at: number }[];
  warnings: number[];
  answers: { id: string; label: string; value: string }[];
  checklist: string[];
  route: 'non-urgent' | 'emergency' | null;
  referralsGiven: string[];
  colleagueAlertedAt: number | null;
  emergencyCalledAt: number | null;
  outcome: string;
  followUps: FollowUp[];
  notes: string;
  review: { by: string; at: number; note: string } | null;
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
  return db;
}

/** The newest incidents first, one page at a time. */
export function listIncidents(db: CallGuideDb, limit = 50): Promise<Incident[]> {
  return db.incidents.orderBy('createdAt').reverse().limit(limit).toArray();
}
