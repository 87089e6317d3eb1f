/**
 * What a sealed incident keeps readable, and how to tell one apart. No cryptography here, so the
 * panel and the locked log can read sealed records without loading the sealing code.
 *
 * Readable without a key: id, kind, times, status, the follow-ups' labels, due dates and whether
 * they are done, the agent's name and the playbook. Everything else is in two age files: the
 * agent's record (`content`) and what team leaders added (`review`), each sealed when written.
 */
import type { CallGuideDb } from '../db';
import type { Incident } from '../incidents/record';

export interface SealedParts {
  v: 1;
  /** The incident as the agent recorded it, an armored age file. */
  content: string;
  /** When `content` was sealed, so that merging two copies keeps the newer. */
  contentAt: number;
  /** Review notes, the review, and how each follow-up was done; null until a team leader adds any. */
  review: string | null;
  reviewAt: number | null;
  /** When this version was last put in a sealed export file (agent desks export each once). */
  exportedAt?: number;
}

export type SealedIncident = Incident & { sealed: SealedParts };

export function isSealed(incident: Incident): incident is SealedIncident {
  const sealed = (incident as Partial<SealedIncident>).sealed;
  return typeof sealed === 'object' && sealed !== null && typeof sealed.content === 'string';
}

/** The readable shell of a sealed incident: the fields the desk needs, every other one empty. */
export function readableShell(incident: Incident): Incident {
  return {
    id: incident.id,
    kind: incident.kind,
    status: incident.status,
    createdAt: incident.createdAt,
    callStartedAt: incident.callStartedAt,
    callEndedAt: incident.callEndedAt,
    agentName: incident.agentName,
    playbookId: incident.playbookId,
    summary: '',
    caller: { name: '', phone: '', reference: '' },
    callerKeys: [],
    location: '',
    steps: [],
    timeline: [],
    warnings: [],
    answers: [],
    checklist: [],
    route: null,
    referralsGiven: [],
    colleagueAlertedAt: null,
    emergencyCalledAt: null,
    outcome: '',
    followUps: incident.followUps.map((f) => ({ ...f, doneBy: null, doneHow: null, doneNote: '' })),
    notes: '',
    reviewNotes: [],
    review: null,
  };
}

/** How many incidents are still readable by anyone at the desk. */
export function countUnsealed(db: CallGuideDb): Promise<number> {
  return db.incidents.filter((record) => !isSealed(record)).count();
}

/** How many sealed incidents have not been put in an export file yet. */
export function countNotExported(db: CallGuideDb): Promise<number> {
  return db.incidents.filter((record) => isSealed(record) && !record.sealed.exportedAt).count();
}
