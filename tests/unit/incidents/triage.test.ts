import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import type { Incident } from '../../../lib/incidents/record';
import { agentSummary } from '../../../lib/incidents/agents';
import { assignFollowUp, pendingFollowUpList } from '../../../lib/incidents/assign';
import { NO_FILTER } from '../../../lib/incidents/filter';
import { createLogState } from '../../../lib/incidents/log-state';
import { queryIncidents } from '../../../lib/incidents/query';
import { loadReportDraft, saveReportDraft } from '../../../lib/incidents/report-draft';
import { getIncident, saveIncident } from '../../../lib/incidents/repository';
import { recordAuthorities, seriousPage } from '../../../lib/incidents/triage-query';
import { triageFlags, type TriageFlag } from '../../../lib/incidents/triage';
import { DAY, NOW } from '../../support/now';
import { freshDatabase } from './make-incident';
import { triageWeek } from './triage-week';

let db: CallGuideDb;
const [apologised, ended, suicide] = triageWeek(NOW) as [Incident, Incident, Incident];

beforeEach(async () => {
  db = freshDatabase();
  for (const incident of [apologised, ended, suicide]) await saveIncident(db, incident);
});
afterEach(async () => {
  await db.delete();
});

const filtered = (triage: TriageFlag) =>
  queryIncidents(db, { filter: { ...NO_FILTER, triage }, order: 'newest', after: null, size: 10, now: NOW }).then((page) => page.rows.map((r) => r.id));

describe('triage at a glance', () => {
  it('reads what happened from the record', () => {
    expect(triageFlags(apologised)).toEqual(['behaviour-stopped']);
    expect(triageFlags(ended)).toEqual(['call-ended']);
    expect(triageFlags(suicide)).toEqual(['emergency']);
  });

  it('filters by it, and the police informed once a team leader records it, with the reference', async () => {
    expect(await filtered('emergency')).toEqual(['suicide']);
    expect(await filtered('behaviour-stopped')).toEqual(['apologised']);
    expect(await filtered('police')).toEqual([]);
    await recordAuthorities(db, 'ended', { policeInformed: true, reference: ' CAD 1234 ', by: 'Alex Boyd', at: NOW });
    expect(await filtered('police')).toEqual(['ended']);
    // The agent saving the incident again keeps what the team leader recorded.
    await saveIncident(db, { ...ended, notes: 'Updated' });
    expect((await getIncident(db, 'ended'))?.authorities).toEqual({ policeInformed: true, reference: 'CAD 1234', by: 'Alex Boyd', at: NOW });
    await expect(recordAuthorities(db, 'ended', { policeInformed: false, reference: '', by: ' ', at: NOW })).rejects.toThrow(/Type your name/);
  });

  it('sorts the most serious first, a page at a time', async () => {
    const first = await seriousPage(db, { filter: NO_FILTER, after: null, size: 2, now: NOW });
    expect(first.rows.map((r) => r.id)).toEqual(['suicide', 'ended']);
    expect(first.hasMore).toBe(true);
    const next = await seriousPage(db, { filter: NO_FILTER, after: first.rows.at(-1)!, size: 2, now: NOW });
    expect(next.rows.map((r) => r.id)).toEqual(['apologised']);
    expect((await seriousPage(db, { filter: NO_FILTER, after: null, size: 10, now: NOW }, 2)).capped).toBe(true);
  });
});

describe('who did what', () => {
  it('assigns follow-ups to a team leader and lists "my follow-ups", soonest first', async () => {
    await assignFollowUp(db, 'suicide', 'welfare', ' Alex Boyd ');
    expect((await pendingFollowUpList(db)).map((p) => `${p.incident.id}/${p.followUp.id}`)).toEqual(['suicide/welfare', 'ended/ring']);
    expect((await pendingFollowUpList(db, { assignedTo: 'alex boyd' })).map((p) => p.incident.id)).toEqual(['suicide']);
    await saveIncident(db, { ...suicide, notes: 'Again' });
    expect((await getIncident(db, 'suicide'))?.followUps[0]?.assignedTo).toBe('Alex Boyd');
    await assignFollowUp(db, 'suicide', 'welfare', '');
    expect(await pendingFollowUpList(db, { assignedTo: 'Alex Boyd' })).toEqual([]);
  });

  it('counts each agent’s incidents by kind, follow-ups outstanding and overdue, and welfare debriefs owed', async () => {
    const rows = await agentSummary(db, { from: NOW - DAY, to: NOW + 1 }, NOW);
    expect(rows).toEqual([
      { agent: 'Dewi Rees', kinds: { 'abusive-call': 0, 'self-harm': 1 }, outstanding: 1, overdue: 1, welfareOwed: 1, welfareDone: 0 },
      { agent: 'Morag Innes', kinds: { 'abusive-call': 2, 'self-harm': 0 }, outstanding: 1, overdue: 0, welfareOwed: 0, welfareDone: 0 },
    ]);
    expect(await agentSummary(db, { from: NOW - 30 * DAY, to: NOW - 2 * DAY }, NOW)).toEqual([]);
  });
});

describe('the team leader’s work in progress', () => {
  it('remembers the name for the tab’s session', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    createLogState({ storage }).reviewer.value = 'Alex Boyd';
    expect(createLogState({ storage }).reviewer.value).toBe('Alex Boyd');
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(createLogState({ storage: refusing }).reviewer.value).toBe('');
  });

  it('keeps the Director’s report as a draft until it is cleared', async () => {
    await saveReportDraft(db, 'tel:01632960999', { recommendation: 'Mark the file', proposed: ['Office ban'] }, NOW);
    expect(await loadReportDraft(db, 'tel:01632960999')).toEqual({ recommendation: 'Mark the file', proposed: ['Office ban'] });
    await saveReportDraft(db, 'tel:01632960999', { recommendation: ' ', proposed: [] }, NOW);
    expect(await loadReportDraft(db, 'tel:01632960999')).toBeNull();
  });
});
