/**
 * Reading and writing incidents. Writes go through the database's strict durability, so a saved
 * incident is on disk when the promise resolves.
 */
import type { CallGuideDb, Incident } from '../db';

export async function saveIncident(db: CallGuideDb, incident: Incident): Promise<void> {
  await db.incidents.put(incident);
}

/**
 * Abusive calls that ended with the caller's follow-up still pending, for any of these caller
 * keys: the guide says so when the same caller rings back (AB-13).
 */
export async function pendingFollowUps(db: CallGuideDb, keys: readonly string[]): Promise<Incident[]> {
  if (keys.length === 0) return [];
  const matches = await db.incidents.where('callerKeys').anyOf([...keys]).distinct().toArray();
  return matches
    .filter(
      (incident) =>
        incident.kind === 'abusive-call' &&
        incident.outcome === 'call-ended' &&
        incident.followUps.some((followUp) => followUp.kind !== 'discuss' && followUp.doneAt === null),
    )
    .sort((a, b) => b.createdAt - a.createdAt);
}
