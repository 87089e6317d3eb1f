import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDueCallBacks, markLetterSent, recordAttempt, saveCallBack, setEveningOnly } from '../../../lib/call/call-backs';
import { calendarDaysBetween, unansweredState } from '../../../lib/call/unanswered';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { HOUR, atTime, week } from '../../support/now';

// Days of the week of the tests' now: a Monday's first try, and the days after it.
const w = week();

describe('a call-back nobody answers (Moray 4.2, CB-6): two calendar days of tries, then the letter', () => {
  it('has no day and no letter before the first try', () => {
    expect(unansweredState([], 2, w.mon(10))).toEqual({ attempts: 0, day: null, triesUntil: null, letterDue: false });
  });

  it('counts calendar days from the first try, not 24-hour steps: a 16:00 first try leaves all of the next day', () => {
    const attempts = [{ at: w.mon(16), message: 'adult' as const }];
    expect(unansweredState(attempts, 2, w.mon(17))).toMatchObject({ day: 1, letterDue: false, triesUntil: w.wed(0) });
    expect(unansweredState(attempts, 2, w.tue(20))).toMatchObject({ day: 2, letterDue: false });
    expect(unansweredState(attempts, 2, atTime(w.wed(0), 23, 59, -1))).toMatchObject({ day: 2, letterDue: false });
    expect(unansweredState(attempts, 2, w.wed(0))).toMatchObject({ day: 3, letterDue: true });
  });

  it('a first try just before midnight still gives the whole next day, and the letter the day after', () => {
    const attempts = [{ at: w.thu(23, 55), message: 'none' as const }];
    expect(unansweredState(attempts, 2, w.fri(9))).toMatchObject({ day: 2, letterDue: false });
    expect(unansweredState(attempts, 2, w.sat(9))).toMatchObject({ letterDue: true });
  });

  it('counts calendar days whatever the hours in between (a clock change makes a day 23 or 25 hours)', () => {
    expect(calendarDaysBetween(w.mon(0), w.sun(23, 59))).toBe(6);
    expect(calendarDaysBetween(w.mon(23), w.tue(1))).toBe(1);
    expect(calendarDaysBetween(w.sun(12), w.nextMon(12))).toBe(1);
  });
});

describe('the tries, kept with the call-back', () => {
  let db: CallGuideDb;
  beforeEach(() => {
    db = openDatabase(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const callBack = {
    id: 'cb',
    createdAt: w.mon(9),
    dueAt: w.mon(9) + 24 * HOUR,
    agreedTime: '',
    promiseLabel: 'Within 24 hours',
    callerName: 'Mrs Ann Jones',
    phone: '01343 123456',
    reason: 'Repair',
    language: 'Welsh',
  };

  it('records each try in order, and the evening-only mark, keeping the call-back due', async () => {
    await saveCallBack(db, callBack);
    await recordAttempt(db, 'cb', { at: w.mon(14), message: 'adult' });
    await recordAttempt(db, 'cb', { at: w.tue(19), message: 'machine' });
    await setEveningOnly(db, 'cb', true);
    const [due] = await listDueCallBacks(db);
    expect(due).toMatchObject({
      status: 'due',
      language: 'Welsh',
      eveningOnly: true,
      attempts: [
        { at: w.mon(14), message: 'adult' },
        { at: w.tue(19), message: 'machine' },
      ],
    });
  });

  it('the letter sent closes it, saying when', async () => {
    await saveCallBack(db, callBack);
    await markLetterSent(db, 'cb', w.wed(9));
    expect(await listDueCallBacks(db)).toEqual([]);
    expect(await db.callBacks.get('cb')).toMatchObject({ status: 'done', doneAt: w.wed(9), letterSentAt: w.wed(9) });
  });
});
