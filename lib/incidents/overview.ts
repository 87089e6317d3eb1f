/**
 * The overview: incidents of each kind per week for the last weeks, counted through the index
 * without reading records, and the follow-ups due today or overdue.
 */
import type { CallGuideDb } from '../db';
import { INCIDENT_KINDS, INCIDENT_STATUSES, type FollowUp, type Incident, type IncidentKind } from './record';
import { endOfDay, startOfDay } from './dates';
import { fromStored } from './indexing';

const DAY = 86_400_000;

export interface WeekCount {
  /** Monday 00:00, local time. */
  start: number;
  counts: Record<IncidentKind, number>;
}

/** The Mondays starting the last `weeks` weeks, oldest first; the last is this week's. */
export function weekStarts(now: number, weeks: number): number[] {
  const today = new Date(startOfDay(now));
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
  return Array.from({ length: weeks }, (_, i) => {
    const start = new Date(monday);
    start.setDate(monday.getDate() - 7 * (weeks - 1 - i));
    return start.getTime();
  });
}

export async function weeklyCounts(db: CallGuideDb, now: number, weeks = 12): Promise<WeekCount[]> {
  const starts = weekStarts(now, weeks);
  return Promise.all(
    starts.map(async (start, i) => {
      // Local midnight a week on (not start + 7 days, which is an hour out across a clock change).
      const end = starts[i + 1] ?? startOfDay(start + 7 * DAY + DAY / 2);
      const entries = await Promise.all(
        INCIDENT_KINDS.map(async (kind) => {
          const perStatus = await Promise.all(
            INCIDENT_STATUSES.map((status) =>
              db.incidents.where('[kind+status+createdAt+id]').between([kind, status, start, -Infinity], [kind, status, end, -Infinity]).count(),
            ),
          );
          return [kind, perStatus.reduce((a, b) => a + b, 0)] as const;
        }),
      );
      return { start, counts: Object.fromEntries(entries) as Record<IncidentKind, number> };
    }),
  );
}

export interface DueFollowUp {
  incident: Incident;
  followUp: FollowUp;
}

/** Follow-ups not done whose deadline is before the end of today, soonest first. */
export async function followUpsDue(db: CallGuideDb, now: number): Promise<{ overdue: DueFollowUp[]; today: DueFollowUp[] }> {
  const records = await db.incidents.where('followUpDueAt').below(endOfDay(now)).toArray();
  const due = records
    .map(fromStored)
    .flatMap((incident) =>
      incident.followUps
        .filter((f) => f.doneAt === null && f.dueAt !== null && f.dueAt < endOfDay(now))
        .map((followUp) => ({ incident, followUp })),
    )
    .sort((a, b) => a.followUp.dueAt! - b.followUp.dueAt!);
  return { overdue: due.filter((d) => d.followUp.dueAt! < now), today: due.filter((d) => d.followUp.dueAt! >= now) };
}
