import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import type { Incident } from '../../../lib/incidents/record';
import { backupBlob, checkBackup, importIncidents, mergeIncident, planImport } from '../../../lib/incidents/backup';
import { BACKUP_FORMAT } from '../../../lib/incidents/backup-schema';
import { markCallBackDone, saveCallBack } from '../../../lib/call/call-backs';
import { openDatabase } from '../../../lib/db';
import { TRAINING_DATABASE } from '../../../lib/training/mode';
import { getIncident, saveIncident } from '../../../lib/incidents/repository';
import { DAY, NOW } from '../../support/now';
import { followUp, freshDatabase, makeIncident } from './make-incident';

let db: CallGuideDb;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const file = (incidents: unknown[], extra: object = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: new Date(NOW).toISOString(), count: incidents.length, incidents, ...extra });

async function roundTrip(text: string) {
  const checked = await checkBackup(text);
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return importIncidents(db, checked.incidents, undefined, checked.callBacks);
}

describe('an imported backup is taken as the guide would have stored it', () => {
  it('rebuilds the caller keys from the caller, so an edited file cannot hide an incident from subject access', async () => {
    const hidden = makeIncident({ id: 'hidden', caller: { name: 'Mr Black', phone: '01632 960999', reference: 'mhp 42' }, callerKeys: ['tel:000000'] });
    const checked = await checkBackup(file([hidden]), { now: NOW });
    expect(checked.ok && checked.incidents[0]!.callerKeys).toEqual(['tel:01632960999', 'ref:MHP42']);
    await roundTrip(file([hidden]));
    expect((await db.incidents.where('callerKeys').equals('tel:01632960999').primaryKeys())).toEqual(['hidden']);
  });

  it('refuses dates in the future beyond a day’s margin (a record dated in year 275,760 would never fall due for retention)', async () => {
    expect(await checkBackup(file([makeIncident({ createdAt: NOW + 3_600_000 })]), { now: NOW })).toMatchObject({ ok: true });
    const far = await checkBackup(file([makeIncident({ createdAt: 8_640_000_000_000_000, callStartedAt: 8_640_000_000_000_000 })]), { now: NOW });
    expect(far).toMatchObject({ ok: false, problems: [expect.stringMatching(/^Incident 1: createdAt is later than .*a backup holds only what has happened/)] });
    const review = await checkBackup(file([makeIncident({ status: 'reviewed', review: { by: 'X', at: NOW + 3 * DAY, note: '' } })]), { now: NOW });
    expect(review).toMatchObject({ ok: false, problems: [expect.stringContaining('review.at is later than')] });
  });

  it('marks a training backup, and a real log refuses it (and training refuses a real one)', async () => {
    const practice = file([makeIncident({ id: 'practice' })], { training: true });
    expect(await checkBackup(practice, { now: NOW })).toEqual({ ok: false, problems: [expect.stringContaining('This is a training backup')] });
    expect(await checkBackup(practice, { now: NOW, training: true })).toMatchObject({ ok: true });
    expect(await checkBackup(file([makeIncident({ id: 'real' })]), { now: NOW, training: true })).toEqual({
      ok: false,
      problems: [expect.stringContaining('This is a backup of the real incident log')],
    });
    const training = openDatabase(`${TRAINING_DATABASE}-${Math.random()}`);
    await saveIncident(training, makeIncident({ id: 'practice' }));
    expect(JSON.parse(await (await backupBlob(training, NOW)).blob.text()).training).toBe(true);
    expect(JSON.parse(await (await backupBlob(db, NOW)).blob.text()).training).toBe(false);
    await training.delete();
  });

  it('names each incident already in the log that it would change, and who the file says changed it', async () => {
    await saveIncident(db, makeIncident({ id: 'open-here', followUps: [followUp({ id: 'ring' })] }));
    const incoming = makeIncident({
      id: 'open-here',
      status: 'reviewed',
      review: { by: 'Anyone At All', at: NOW - DAY, note: '' },
      followUps: [followUp({ id: 'ring', doneAt: NOW - DAY, doneBy: 'Anyone At All', doneHow: 'rang' })],
    });
    const changes = await planImport(db, [incoming, makeIncident({ id: 'new-one' })]);
    expect(changes.map((c) => c.id)).toEqual(['open-here']);
    expect(changes[0]!.changes).toEqual([expect.stringMatching(/^marked reviewed by Anyone At All/), expect.stringMatching(/^follow-up recorded done by Anyone At All/)]);
  });
});

describe('the JSON backup', () => {
  it('carries the promised call-backs, and brings them back; one done on either side stays done', async () => {
    const promise = { createdAt: NOW - DAY, dueAt: NOW, agreedTime: '', promiseLabel: 'Within 24 hours', callerName: 'Mr Black', phone: '01632 960999', reason: 'Repair date' };
    await saveCallBack(db, { ...promise, id: 'cb-1' });
    await saveCallBack(db, { ...promise, id: 'cb-2' });
    await markCallBackDone(db, 'cb-2', NOW - 60_000);
    const text = await (await backupBlob(db, NOW)).blob.text();
    expect(JSON.parse(text).callBacks.map((c: { id: string }) => c.id).sort()).toEqual(['cb-1', 'cb-2']);

    await db.callBacks.clear();
    await saveCallBack(db, { ...promise, id: 'cb-2' });
    expect((await roundTrip(text)).callBacksAdded).toBe(1);
    expect(await db.callBacks.get('cb-1')).toMatchObject({ callerName: 'Mr Black', status: 'due' });
    expect(await db.callBacks.get('cb-2')).toMatchObject({ status: 'done', doneAt: NOW - 60_000 });

    const bad = JSON.parse(text);
    bad.callBacks[0].doneAt = 'yesterday';
    expect(await checkBackup(JSON.stringify(bad))).toMatchObject({ ok: false });
  });

  it('exports the whole log, versioned, and imports back to the same records without duplicates', async () => {
    const incidents = Array.from({ length: 2300 }, (_, i) => makeIncident({ id: `inc-${i}`, createdAt: NOW - i * 60_000, notes: `note ${i}` }));
    for (const incident of incidents.slice(0, 3)) await saveIncident(db, incident);
    await importIncidents(db, incidents.slice(3));
    const progress: number[] = [];
    const { blob, count } = await backupBlob(db, NOW, (read) => progress.push(read));
    expect(count).toBe(2300);
    expect(progress).toEqual([1000, 2000, 2300]);
    const text = await blob.text();
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: new Date(NOW).toISOString(), count: 2300 });
    expect(text).not.toContain('"words"');

    expect(await roundTrip(text)).toEqual({ added: 0, updated: 0, unchanged: 2300, callBacksAdded: 0 });
    expect(await db.incidents.count()).toBe(2300);
    await db.incidents.clear();
    expect(await roundTrip(text)).toEqual({ added: 2300, updated: 0, unchanged: 0, callBacksAdded: 0 });
    expect(await getIncident(db, 'inc-7')).toEqual(incidents[7]);
  }, 30_000);

  it('refuses a malformed file with a list of its problems, and writes nothing', async () => {
    await saveIncident(db, makeIncident({ id: 'kept' }));
    const good = makeIncident({ id: 'good' });
    const bad = { ...makeIncident({ id: 'bad' }), createdAt: 'yesterday', kind: 'rude-call' };
    const checked = await checkBackup(file([good, bad, good]));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toEqual([
      'Incident 2: kind: Invalid type: Expected ("abusive-call" | "self-harm") but received "rude-call"',
      'Incident 2: createdAt: Invalid type: Expected number but received "yesterday"',
      'Incident 3: the same id as incident 1 (good).',
    ]);
    expect(await db.incidents.count()).toBe(1);
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['another file', JSON.stringify({ hello: 'world' }), /not a call-guide incident log backup/],
    ['a newer format', file([], { version: 2 }), /version 2; this guide reads version 1/],
    ['cut short', file([makeIncident()], { count: 5 }), /says it holds 5 incidents but holds 1/],
    ['reviewed without a review', file([{ ...makeIncident(), status: 'reviewed' }]), /a reviewed incident needs its review/],
  ])('explains why it refuses %s', async (_name, text, problem) => {
    const checked = await checkBackup(text);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.join('\n')).toMatch(problem);
  });

  it('lists at most twenty problems and says how many more', async () => {
    const checked = await checkBackup(file(Array.from({ length: 30 }, (_, i) => ({ ...makeIncident({ id: `x${i}` }), agentName: 5 }))));
    expect(!checked.ok && checked.problems).toHaveLength(21);
    expect(!checked.ok && checked.problems.at(-1)).toBe('…and 10 more problems.');
  });

  it('reports progress while checking a large file', async () => {
    const progress: number[] = [];
    const checked = await checkBackup(file(Array.from({ length: 2500 }, (_, i) => makeIncident({ id: `p${i}` }))), {
      onProgress: (n) => progress.push(n),
      pause: async () => {},
    });
    expect(checked.ok).toBe(true);
    expect(progress).toEqual([1000, 2000, 2500]);
  });

  it('merges by id: nothing in the log is lost, and work recorded on either side is kept', async () => {
    const here: Incident = makeIncident({
      id: 'same',
      followUps: [followUp({ dueAt: NOW + DAY })],
      reviewNotes: [{ by: 'Alex', at: NOW + 10, note: 'Here' }],
    });
    const there: Incident = {
      ...here,
      summary: 'Changed elsewhere',
      status: 'reviewed',
      review: { by: 'Sam', at: NOW + 20, note: 'There' },
      reviewNotes: [{ by: 'Sam', at: NOW + 20, note: 'There' }],
      followUps: [followUp({ dueAt: NOW + DAY, doneAt: NOW + 5, doneBy: 'Sam', doneHow: 'wrote', doneNote: 'Letter sent' })],
    };
    const merged = mergeIncident(here, there);
    expect(merged.summary).toBe(here.summary);
    expect(merged).toMatchObject({ status: 'reviewed', review: { by: 'Sam' } });
    expect(merged.reviewNotes.map((n) => n.note)).toEqual(['Here', 'There']);
    expect(merged.followUps[0]).toMatchObject({ doneBy: 'Sam', doneHow: 'wrote' });
    expect(mergeIncident(merged, here)).toEqual(merged);

    await saveIncident(db, here);
    expect(await importIncidents(db, [there, makeIncident({ id: 'new' })])).toEqual({ added: 1, updated: 1, unchanged: 0, callBacksAdded: 0 });
    expect(await db.incidents.count()).toBe(2);
    expect((await db.incidents.get('same'))!.followUpDueAt).toBeUndefined();
  });
});
