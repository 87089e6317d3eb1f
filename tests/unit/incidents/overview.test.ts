import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { dateSlices } from '../../../lib/incidents/dates';
import { followUpsDue, weekStarts, weeklyCounts } from '../../../lib/incidents/overview';
import { panelSummary } from '../../../lib/incidents/panel-summary';
import { saveIncident } from '../../../lib/incidents/repository';
import { DAY, followUp, freshDatabase, HOUR, makeIncident, MONDAY_14_00 } from './make-incident';

const NOW = MONDAY_14_00;
let db: CallGuideDb;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('date slices', () => {
  it('cut a span into consecutive pieces that cover it exactly', () => {
    expect(dateSlices(0, 10, 3)).toEqual([[0, 4], [4, 8], [8, 10]]);
    expect(dateSlices(5, 6, 24)).toEqual([[5, 6]]);
    expect(dateSlices(5, 5, 3)).toEqual([]);
  });
});

describe('the overview', () => {
  it('starts weeks on Monday at midnight, the last being this week', () => {
    const starts = weekStarts(NOW + 2 * DAY, 12);
    expect(starts).toHaveLength(12);
    expect(new Date(starts.at(-1)!)).toEqual(new Date(2026, 10, 30));
    expect(new Date(starts[0]!)).toEqual(new Date(2026, 8, 14));
  });

  it('counts incidents of each kind per week, open and reviewed alike', async () => {
    await saveIncident(db, makeIncident({ id: 'this-week', createdAt: NOW }));
    await saveIncident(db, makeIncident({ id: 'this-week-2', createdAt: NOW + DAY, kind: 'self-harm' }));
    await saveIncident(db, makeIncident({ id: 'last-sunday', createdAt: NOW - 14 * HOUR - 60_000, status: 'reviewed', review: { by: 'A', at: NOW, note: '' } }));
    await saveIncident(db, makeIncident({ id: 'too-old', createdAt: NOW - 100 * DAY }));
    const weeks = await weeklyCounts(db, NOW + DAY, 12);
    expect(weeks.at(-1)!.counts).toEqual({ 'abusive-call': 1, 'self-harm': 1 });
    expect(weeks.at(-2)!.counts).toEqual({ 'abusive-call': 1, 'self-harm': 0 });
    expect(weeks.slice(0, -2).every((w) => w.counts['abusive-call'] + w.counts['self-harm'] === 0)).toBe(true);
  });

  it('lists follow-ups overdue and due later today, soonest first; the panel gets the counts', async () => {
    await saveIncident(db, makeIncident({ id: 'overdue', createdAt: NOW - 2 * DAY, followUps: [followUp({ dueAt: NOW - HOUR })] }));
    await saveIncident(db, makeIncident({ id: 'later-today', createdAt: NOW - DAY, followUps: [followUp({ dueAt: NOW + 3 * HOUR })] }));
    await saveIncident(db, makeIncident({ id: 'tomorrow', createdAt: NOW - 3 * HOUR, followUps: [followUp({ dueAt: NOW + DAY })] }));
    await saveIncident(db, makeIncident({ id: 'done', createdAt: NOW - 3 * DAY, followUps: [followUp({ dueAt: NOW - DAY, doneAt: NOW - DAY })], status: 'reviewed', review: { by: 'A', at: NOW, note: '' } }));
    await saveIncident(db, makeIncident({ id: 'undated', createdAt: NOW - HOUR, kind: 'self-harm', followUps: [followUp({ id: 'discuss', kind: 'discuss' })] }));
    const due = await followUpsDue(db, NOW);
    expect(due.overdue.map((d) => d.incident.id)).toEqual(['overdue']);
    expect(due.today.map((d) => d.incident.id)).toEqual(['later-today']);

    const summary = await panelSummary(db, 3);
    expect(summary.open).toBe(4);
    expect(summary.dueTimes.sort()).toEqual([NOW - HOUR, NOW + 3 * HOUR, NOW + DAY]);
    expect(summary.latest.map((i) => i.id)).toEqual(['undated', 'tomorrow', 'later-today']);
  });
});
