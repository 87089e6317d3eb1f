/**
 * The incident record: what is kept of a safeguarding protocol's call, as the incident log reads
 * it and the database stores it. A module of its own, so the database (lib/db.ts) and the
 * incident code that derives, upgrades and words records both depend on it, not on each other.
 */

export type IncidentKind = 'abusive-call' | 'self-harm';
export type IncidentStatus = 'open' | 'reviewed';
export const INCIDENT_KINDS: readonly IncidentKind[] = ['abusive-call', 'self-harm'];
export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['open', 'reviewed'];

/** How a follow-up was done, as the team leader records it. */
export type FollowUpMethod = 'rang' | 'wrote' | 'discussed';

/** A follow-up owed after an incident, e.g. Moray's line-manager call within 24 hours (AB-12). */
export interface FollowUp {
  id: string;
  /** 'welfare': the agent's own debrief after a hard call (lib/incidents/welfare.ts). */
  kind: 'ring' | 'write' | 'discuss' | 'welfare';
  label: string;
  dueAt: number | null;
  doneAt: number | null;
  /** Who recorded it done, how it was done and what came of it (version 3). */
  doneBy: string | null;
  doneHow: FollowUpMethod | null;
  doneNote: string;
  /** The team leader it is assigned to ("my follow-ups"); absent when nobody has it yet. */
  assignedTo?: string;
}

/** What the team leader records about the police or ambulance: informed, and their reference. */
export interface Authorities {
  policeInformed: boolean;
  /** The police or ambulance reference (an incident or log number), as given. */
  reference: string;
  by: string;
  at: number;
}

/** A team leader's note on an incident, and the mark that it has been reviewed: who and when. */
export interface ReviewNote {
  by: string;
  at: number;
  note: string;
}

/** One moment of the call, worded when the incident was recorded so it reads the same later. */
export interface IncidentEvent {
  at: number;
  type: string;
  label: string;
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
  /** The call's moments from its start to the protocol's end (version 3). */
  timeline: IncidentEvent[];
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
  /** Notes team leaders added while reviewing, oldest first (version 3). */
  reviewNotes: ReviewNote[];
  /** Set when a team leader marks the incident reviewed. */
  review: ReviewNote | null;
  /** Police informed and the police or ambulance reference, when a team leader has recorded them. */
  authorities?: Authorities;
}

/**
 * An incident as stored: with the fields only indexes read, derived from the record on every
 * write (lib/incidents/indexing.ts) and never exported.
 */
export interface StoredIncident extends Incident {
  /** Normalised words of the free text, each with the date after it, for search (a multi-entry index). */
  words: string[];
  /**
   * When the earliest follow-up still to do is due; Infinity when none has a deadline; absent
   * when none is pending, so the index holds only incidents with a follow-up to do.
   */
  followUpDueAt?: number;
}
