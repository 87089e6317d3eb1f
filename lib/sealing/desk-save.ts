/**
 * The panel's "Save incident": sealed to the team leaders' keys when sealing is on (the sealing
 * code is loaded then, not at start-up), as before when it is off.
 */
import type { CallGuideDb } from '../db';
import type { Incident } from '../incidents/record';
import { saveIncident } from '../incidents/repository';
import { managedArea } from '../settings/items';
import { readSealing } from './config';

export async function saveIncidentAsConfigured(db: CallGuideDb, incident: Incident, now: number, managed = managedArea): Promise<void> {
  const { recipients } = await readSealing(managed);
  if (recipients.length === 0) return saveIncident(db, incident);
  const { saveSealedIncident } = await import('./save');
  return saveSealedIncident(db, incident, recipients, now);
}

/**
 * Called when the incident form appears: when sealing is on, loads the sealing code and makes the
 * desk's sealing key while the agent is still typing, so the save itself pays for neither.
 */
export async function prepareDeskSealing(managed = managedArea): Promise<void> {
  const { recipients } = await readSealing(managed);
  if (recipients.length === 0) return;
  const { prepareSealing } = await import('./age');
  prepareSealing(recipients);
}
