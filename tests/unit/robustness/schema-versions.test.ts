/**
 * Every past schema version of the guide's database, upgraded to the current one: counts and
 * contents kept. And an upgrade interrupted half way leaves the data as it was, to be upgraded
 * again on the next start.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { DAY, NOW } from '../../support/now';

const T = NOW;

/** An incident as version 1 of the guide wrote it: no caller, steps or follow-ups yet. */
const v1Incident = {
  id: 'inc-1',
  kind: 'abusive-call',
  status: 'open',
  createdAt: T,
  agentName: 'Morag Innes',
  playbookId: 'moray',
  summary: 'Call ended after three warnings.',
};

const V1_STORES = { incidents: 'id, kind, status, createdAt, agentName', drafts: 'id', callBacks: 'id, status, dueAt' };

async function makeVersion1Database(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.table('incidents').put(v1Incident);
  await old.table('drafts').put({ id: 'live-call', savedAt: T, data: { notes: 'kept' } });
  await old.table('callBacks').put({ id: 'cb-1', createdAt: T, dueAt: T + DAY, status: 'due' });
  old.close();
}

let db: CallGuideDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('the database from its first version', () => {
  it('upgrades to the current version with every incident, draft and call-back kept', async () => {
    const name = `v1-${Math.random()}`;
    await makeVersion1Database(name);
    db = openDatabase(name);
    await db.open();
    expect(await db.incidents.count()).toBe(1);
    expect(await db.incidents.get('inc-1')).toMatchObject({ ...v1Incident, callerKeys: [] });
    expect(await db.drafts.get('live-call')).toEqual({ id: 'live-call', savedAt: T, data: { notes: 'kept' } });
    expect(await db.callBacks.count()).toBe(1);
    // The upgraded record is found by the current indexes too.
    expect(await db.incidents.where('createdAt').equals(T).count()).toBe(1);
  });

  it('keeps the data whole when an upgrade fails half way, and upgrades it on the next start', async () => {
    const name = `interrupted-${Math.random()}`;
    await makeVersion1Database(name);
    const failing = new Dexie(name);
    failing.version(1).stores(V1_STORES);
    failing
      .version(2)
      .stores({ incidents: 'id, kind, status, createdAt, agentName, *callerKeys' })
      .upgrade(async (tx) => {
        await tx.table('incidents').toCollection().modify((incident: Record<string, unknown>) => {
          incident.summary = 'half-upgraded';
        });
        throw new Error('power cut during the upgrade');
      });
    await expect(failing.open()).rejects.toThrow();
    failing.close();

    // The failed upgrade's changes were rolled back with it.
    const untouched = new Dexie(name);
    untouched.version(1).stores(V1_STORES);
    expect(await untouched.table('incidents').get('inc-1')).toEqual(v1Incident);
    untouched.close();

    db = openDatabase(name);
    await db.open();
    expect(await db.incidents.get('inc-1')).toMatchObject({ ...v1Incident, callerKeys: [] });
  });
});
