import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { NO_FILTER } from '../../../lib/incidents/filter';
import { queryIncidents } from '../../../lib/incidents/query';
import { getIncident, pendingFollowUps, saveIncident } from '../../../lib/incidents/repository';
import { addReviewNote, markReviewed } from '../../../lib/incidents/review';
import type { UnlockedKey } from '../../../lib/sealing/age';
import { ringBackKeys } from '../../../lib/sealing/ring-back';
import { saveSealedIncident } from '../../../lib/sealing/save';
import { isSealed } from '../../../lib/sealing/sealed-record';
import { toStored } from '../../../lib/incidents/indexing';
import { unlockLog, type UnlockedLog } from '../../../lib/sealing/unlocked';
import { DAY, NOW } from '../../support/now';
import { followUp, freshDatabase, makeIncident } from '../incidents/make-incident';
import { makeKeys } from './keys';

let leader: UnlockedKey;
let deputy: UnlockedKey;
let stranger: UnlockedKey;
beforeAll(async () => ({ leader, deputy, stranger } = await makeKeys()));

let db: CallGuideDb;
let unlocked: UnlockedLog | null = null;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  unlocked?.close();
  unlocked = null;
  await db.delete();
});

const threat = makeIncident({ id: 'a', notes: 'He said he would wait outside the depot', followUps: [followUp({ dueAt: NOW + DAY })] });
/** Unlocked, with the log in memory filled (as every view but the list waits for). */
const unlock = async (key: UnlockedKey) => {
  unlocked = await unlockLog(db, key, { recipients: async () => [leader.recipient], now: () => NOW });
  await unlocked.ready;
  return unlocked;
};
const search = (on: CallGuideDb, text: string) =>
  queryIncidents(on, { filter: { ...NO_FILTER, text }, order: 'newest', after: null, size: 10, now: NOW }).then((page) => page.rows.map((row) => row.id));

describe('saving sealed', () => {
  it('writes nothing typed to disk, keeps the list fields, and still recognises a ring-back', async () => {
    await saveSealedIncident(db, threat, [leader.recipient], NOW);
    const raw = JSON.stringify(await db.incidents.get('a'));
    expect(raw).not.toContain('depot');
    expect(raw).not.toContain('01632');
    expect(await search(db, 'depot')).toEqual([]);
    const found = await pendingFollowUps(db, threat.callerKeys, await ringBackKeys(threat.callerKeys));
    expect(found.map((incident) => incident.id)).toEqual(['a']);
    expect(await pendingFollowUps(db, ['tel:01632000000'], await ringBackKeys(['tel:01632000000']))).toEqual([]);
  });

  it("an agent's update keeps what the team leader added", async () => {
    await saveSealedIncident(db, threat, [leader.recipient], NOW);
    const log = await unlock(leader);
    await markReviewed(log.db, 'a', { by: 'Alex Boyd', at: NOW, note: 'Spoke to the depot manager' });
    await log.settled();
    await saveSealedIncident(db, { ...threat, notes: 'He said he would wait outside the depot. Added: he named the street.' }, [leader.recipient], NOW + 1);
    log.close();
    const again = await unlock(leader);
    expect(await getIncident(again.db, 'a')).toMatchObject({ status: 'reviewed', notes: expect.stringContaining('named the street'), review: { by: 'Alex Boyd' } });
  });
});

describe('the unlocked log', () => {
  it('searches and filters in memory, and seals what the team leader adds', async () => {
    await saveSealedIncident(db, threat, [leader.recipient, deputy.recipient], NOW);
    await saveIncident(db, makeIncident({ id: 'plain', createdAt: NOW - DAY, notes: 'Recorded before sealing: depot' }));
    const log = await unlock(deputy);
    expect(await search(log.db, 'depot')).toEqual(['a', 'plain']);
    await addReviewNote(log.db, 'a', { by: 'Sam Reid', at: NOW, note: 'Police informed by phone' });
    await log.settled();
    const stored = (await db.incidents.get('a'))!;
    expect(isSealed(stored)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('Police');
    log.close();
    expect((await getIncident((await unlock(leader)).db, 'a'))!.reviewNotes[0]!.note).toBe('Police informed by phone');
  });

  it('keeps an incident findable by its words after a change made in place (the log in memory holds no words)', async () => {
    await saveSealedIncident(db, threat, [leader.recipient], NOW);
    const log = await unlock(leader);
    expect((await log.db.incidents.get('a'))!.words).toBeUndefined();
    await log.db.incidents.update('a', { status: 'reviewed' });
    expect(await search(log.db, 'depot')).toEqual(['a']);
    const reviewed = await queryIncidents(log.db, { filter: { ...NO_FILTER, status: 'reviewed', text: 'outside' }, order: 'newest', after: null, size: 10, now: NOW });
    expect(reviewed.rows.map((row) => row.id)).toEqual(['a']);
    await log.settled();
  });

  it("reuses the agent's sealed record as it was when a team leader adds notes, sealing only what was added", async () => {
    await saveSealedIncident(db, threat, [leader.recipient], NOW);
    const sealedParts = async () => {
      const record = (await db.incidents.get('a'))!;
      if (!isSealed(record)) throw new Error('not sealed');
      return record.sealed;
    };
    const agentPart = (await sealedParts()).content;
    const log = await unlock(leader);
    await addReviewNote(log.db, 'a', { by: 'Sam Reid', at: NOW, note: 'Police informed by phone' });
    await log.settled();
    const first = await sealedParts();
    expect(first.content).toBe(agentPart);
    expect(first.review).not.toBeNull();
    await addReviewNote(log.db, 'a', { by: 'Sam Reid', at: NOW, note: 'Caller rang back, calmer' });
    await log.settled();
    const second = await sealedParts();
    expect(second.content).toBe(agentPart);
    expect(second.review).not.toBe(first.review);
    log.close();
    expect((await getIncident((await unlock(leader)).db, 'a'))!.reviewNotes.map((note) => note.note)).toEqual(['Police informed by phone', 'Caller rang back, calmer']);
  });

  it('lists and searches as soon as it is unlocked; the log in memory fills behind, and keeps a change made meanwhile', async () => {
    await saveSealedIncident(db, threat, [leader.recipient], NOW);
    // Three hundred more (plain, quick to open), one batch each: the last is written long after unlocking.
    const others = Array.from({ length: 300 }, (_, i) => makeIncident({ id: `p-${String(i).padStart(3, '0')}`, createdAt: NOW - DAY - i, notes: 'Boiler' }));
    await db.incidents.bulkPut(others.map(toStored));
    const log = (unlocked = await unlockLog(db, leader, { recipients: async () => [leader.recipient], now: () => NOW, fillBatch: 1 }));
    expect(await search(log.db, 'depot')).toEqual(['a']);
    // As the desk's change to the last would arrive, or a team leader's.
    await log.db.incidents.put(toStored({ ...others[299]!, status: 'reviewed' }));
    await log.ready;
    expect(await log.db.incidents.count()).toBe(301);
    expect((await log.db.incidents.get('p-299'))!.status).toBe('reviewed');
    expect((await log.db.incidents.get('p-298'))!.status).toBe('open');
    await log.settled();
  });

  it('lists an incident sealed to another key as a problem and leaves it as it is', async () => {
    await saveSealedIncident(db, threat, [stranger.recipient], NOW);
    const before = await db.incidents.get('a');
    const log = await unlock(leader);
    expect(log.problems.map((p) => [p.id, p.reason])).toEqual([['a', 'wrong-key']]);
    expect(await db.incidents.get('a')).toEqual(before);
  });
});

describe('an unlocked log keeps up with the desk', () => {
  it('finds an incident the panel saves meanwhile, follows an update and a deletion, and writes nothing back', async () => {
    await saveSealedIncident(db, threat, [leader.recipient], NOW);
    const log = await unlock(leader);
    // Every write to the desk's database from here: the panel's two saves, and none from the log.
    let writes = 0;
    const count = () => void (writes += 1);
    db.incidents.hook('creating', count);
    db.incidents.hook('updating', count);
    const later = makeIncident({ id: 'b', createdAt: NOW + 60_000, notes: 'Caller mentioned the allotment shed' });
    await saveSealedIncident(db, later, [leader.recipient], NOW + 60_000);
    await expect.poll(() => search(log.db, 'allot')).toEqual(['b']);
    await saveSealedIncident(db, { ...later, notes: 'Caller mentioned the greenhouse' }, [leader.recipient], NOW + 120_000);
    await expect.poll(() => search(log.db, 'greenh')).toEqual(['b']);
    expect(await search(log.db, 'allot')).toEqual([]);
    await log.settled();
    // Brought in from the desk, not written back by the log (the record is the panel's own).
    expect(writes).toBe(2);
    const b = await db.incidents.get('b');
    expect(b && isSealed(b) && b.sealed.contentAt).toBe(NOW + 120_000);
    await db.incidents.delete('b');
    await expect.poll(() => log.db.incidents.get('b')).toBeUndefined();
    expect(await search(log.db, 'depot')).toEqual(['a']);
  });

  it('still writes back what the team leader changes, sealed', async () => {
    await saveSealedIncident(db, threat, [leader.recipient], NOW);
    const log = await unlock(leader);
    await addReviewNote(log.db, 'a', { by: 'Alex Boyd', at: NOW + 1000, note: 'Spoke to the depot manager' });
    await log.settled();
    const raw = await db.incidents.get('a');
    expect(JSON.stringify(raw)).not.toContain('depot manager');
    expect(raw && isSealed(raw) && raw.sealed.reviewAt).toBe(NOW);
  });
});
