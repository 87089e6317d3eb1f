import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { monthOf } from '../../../lib/reviews/month';
import { openReview } from '../../../lib/reviews/open';
import { getStoredReview, reviewsBetween, saveReview } from '../../../lib/reviews/repository';
import { NOW } from '../../support/now';
import { review } from './make-review';

const T = NOW;

/** What version 3 of the guide stored: an incident, the live call and a call-back. */
async function makeVersion3Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ incidents: 'id, kind, status, createdAt, agentName', drafts: 'id', callBacks: 'id, status, dueAt' });
  old.version(2).stores({ incidents: 'id, kind, status, createdAt, agentName, *callerKeys' });
  old.version(3).stores({
    incidents: 'id, createdAt, agentName, *callerKeys, [kind+status+createdAt+id], [agentName+kind+status+createdAt+id], followUpDueAt, *words',
  });
  await old.table('incidents').put({ id: 'call-1-abusive-call', kind: 'abusive-call', status: 'open', createdAt: T, agentName: 'Morag Innes', callerKeys: [], words: ['office'] });
  await old.table('drafts').put({ id: 'live-call', savedAt: T, data: { kept: true } });
  await old.table('callBacks').put({ id: 'cb-1', status: 'due', dueAt: T + 60_000 });
  old.close();
}

let db: CallGuideDb;
afterEach(async () => {
  await db.delete();
});

describe('upgrading the database from version 3 to 4 (call quality reviews)', () => {
  it('keeps every incident, draft and call-back as it was, and adds an empty reviews table', async () => {
    const name = `upgrade-${Math.random()}`;
    await makeVersion3Database(name);
    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.incidents.get('call-1-abusive-call')).toMatchObject({ agentName: 'Morag Innes', words: ['office'] });
    expect(await db.drafts.get('live-call')).toEqual({ id: 'live-call', savedAt: T, data: { kept: true } });
    expect(await db.callBacks.get('cb-1')).toEqual({ id: 'cb-1', status: 'due', dueAt: T + 60_000 });
    expect(await db.reviews.count()).toBe(0);
    expect(await db.reviewContents.count()).toBe(0);
  });

  it('saves reviews whole and reads a month of them by the date of the call', async () => {
    const name = `upgrade-${Math.random()}`;
    await makeVersion3Database(name);
    db = openDatabase(name);
    const month = monthOf(T);
    const first = review('Priya Shah', month.start);
    const last = review('Priya Shah', month.end - 1, 'partly');
    const before = review('Priya Shah', month.start - 1);
    for (const each of [first, last, before]) await saveReview(db, each);
    expect(await openReview((await getStoredReview(db, first.id))!, null)).toEqual({ ok: true, review: first, sealed: false });
    // The readable envelope and the content are stored apart, so the content can be sealed alone.
    expect(Object.keys((await db.reviews.get(first.id))!)).not.toContain('content');
    expect(await db.reviewContents.get(first.id)).toEqual({ id: first.id, content: first.content });
    expect((await reviewsBetween(db, month.start, month.end)).map((r) => r.id)).toEqual([last.id, first.id]);
  });
});
