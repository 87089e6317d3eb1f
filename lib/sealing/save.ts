/**
 * Saving an incident sealed. The age files are made before the transaction (IndexedDB commits a
 * transaction left waiting on anything else), then written in one strict transaction that checks
 * the stored record is still the one the sealing was based on, and otherwise seals again.
 */
import type { CallGuideDb } from '../db';
import type { Incident, StoredIncident } from '../incidents/record';
import { fromStored } from '../incidents/indexing';
import { keepTeamLeaderWork } from '../incidents/repository';
import { sealAgentUpdate, sealIncident } from './record';
import { isSealed } from './sealed-record';

const ATTEMPTS = 5;

/** Seals, then writes if the record has not changed meanwhile; says whether it was written. */
async function writeIfUnchanged(
  db: CallGuideDb,
  id: string,
  build: (existing: StoredIncident | undefined) => Promise<StoredIncident>,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = await db.incidents.get(id);
    const record = await build(before);
    const written = await db.transaction('rw', db.incidents, async () => {
      const now = await db.incidents.get(id);
      if (JSON.stringify(now) !== JSON.stringify(before)) return false;
      await db.incidents.put(record);
      return true;
    });
    if (written) return;
  }
  throw new Error('The incident kept changing while it was being sealed; try again.');
}

/** Saves an incident as the agent recorded it, sealed to the team leaders' keys. */
export async function saveSealedIncident(db: CallGuideDb, incident: Incident, recipients: readonly string[], now: number): Promise<void> {
  await writeIfUnchanged(db, incident.id, async (existing) => {
    if (existing && isSealed(existing)) return sealAgentUpdate(incident, existing, recipients, now);
    // Saved before sealing was on: the team leaders' work is kept as ever, and all of it sealed.
    const merged = existing ? keepTeamLeaderWork(incident, fromStored(existing)) : incident;
    return sealIncident(merged, recipients, now);
  });
}

/** Writes a record a team leader changed in the unlocked log, sealed; unchanged parts are reused. */
export { writeIfUnchanged };
