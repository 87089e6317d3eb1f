import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { dateSlices } from '../../../lib/incidents/dates';
import { followUpsDue, weekStarts, weeklyCounts } from '../../../lib/incidents/overview';
import { panelSummary } from '../../../lib/incidents/panel-summary';
import { saveIncident } from '../../../lib/incidents/repository';
import { atTime, DAY, dayStart, HOUR, NOW, week } from '../../support/now';
import { followUp, freshDatabase, makeIncident } from './make-incident';

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
    const starts = weekStarts(NOW, 12);
    expect(starts).toHaveLength(12);
    const monday = week().mon();
    expect(new Date(starts.at(-1)!)).toEqual(new Date(monday));
    expect(new Date(starts[0]!)).toEqual(new Date(dayStart(monday, -77)));
    expect(starts.every((start) => new Date(start).getDay() === 1)).toBe(true);
  });

  it('counts incidents of each kind per week, open and reviewed alike', async () => {
    const monday = week().mon();
    await saveIncident(db, makeIncident({ id: 'this-week', createdAt: monday }));
    await saveIncident(db, makeIncident({ id: 'this-week-2', createdAt: NOW, kind: 'self-harm' }));
    const lastSunday = atTime(monday, 23, 59, -1);
    await saveIncident(db, makeIncident({ id: 'last-sunday', createdAt: lastSunday, status: 'reviewed', review: { by: 'A', at: NOW, note: '' } }));
    await saveIncident(db, makeIncident({ id: 'too-old', createdAt: NOW - 100 * DAY }));
    const weeks = await weeklyCounts(db, NOW, 12);
    expect(weeks.at(-1)!.counts).toEqual({ 'abusive-call': 1, 'self-harm': 1 });
    expect(weeks.at(-2)!.counts).toEqual({ 'abusive-call': 1, 'self-harm': 0 });
    expect(weeks.slice(0, -2).every((w) => w.counts['abusive-call'] + w.counts['self-harm'] === 0)).toBe(true);
  });

  it('lists follow-ups overdue and due later today, soonest first; the panel gets the counts', async () => {
    // An afternoon, so that three hours on is still today.
    const T = week().mon(14);
    await saveIncident(db, makeIncident({ id: 'overdue', createdAt: T - 2 * DAY, followUps: [followUp({ dueAt: T - HOUR })] }));
    await saveIncident(db, makeIncident({ id: 'later-today', createdAt: T - DAY, followUps: [followUp({ dueAt: T + 3 * HOUR })] }));
    await saveIncident(db, makeIncident({ id: 'tomorrow', createdAt: T - 3 * HOUR, followUps: [followUp({ dueAt: T + DAY })] }));
    await saveIncident(db, makeIncident({ id: 'done', createdAt: T - 3 * DAY, followUps: [followUp({ dueAt: T - DAY, doneAt: T - DAY })], status: 'reviewed', review: { by: 'A', at: T, note: '' } }));
    await saveIncident(db, makeIncident({ id: 'undated', createdAt: T - HOUR, kind: 'self-harm', followUps: [followUp({ id: 'discuss', kind: 'discuss' })] }));
    const due = await followUpsDue(db, T);
    expect(due.overdue.map((d) => d.incident.id)).toEqual(['overdue']);
    expect(due.today.map((d) => d.incident.id)).toEqual(['later-today']);

    const summary = await panelSummary(db, 3);
    expect(summary.open).toBe(4);
    expect(summary.dueTimes.sort()).toEqual([T - HOUR, T + 3 * HOUR, T + DAY]);
    expect(summary.latest.map((i) => i.id)).toEqual(['undated', 'tomorrow', 'later-today']);
  });
});
