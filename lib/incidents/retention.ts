/**
 * Retention: reviewed incidents older than the retention period are deleted, and only those, when
 * the team leader confirms, after being offered an export. Open incidents are kept whatever their
 * age until someone reviews them.
 */
import type { CallGuideDb } from '../db';
import { INCIDENT_KINDS, type Incident, type StoredIncident } from './record';
import { fromStored } from './indexing';
import { addMonths, dateSlices, endOfDay, monthsBefore } from './dates';

const DAY = 86_400_000;
/** How far ahead the log says what falls due next. */
export const LOOK_AHEAD_DAYS = 30;

export interface RetentionPreview {
  months: number;
  /** Incidents recorded before this moment are past retention. */
  cutoff: number;
  /** Reviewed and past retention: what "Delete" deletes. */
  dueIds: string[];
  /** Reviewed, and past retention within the next LOOK_AHEAD_DAYS days. */
  upcoming: number;
  /** When the next reviewed incident passes retention, if any does. */
  nextDueAt: number | null;
  /** Past retention but open: kept until reviewed. */
  openPastRetention: number;
}

/**
 * The one cutoff of retention: incidents recorded before it are past the period. The preview, the
 * deletion and "falls due on" all take it from here, so what is counted is what is deleted.
 * Calendar months, clamped to the shorter month's last day (31 March less a month is the end of
 * February, never 3 March).
 */
export const retentionCutoff = (now: number, months: number): number => monthsBefore(now, months);

function reviewedBetween(db: CallGuideDb, from: number, to: number) {
  return INCIDENT_KINDS.map((kind) =>
    db.incidents.where('[kind+status+createdAt+id]').between([kind, 'reviewed', from, -Infinity], [kind, 'reviewed', to, -Infinity]),
  );
}

/**
 * The reviewed incidents recorded before the cutoff, read a date slice at a time: at the first
 * run of a long-kept log they can be most of it, and one long read would hold up every other.
 */
async function dueForDeletion(db: CallGuideDb, cutoff: number): Promise<string[]> {
  const first = await db.incidents.orderBy('createdAt').limit(1).keys();
  if (first.length === 0) return [];
  const ids: string[] = [];
  for (const [from, to] of dateSlices(Number(first[0]), cutoff, 24)) {
    for (const keys of await Promise.all(reviewedBetween(db, from, to).map((c) => c.primaryKeys()))) ids.push(...keys);
  }
  return ids;
}

/**
 * When an incident recorded at `recorded` passes retention: the first moment the cutoff
 * (`retentionCutoff`) is after it. Usually
 * the same wall time `months` later; but one recorded on a day the later month lacks (31 January,
 * a month on) is passed only when that shorter month is over, not on its last day.
 */
function passesRetentionAt(recorded: number, months: number): number {
  const at = addMonths(recorded, months);
  return retentionCutoff(at, months) < recorded ? endOfDay(at) : at;
}

export async function previewRetention(db: CallGuideDb, now: number, months: number): Promise<RetentionPreview> {
  const cutoff = retentionCutoff(now, months);
  const ahead = retentionCutoff(now + LOOK_AHEAD_DAYS * DAY, months);
  const [due, upcoming, next, open] = await Promise.all([
    dueForDeletion(db, cutoff),
    Promise.all(reviewedBetween(db, cutoff, ahead).map((c) => c.count())),
    Promise.all(reviewedBetween(db, cutoff, Infinity).map((c) => c.first())),
    Promise.all(
      INCIDENT_KINDS.map((kind) =>
        db.incidents.where('[kind+status+createdAt+id]').between([kind, 'open', -Infinity, -Infinity], [kind, 'open', cutoff, -Infinity]).count(),
      ),
    ),
  ]);
  const firstNext = next.filter((r): r is StoredIncident => r !== undefined).map((r) => r.createdAt);
  const nextDueAt = firstNext.length ? passesRetentionAt(Math.min(...firstNext), months) : null;
  return {
    months,
    cutoff,
    dueIds: due,
    upcoming: upcoming.reduce((a, b) => a + b, 0),
    nextDueAt,
    openPastRetention: open.reduce((a, b) => a + b, 0),
  };
}

/** The incidents a deletion would remove, to export first. */
export async function incidentsByIds(db: CallGuideDb, ids: readonly string[]): Promise<Incident[]> {
  const records = await db.incidents.bulkGet([...ids]);
  return records.filter((r): r is StoredIncident => r !== undefined).map(fromStored);
}

/**
 * Deletes the incidents the preview listed that are still reviewed and past retention now (one
 * reopened meanwhile is kept). Returns how many were deleted.
 */
export async function deleteExpired(db: CallGuideDb, ids: readonly string[], now: number, months: number): Promise<number> {
  const cutoff = retentionCutoff(now, months);
  return db.transaction('rw', db.incidents, async () => {
    const records = await db.incidents.bulkGet([...ids]);
    const expired = records.filter((r): r is StoredIncident => r !== undefined && r.status === 'reviewed' && r.createdAt < cutoff).map((r) => r.id);
    await db.incidents.bulkDelete(expired);
    return expired.length;
  });
}
