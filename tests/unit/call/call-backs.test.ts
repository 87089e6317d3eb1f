import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDueCallBacks, markCallBackDone, saveCallBack, type NewCallBack } from '../../../lib/call/call-backs';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { deleteDoneCallBacks, readCallBackDays, callBackRetentionItem } from '../../../lib/call/call-back-retention';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOW } from '../../support/now';

const T0 = NOW;
const HOUR = 3_600_000;

const callBack = (id: string, createdAt: number, dueAt: number | null, agreedTime = ''): NewCallBack => ({
  id,
  createdAt,
  dueAt,
  agreedTime,
  promiseLabel: dueAt === null ? 'At the agreed time' : 'Within 24 hours',
  callerName: `Caller ${id}`,
  phone: '01343 123456',
  reason: 'Repair',
});

let db: CallGuideDb;
beforeEach(() => {
  db = openDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const ids = async () => (await listDueCallBacks(db)).map((item) => item.id);

describe('promised call-backs (TR-6)', () => {
  it('are kept as due, with nothing marked done', async () => {
    await saveCallBack(db, callBack('a', T0, T0 + 24 * HOUR));
    expect(await listDueCallBacks(db)).toEqual([{ ...callBack('a', T0, T0 + 24 * HOUR), status: 'due', doneAt: null }]);
  });

  it('are listed soonest due first, whatever order they were promised in', async () => {
    await saveCallBack(db, callBack('later', T0, T0 + 24 * HOUR));
    await saveCallBack(db, callBack('soonest', T0 + HOUR, T0 + 2 * HOUR));
    await saveCallBack(db, callBack('middle', T0 + 2 * HOUR, T0 + 5 * HOUR));
    expect(await ids()).toEqual(['soonest', 'middle', 'later']);
  });

  it('list those with an agreed time after those with a deadline, oldest promise first', async () => {
    await saveCallBack(db, callBack('agreed-new', T0 + 3 * HOUR, null, 'Friday 2pm'));
    await saveCallBack(db, callBack('deadline', T0 + 4 * HOUR, T0 + 48 * HOUR));
    await saveCallBack(db, callBack('agreed-old', T0, null, 'Tuesday 10am'));
    expect(await ids()).toEqual(['deadline', 'agreed-old', 'agreed-new']);
  });

  it('with the same deadline are in the order they were promised', async () => {
    await saveCallBack(db, callBack('second', T0 + HOUR, T0 + 24 * HOUR));
    await saveCallBack(db, callBack('first', T0, T0 + 24 * HOUR));
    expect(await ids()).toEqual(['first', 'second']);
  });

  it('leave the list once marked done, and are kept with the time', async () => {
    await saveCallBack(db, callBack('a', T0, T0 + HOUR));
    await saveCallBack(db, callBack('b', T0, T0 + 2 * HOUR));
    await markCallBackDone(db, 'a', T0 + 30 * 60_000);
    expect(await ids()).toEqual(['b']);
    expect(await db.callBacks.get('a')).toMatchObject({ status: 'done', doneAt: T0 + 30 * 60_000 });
  });

  it('promised again on the same call replace the earlier promise rather than adding one', async () => {
    await saveCallBack(db, callBack('call-1-call-back', T0, T0 + 24 * HOUR));
    await saveCallBack(db, { ...callBack('call-1-call-back', T0, null, 'Monday 9am') });
    const list = await listDueCallBacks(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ dueAt: null, agreedTime: 'Monday 9am' });
  });

  it('are deleted once done for longer than the period (default 30 days); due ones are kept however old', async () => {
    const DAY = 24 * HOUR;
    await saveCallBack(db, callBack('done-long-ago', T0 - 60 * DAY, T0 - 59 * DAY));
    await saveCallBack(db, callBack('done-recently', T0 - 40 * DAY, T0 - 39 * DAY));
    await saveCallBack(db, callBack('still-due', T0 - 90 * DAY, T0 - 89 * DAY));
    await markCallBackDone(db, 'done-long-ago', T0 - 31 * DAY);
    await markCallBackDone(db, 'done-recently', T0 - 29 * DAY);
    fakeBrowser.reset();
    expect(await readCallBackDays()).toBe(30);
    expect(await deleteDoneCallBacks(db, T0, await readCallBackDays())).toBe(1);
    expect((await db.callBacks.toCollection().primaryKeys()).sort()).toEqual(['done-recently', 'still-due']);
    await callBackRetentionItem.setValue({ days: 7 });
    expect(await deleteDoneCallBacks(db, T0, await readCallBackDays())).toBe(1);
    expect(await db.callBacks.toCollection().primaryKeys()).toEqual(['still-due']);
  });
});
