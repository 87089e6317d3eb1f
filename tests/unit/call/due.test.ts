import { afterEach, describe, expect, it } from 'vitest';
import { findPlaybook } from '../../../content';
import type { Playbook } from '../../../content/schema';
import type { CallBackPromise, OpeningHours } from '../../../content/schema';
import { callBackDue, formatDue, isOverdue } from '../../../lib/call/due';
import { atTime, isoDate, shortDay, week } from '../../support/now';

// Local-time instants in the week of the tests' now (tests/support/now.ts), Monday to next Monday.
const t = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m, d, h, min).getTime();
const { mon: MON, tue: TUE, wed: WED, thu: THU, fri: FRI, sat: SAT, nextMon: NEXT_MON } = week();

function playbook(id: string): Playbook {
  const found = findPlaybook(id);
  if (!found) throw new Error(`no playbook ${id}`);
  return found;
}

function promiseOf(id: string, promiseId: string): CallBackPromise {
  const found = playbook(id).callBacks.find((promise) => promise.id === promiseId);
  if (!found) throw new Error(`no promise ${promiseId} in ${id}`);
  return found;
}

function dueAt(...args: Parameters<typeof callBackDue>): number {
  const due = callBackDue(...args);
  if (due.kind !== 'due') throw new Error(`expected a deadline, got ${due.kind}`);
  return due.dueAt;
}

const openTime = (amount: number, unit: 'minutes' | 'hours' = 'minutes'): CallBackPromise => ({
  id: 'test',
  label: 'Test promise',
  within: { amount, unit },
  withinOpeningHours: true,
  from: { kind: 'guide-default', reason: 'A test promise.' },
  sources: ['TR-6'],
});
const workingDays = (amount: number): CallBackPromise => ({ ...openTime(amount), within: { amount, unit: 'working-days' } });

const morayHours = playbook('moray').openingHours!;
const croydonHours = playbook('croydon-repairs').openingHours!;
const FALLBACK_NOTE = 'opening hours not set: counted Mon–Fri 09:00–17:00';

describe('callBackDue with the real playbooks', () => {
  it('Moray: 24 hours of clock time, due then when Moray is open', () => {
    const promise = promiseOf('moray', 'within-24-hours');
    const hours = playbook('moray').openingHours;
    expect(callBackDue(promise, hours, MON(14))).toEqual({ kind: 'due', dueAt: TUE(14), explanation: 'Within 24 hours (clock time)' });
    expect(dueAt(promise, hours, MON(9))).toBe(TUE(9));
  });

  it('Moray: a deadline that falls while Moray is closed moves to the next opening', () => {
    const promise = promiseOf('moray', 'within-24-hours');
    const hours = playbook('moray').openingHours;
    const closed = 'Within 24 hours (clock time): that falls while closed, so by the next opening';
    // Friday 12:40: 24 hours on is Saturday, when Moray is closed; Monday's opening.
    expect(callBackDue(promise, hours, FRI(12, 40))).toEqual({ kind: 'due', dueAt: NEXT_MON(9), explanation: closed });
    expect(formatDue(NEXT_MON(9), FRI(12, 40))).not.toMatch(/tomorrow/);
    // Thursday 13:30: Friday closes at 13:00.
    expect(dueAt(promise, hours, THU(13, 30))).toBe(NEXT_MON(9));
    // Tuesday 13:30: Wednesday's lunch break, so 14:00.
    expect(dueAt(promise, hours, TUE(13, 30))).toBe(WED(14));
    // Due at closing time exactly is due when closed: the next opening.
    expect(dueAt(promise, hours, MON(17))).toBe(WED(9));
  });

  it('Calico voicemail: 15 minutes of the fallback hours, since Calico lists none', () => {
    const promise = promiseOf('calico', 'voicemail');
    expect(playbook('calico').openingHours).toBeUndefined();
    const due = callBackDue(promise, undefined, MON(10));
    expect(due).toEqual({ kind: 'due', dueAt: MON(10, 15), explanation: `Within 15 minutes of opening hours (${FALLBACK_NOTE})` });
    expect(dueAt(promise, undefined, FRI(16, 50))).toBe(NEXT_MON(9, 5));
    expect(dueAt(promise, undefined, SAT(11))).toBe(NEXT_MON(9, 15));
    expect(dueAt(promise, undefined, TUE(7, 30))).toBe(TUE(9, 15));
  });

  it('Calico other staff: 48 hours of clock time', () => {
    const due = callBackDue(promiseOf('calico', 'other-staff'), undefined, MON(14));
    expect(due).toEqual({ kind: 'due', dueAt: WED(14), explanation: 'Within 48 hours (clock time)' });
  });

  it("Calico, a message on the agent's own voicemail: by the end of the next working day (Appendix 2, TR-6)", () => {
    expect(dueAt(promiseOf('calico', 'own-voicemail'), undefined, FRI(16))).toBe(NEXT_MON(17));
  });

  it('Longhurst: one working day ends at 17:00 the next working day', () => {
    const promise = promiseOf('longhurst-havelok', 'answer-machine');
    const hours = playbook('longhurst-havelok').openingHours;
    expect(hours).toBeUndefined();
    expect(callBackDue(promise, hours, FRI(16))).toEqual({
      kind: 'due',
      dueAt: NEXT_MON(17),
      explanation: `By the end of the next working day (${FALLBACK_NOTE})`,
    });
    expect(dueAt(promise, hours, WED(10))).toBe(THU(17));
    expect(dueAt(promise, hours, SAT(10))).toBe(NEXT_MON(17));
    expect(dueAt(promiseOf('longhurst-havelok', 'passed-on-urgent'), hours, WED(10))).toBe(THU(17));
  });

  it('Longhurst: three working days skip the weekend', () => {
    const due = callBackDue(promiseOf('longhurst-havelok', 'passed-on'), undefined, WED(10));
    expect(due).toEqual({ kind: 'due', dueAt: NEXT_MON(17), explanation: `By the end of the next 3 working days (${FALLBACK_NOTE})` });
  });

  it('Communities and Croydon: no deadline, a time is agreed', () => {
    for (const id of ['carmarthenshire-communities', 'croydon-repairs']) {
      const promise = promiseOf(id, 'agreed-time');
      expect(callBackDue(promise, playbook(id).openingHours, MON(10))).toEqual({
        kind: 'agreed',
        explanation: 'No set deadline: agree a time with the caller',
      });
    }
  });

  it('every promise in every playbook resolves, and never before now', () => {
    for (const id of ['croydon-repairs', 'carmarthenshire-communities', 'calico', 'moray', 'longhurst-havelok']) {
      const book = playbook(id);
      for (const promise of book.callBacks) {
        for (const now of [MON(8), MON(12, 59), FRI(16, 59), SAT(23, 59)]) {
          const due = callBackDue(promise, book.openingHours, now);
          expect(due.explanation.length).toBeGreaterThan(0);
          if (due.kind === 'due') expect(due.dueAt).toBeGreaterThan(now);
        }
      }
    }
  });
});

describe('callBackDue counting opening hours', () => {
  it('skips the lunch break', () => {
    expect(dueAt(openTime(15), morayHours, MON(12, 55))).toBe(MON(14, 10));
  });

  it('starts counting at the next opening when made while closed', () => {
    expect(dueAt(openTime(15), morayHours, MON(13, 30))).toBe(MON(14, 15));
    expect(dueAt(openTime(15), morayHours, MON(7))).toBe(MON(9, 15));
    expect(dueAt(openTime(15), morayHours, MON(17))).toBe(TUE(9, 15));
  });

  it('rolls over the end of the day', () => {
    expect(dueAt(openTime(15), morayHours, MON(16, 50))).toBe(TUE(9, 5));
  });

  it('is due at closing time when the time runs out exactly then', () => {
    expect(dueAt(openTime(15), morayHours, MON(16, 45))).toBe(MON(17));
    expect(dueAt(openTime(15), morayHours, MON(12, 45))).toBe(MON(13));
  });

  it('rolls over the weekend, with Friday closing at 13:00', () => {
    expect(dueAt(openTime(15), morayHours, FRI(12, 50))).toBe(NEXT_MON(9, 5));
    expect(dueAt(openTime(15), morayHours, FRI(16, 50))).toBe(NEXT_MON(9, 15));
    expect(dueAt(openTime(2, 'hours'), croydonHours, FRI(17, 30))).toBe(NEXT_MON(9, 30));
  });

  it('counts hours across several days', () => {
    // Moray is open 7 hours Mon–Thu: 8 hours from Monday's opening end at 10:00 on Tuesday.
    expect(dueAt(openTime(8, 'hours'), morayHours, MON(9))).toBe(TUE(10));
  });

  it('treats a holiday as closed', () => {
    expect(dueAt(openTime(15), morayHours, MON(16, 50), { holidays: [isoDate(TUE())] })).toBe(WED(9, 5));
    expect(dueAt(openTime(15), undefined, TUE(10), { holidays: [isoDate(TUE())] })).toBe(WED(9, 15));
  });

  it('falls back to Mon–Fri 09:00–17:00 and says so', () => {
    const due = callBackDue(openTime(2, 'hours'), undefined, MON(16));
    expect(due).toEqual({ kind: 'due', dueAt: TUE(10), explanation: `Within 2 hours of opening hours (${FALLBACK_NOTE})` });
  });

  it('names a single unit in the singular and leaves out the note when hours are known', () => {
    expect(callBackDue(openTime(1, 'hours'), morayHours, MON(9)).explanation).toBe('Within 1 hour of opening hours');
  });

  it('throws a clear error when the hours have no open period', () => {
    const closed: OpeningHours = { periods: [], from: { kind: 'organisation' }, sources: ['SL-2'] };
    expect(() => callBackDue(openTime(15), closed, MON(10))).toThrow(/no open period/);
  });
});

describe('callBackDue in working days', () => {
  it('ends at the last closing time of the day when hours are known', () => {
    const due = callBackDue(workingDays(1), morayHours, WED(10));
    expect(due).toEqual({ kind: 'due', dueAt: THU(17), explanation: 'By the end of the next working day' });
    expect(dueAt(workingDays(1), morayHours, THU(10))).toBe(FRI(13));
    expect(dueAt(workingDays(1), croydonHours, FRI(16))).toBe(NEXT_MON(18));
  });

  it('does not count today, even before opening', () => {
    expect(dueAt(workingDays(1), undefined, MON(6))).toBe(TUE(17));
  });

  it('skips holidays', () => {
    // Christmas Day falls on Friday 25 Dec 2026; Boxing Day is observed on Monday 28 Dec.
    const holidays = ['2026-12-25', '2026-12-28'];
    expect(dueAt(workingDays(1), undefined, t(2026, 11, 24, 10), { holidays })).toBe(t(2026, 11, 29, 17));
    expect(dueAt(workingDays(2), morayHours, t(2026, 11, 23, 10), { holidays })).toBe(t(2026, 11, 29, 17));
  });

  it('throws a clear error when no weekday is ever open', () => {
    const weekendsOnly: OpeningHours = { periods: [{ days: ['sat'], opens: '09:00', closes: '12:00' }], from: { kind: 'organisation' }, sources: ['SL-2'] };
    expect(() => callBackDue(workingDays(1), weekendsOnly, MON(10))).toThrow(/no working day/);
  });
});

describe('isOverdue', () => {
  it('is overdue only once the due moment has passed', () => {
    expect(isOverdue(MON(14), MON(13, 59))).toBe(false);
    expect(isOverdue(MON(14), MON(14))).toBe(false);
    expect(isOverdue(MON(14), MON(14) + 1)).toBe(true);
  });
});

describe('formatDue', () => {
  it('says today, tomorrow or the date, on the 24-hour clock', () => {
    expect(formatDue(MON(15, 30), MON(10))).toBe('today at 15:30');
    expect(formatDue(MON(9, 5), MON(8))).toBe('today at 09:05');
    expect(formatDue(TUE(9, 15), MON(23, 59))).toBe('tomorrow at 09:15');
    expect(formatDue(NEXT_MON(10), MON(10))).toBe(`${shortDay(NEXT_MON(10), MON(10))} at 10:00`);
    expect(formatDue(NEXT_MON(10), MON(10))).toMatch(/^Mon \d{1,2} [A-Z][a-z]{2}( \d{4})? at 10:00$/);
    // From the Sunday before, Tuesday is two days away: named, not "tomorrow".
    const sundayBefore = atTime(MON(), 10, 0, -1);
    expect(formatDue(TUE(10), sundayBefore)).toBe(`${shortDay(TUE(10), sundayBefore)} at 10:00`);
  });

  it('says yesterday for a recent overdue time, and the year when it differs', () => {
    expect(formatDue(MON(16), TUE(9))).toBe('yesterday at 16:00');
    expect(formatDue(t(2027, 0, 4, 9), t(2026, 11, 31, 12))).toBe('Mon 4 Jan 2027 at 09:00');
  });
});

describe('across a clock change (Europe/London)', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('keeps local wall times for opening hours and working days', () => {
    process.env.TZ = 'Europe/London';
    // Clocks go back at 02:00 on Sunday 25 Oct 2026.
    expect(new Date(2026, 9, 24, 12).getTimezoneOffset()).not.toBe(new Date(2026, 9, 26, 12).getTimezoneOffset());
    expect(dueAt(openTime(15), undefined, t(2026, 9, 23, 16, 50))).toBe(t(2026, 9, 26, 9, 5));
    expect(dueAt(workingDays(1), undefined, t(2026, 9, 23, 16))).toBe(t(2026, 9, 26, 17));
    expect(formatDue(t(2026, 9, 26, 9, 5), t(2026, 9, 25, 23, 30))).toBe('tomorrow at 09:05');
    // Clock time is elapsed time: 24 hours from 10:00 Saturday is 09:00 Sunday on the wall.
    const clockTime: CallBackPromise = { ...openTime(24, 'hours'), withinOpeningHours: false };
    expect(dueAt(clockTime, undefined, t(2026, 9, 24, 10))).toBe(t(2026, 9, 25, 9));
    // And a Moray deadline that falls on the Sunday moves to Monday's opening, on the wall clock.
    expect(dueAt(promiseOf('moray', 'within-24-hours'), morayHours, t(2026, 9, 24, 10))).toBe(t(2026, 9, 26, 9));
  });
});
