/**
 * What the panel shows of the log: how many incidents are open, the follow-ups still to do (the
 * panel counts the overdue ones against its own clock), and the latest few. No Dexie import here:
 * the panel loads the database after its first paint.
 */
import type { CallGuideDb } from '../db';
import type { Incident } from './record';
import { fromStored } from './indexing';

export interface PanelSummary {
  open: number;
  /** Deadlines of follow-ups not yet done. */
  dueTimes: number[];
  latest: Incident[];
}

export async function panelSummary(db: CallGuideDb, latest = 5): Promise<PanelSummary> {
  const [abusive, selfHarm, pending, recent] = await Promise.all([
    db.incidents.where('[kind+status+createdAt+id]').between(['abusive-call', 'open', -Infinity, -Infinity], ['abusive-call', 'open', Infinity, -Infinity]).count(),
    db.incidents.where('[kind+status+createdAt+id]').between(['self-harm', 'open', -Infinity, -Infinity], ['self-harm', 'open', Infinity, -Infinity]).count(),
    db.incidents.where('followUpDueAt').below(Infinity).toArray(),
    db.incidents.orderBy('createdAt').reverse().limit(latest).toArray(),
  ]);
  const dueTimes = pending.flatMap((incident) => incident.followUps.filter((f) => f.doneAt === null && f.dueAt !== null).map((f) => f.dueAt!));
  return { open: abusive + selfHarm, dueTimes, latest: recent.map(fromStored) };
}
