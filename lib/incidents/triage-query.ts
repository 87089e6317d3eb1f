/**
 * Reading the list most serious first, and recording the police and ambulance details a team
 * leader triages by (lib/incidents/triage.ts says what each flag means).
 */
import type { CallGuideDb } from '../db';
import type { Authorities, Incident } from './record';
import type { IncidentFilter, PageKey } from './filter';
import { queryIncidents, type IncidentPage } from './query';
import { changeIncident, ReviewError } from './review';
import { seriousness } from './triage';

/** Sorting by seriousness reads the matches whole: beyond this many, the newest are sorted. */
export const SERIOUS_LIMIT = 5000;

export interface SeriousRequest {
  filter: IncidentFilter;
  after: PageKey | null;
  size: number;
  now: number;
}

/** One page of the matches, most serious first and newest first among equals. */
export async function seriousPage(db: CallGuideDb, request: SeriousRequest, limit = SERIOUS_LIMIT): Promise<IncidentPage & { capped: boolean }> {
  const read: Incident[] = [];
  let anchor: PageKey | null = null;
  let capped = false;
  for (;;) {
    const page = await queryIncidents(db, { filter: request.filter, order: 'newest', after: anchor, size: Math.min(1000, limit), now: request.now });
    read.push(...page.rows);
    anchor = page.rows.at(-1) ?? null;
    if (!page.hasMore || !anchor) break;
    if (read.length >= limit) {
      capped = true;
      break;
    }
  }
  const sorted = read.slice(0, limit).sort((a, b) => seriousness(b) - seriousness(a) || b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  const start = request.after ? sorted.findIndex((incident) => incident.id === request.after!.id) + 1 : 0;
  const rows = sorted.slice(start, start + request.size);
  return { rows, hasMore: start + request.size < sorted.length, total: capped ? null : sorted.length, capped };
}

/** Records the police informed and their (or the ambulance service's) reference, signed. */
export async function recordAuthorities(db: CallGuideDb, id: string, entry: Authorities): Promise<Incident> {
  const by = entry.by.trim();
  if (!by) throw new ReviewError('Type your name: the log records who reviewed.');
  const authorities: Authorities = { policeInformed: entry.policeInformed, reference: entry.reference.trim(), by, at: entry.at };
  return changeIncident(db, id, (incident) => ({ ...incident, authorities }));
}
