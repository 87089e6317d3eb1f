import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { queryIncidents } from '../../../lib/incidents/query';
import { NO_FILTER } from '../../../lib/incidents/filter';
import { NOW } from '../../support/now';

const T = NOW;

/** Incidents as version 2 of the guide wrote them: no timeline, review notes or follow-up details. */
const v2Records = [
  {
    id: 'call-1-abusive-call',
    kind: 'abusive-call',
    status: 'open',
    createdAt: T,
    callStartedAt: T - 300_000,
    callEndedAt: T - 60_000,
    agentName: 'Morag Innes',
    playbookId: 'moray',
    summary: 'Abusive call: 1 warning (13:56); the call was ended.',
    caller: { name: 'Mr Black', phone: '01632 960999', reference: 'MHP-42' },
    callerKeys: ['tel:01632960999', 'ref:MHP-42'],
    location: '',
    steps: [
      { id: 'ab-cannot-help', title: "Say you can't help like this", at: T - 240_000 },
      { id: 'ab-end-call', title: 'End the call', at: T - 60_000 },
    ],
    warnings: [T - 240_000],
    answers: [{ id: 'ab-caller-words', label: "The caller's exact words", value: 'I know where your office is' }],
    checklist: [],
    route: null,
    referralsGiven: [],
    colleagueAlertedAt: null,
    emergencyCalledAt: null,
    outcome: 'call-ended',
    followUps: [{ id: 'ring', kind: 'ring', label: 'Line manager rings the caller within 24 hours (AB-12)', dueAt: T + 86_400_000, doneAt: null }],
    notes: 'Threatened to come to the office.',
    review: null,
  },
  {
    id: 'call-2-self-harm',
    kind: 'self-harm',
    status: 'reviewed',
    createdAt: T - 86_400_000,
    callStartedAt: T - 86_700_000,
    callEndedAt: null,
    agentName: 'Rhian Jones',
    playbookId: 'carmarthenshire-communities',
    summary: 'Caller declared intent to self-harm: referral advice given.',
    caller: { name: '', phone: '', reference: '' },
    callerKeys: [],
    location: 'At home',
    steps: [],
    warnings: [],
    answers: [],
    checklist: [],
    route: 'non-urgent',
    referralsGiven: ['samaritans'],
    colleagueAlertedAt: T - 86_600_000,
    emergencyCalledAt: null,
    outcome: 'non-urgent',
    followUps: [{ id: 'discuss', kind: 'discuss', label: 'Discuss with your line manager (SH-6)', dueAt: null, doneAt: T - 80_000_000 }],
    notes: '',
    review: { by: 'Alex Boyd', at: T - 3_600_000, note: 'Handled well.' },
  },
];

async function makeVersion2Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ incidents: 'id, kind, status, createdAt, agentName', drafts: 'id', callBacks: 'id, status, dueAt' });
  old.version(2).stores({ incidents: 'id, kind, status, createdAt, agentName, *callerKeys' });
  await old.table('incidents').bulkPut(v2Records);
  await old.table('drafts').put({ id: 'live-call', savedAt: T, data: { kept: true } });
  old.close();
}

let db: CallGuideDb;
afterEach(async () => {
  await db.delete();
});

describe('upgrading the database from version 2 to 3', () => {
  it('keeps every record and draft, and fills the new fields from what the old record says', async () => {
    const name = `upgrade-${Math.random()}`;
    await makeVersion2Database(name);
    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.incidents.count()).toBe(2);
    expect(await db.drafts.get('live-call')).toEqual({ id: 'live-call', savedAt: T, data: { kept: true } });

    const abusive = (await db.incidents.get('call-1-abusive-call'))!;
    expect(abusive).toMatchObject({ ...v2Records[0], followUps: [{ ...v2Records[0]!.followUps[0], doneBy: null, doneHow: null, doneNote: '' }] });
    expect(abusive.reviewNotes).toEqual([]);
    expect(abusive.timeline.map((event) => event.label)).toEqual([
      'Call started',
      "Warning given: Say you can't help like this",
      'Done: End the call',
      'Call ended',
    ]);
    expect(abusive.followUpDueAt).toBe(T + 86_400_000);

    const selfHarm = (await db.incidents.get('call-2-self-harm'))!;
    expect(selfHarm.review).toEqual({ by: 'Alex Boyd', at: T - 3_600_000, note: 'Handled well.' });
    expect(selfHarm.followUpDueAt).toBeUndefined();
    expect(selfHarm.timeline.map((event) => event.label)).toEqual(['Call started', 'Support partner alerted']);
  });

  it('makes old records findable by the new indexes: search, status and follow-ups', async () => {
    const name = `upgrade-${Math.random()}`;
    await makeVersion2Database(name);
    db = openDatabase(name);
    const page = (filter: Partial<typeof NO_FILTER>) =>
      queryIncidents(db, { filter: { ...NO_FILTER, ...filter }, order: 'newest', after: null, size: 10, now: T }).then((p) => p.rows.map((r) => r.id));
    expect(await page({})).toEqual(['call-1-abusive-call', 'call-2-self-harm']);
    expect(await page({ text: 'office' })).toEqual(['call-1-abusive-call']);
    expect(await page({ text: 'handled' })).toEqual(['call-2-self-harm']);
    expect(await page({ status: 'reviewed' })).toEqual(['call-2-self-harm']);
    expect(await page({ followUp: 'pending' })).toEqual(['call-1-abusive-call']);
  });
});
