/**
 * Reading and writing incidents. Writes go through the database's strict durability, so a saved
 * incident is on disk when the promise resolves, and every write derives the indexed fields.
 */
import type { CallGuideDb } from '../db';
import type { Incident } from './record';
import { fromStored, toStored } from './indexing';
import { isSealed } from '../sealing/sealed-record';
import { awaitsRingBack, hasPendingCallerFollowUp } from '../sealing/ring-back';

/**
 * Saves an incident as the agent recorded it. Saving again ("Update incident") keeps what is not
 * the agent's to change: when it was first recorded, the follow-up deadlines set then, and
 * anything a team leader has already added.
 */
export async function saveIncident(db: CallGuideDb, incident: Incident): Promise<void> {
  await db.transaction('rw', db.incidents, async () => {
    const existing = await db.incidents.get(incident.id);
    await db.incidents.put(toStored(existing ? keepTeamLeaderWork(incident, fromStored(existing)) : incident));
  });
}

export function keepTeamLeaderWork(update: Incident, existing: Incident): Incident {
  return {
    ...update,
    createdAt: existing.createdAt,
    status: existing.status,
    review: existing.review,
    reviewNotes: existing.reviewNotes,
    ...(existing.authorities ? { authorities: existing.authorities } : {}),
    followUps: update.followUps.map((followUp) => {
      const before = existing.followUps.find((f) => f.id === followUp.id);
      return before ? { ...followUp, dueAt: before.dueAt, doneAt: before.doneAt, doneBy: before.doneBy, doneHow: before.doneHow, doneNote: before.doneNote, ...(before.assignedTo ? { assignedTo: before.assignedTo } : {}) } : followUp;
    }),
  };
}

export async function getIncident(db: CallGuideDb, id: string): Promise<Incident | undefined> {
  const stored = await db.incidents.get(id);
  return stored && fromStored(stored);
}

/**
 * Abusive calls that ended with the caller's follow-up still pending, for any of these caller
 * keys: the guide says so when the same caller rings back (AB-13). A sealed incident is found by
 * its ring-back keys (`hashed`, lib/sealing/ring-back.ts), which it keeps only while so pending.
 */
export async function pendingFollowUps(db: CallGuideDb, keys: readonly string[], hashed: readonly string[] = []): Promise<Incident[]> {
  if (keys.length === 0) return [];
  const matches = await db.incidents.where('callerKeys').anyOf([...keys, ...hashed]).distinct().toArray();
  return matches
    .filter((incident) => (isSealed(incident) ? true : awaitsRingBack(incident)) && hasPendingCallerFollowUp(incident))
    .sort((a, b) => b.createdAt - a.createdAt);
}
