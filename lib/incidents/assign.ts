/**
 * Follow-ups assigned to a named team leader, and the ones still to do across the log: "my
 * follow-ups" and the per-agent view read these.
 */
import type { CallGuideDb } from '../db';
import type { FollowUp, Incident } from './record';
import { fromStored } from './indexing';
import { changeIncident, ReviewError } from './review';

/** Assigns a follow-up to a team leader by name; an empty name takes the assignment off. */
export async function assignFollowUp(db: CallGuideDb, id: string, followUpId: string, to: string): Promise<Incident> {
  const name = to.trim();
  return changeIncident(db, id, (incident) => {
    if (!incident.followUps.some((f) => f.id === followUpId)) throw new ReviewError('That follow-up is not on this incident.');
    return {
      ...incident,
      followUps: incident.followUps.map((f) => {
        if (f.id !== followUpId) return f;
        const { assignedTo: _previous, ...rest } = f;
        return name ? { ...rest, assignedTo: name } : rest;
      }),
    };
  });
}

export interface PendingFollowUp {
  incident: Incident;
  followUp: FollowUp;
}

/**
 * Every follow-up not done yet, soonest due first (undated last), read through the follow-up index,
 * which holds only incidents with one still to do.
 */
export async function pendingFollowUpList(db: CallGuideDb, options: { assignedTo?: string } = {}): Promise<PendingFollowUp[]> {
  const records = await db.incidents.where('followUpDueAt').belowOrEqual(Infinity).toArray();
  const name = options.assignedTo?.trim().toLowerCase();
  return records
    .map(fromStored)
    .flatMap((incident) => incident.followUps.filter((f) => f.doneAt === null).map((followUp) => ({ incident, followUp })))
    .filter(({ followUp }) => !name || followUp.assignedTo?.trim().toLowerCase() === name)
    .sort((a, b) => (a.followUp.dueAt ?? Infinity) - (b.followUp.dueAt ?? Infinity) || a.incident.createdAt - b.incident.createdAt);
}

export const assignedLabel = (followUp: FollowUp) => (followUp.assignedTo ? `Assigned to ${followUp.assignedTo}.` : 'Not assigned.');
