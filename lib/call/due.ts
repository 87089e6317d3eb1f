/**
 * When a promised call-back falls due (TR-6, CV-5), as pure functions of the promise, the
 * organisation's opening hours and the clock: `(promise, hours, now) -> due time`.
 *
 * All calendar work is in local time through Date getters, and dates are built with
 * `new Date(y, m, d, h, min)` so that day arithmetic stays right across clock changes.
 */
import type { CallBackPromise, OpeningHours } from '../../content/schema';
import { formatTime, isoDate } from '../time-format';

export type DueTime =
  | { kind: 'due'; dueAt: number; explanation: string }
  /** No deadline in the standard: agree a time with the caller. */
  | { kind: 'agreed'; explanation: string };

export interface DueOptions {
  /** Days the organisation is closed, as local dates 'YYYY-MM-DD' (bank holidays). */
  holidays?: readonly string[];
}

type Period = OpeningHours['periods'][number];
type Weekday = Period['days'][number];

/** Used when a promise counts opening hours but the playbook lists none. */
const FALLBACK_HOURS: readonly Period[] = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
];
const FALLBACK_NOTE = 'opening hours not set: counted Mon–Fri 09:00–17:00';
/** Give up after this many days without an open period, rather than loop for ever. */
const MAX_CLOSED_DAYS = 366;
/** And never look further ahead than this in total. */
const MAX_SEARCH_DAYS = 366 * 10;

const MINUTE = 60_000;
// Indexed by Date#getDay(): Sunday is 0.
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Local midnight `offset` days after the day holding `time` (Date normalises day overflow). */
function dayStart(time: number, offset = 0): Date {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset);
}

function dateKey(day: Date): string {
  return isoDate(day.getTime());
}

/** 'HH:MM' on the given local day, as ms epoch. */
function at(day: Date, clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m).getTime();
}

/** The open intervals [start, end) on one local day, sorted; none on a holiday. */
function openIntervals(day: Date, periods: readonly Period[], holidays: ReadonlySet<string>): [number, number][] {
  if (holidays.has(dateKey(day))) return [];
  const weekday = WEEKDAYS[day.getDay()];
  return periods
    .filter((period) => weekday !== undefined && period.days.includes(weekday))
    .map((period): [number, number] => [at(day, period.opens), at(day, period.closes)])
    .filter(([start, end]) => end > start) // overnight or empty periods are not supported
    .sort((a, b) => a[0] - b[0]);
}

/** Adds `duration` ms of open time to `from`; time while closed does not count. */
function addOpenTime(from: number, duration: number, periods: readonly Period[], holidays: ReadonlySet<string>): number {
  let remaining = duration;
  let closedDays = 0;
  for (let offset = 0; offset < MAX_SEARCH_DAYS; offset++) {
    const intervals = openIntervals(dayStart(from, offset), periods, holidays);
    closedDays = intervals.length === 0 ? closedDays + 1 : 0;
    if (closedDays > MAX_CLOSED_DAYS) break;
    for (const [start, end] of intervals) {
      if (end <= from) continue;
      const begin = Math.max(start, from);
      // A deadline landing exactly on closing time is due then, not at the next opening.
      if (remaining <= end - begin) return begin + remaining;
      remaining -= end - begin;
    }
  }
  throw new Error('Cannot work out the call-back time: the opening hours have no open period in the coming year');
}

/** `time` itself if open then, else the start of the next open period. */
function nextOpenMoment(time: number, periods: readonly Period[], holidays: ReadonlySet<string>): number {
  for (let offset = 0; offset <= MAX_CLOSED_DAYS; offset++) {
    for (const [start, end] of openIntervals(dayStart(time, offset), periods, holidays)) {
      if (time < end) return Math.max(start, time);
    }
  }
  throw new Error('Cannot work out the call-back time: the opening hours have no open period in the coming year');
}

/** Closing time of the Nth working day (Mon–Fri, not a holiday, open if hours are known) after today. */
function endOfWorkingDays(from: number, count: number, periods: readonly Period[], holidays: ReadonlySet<string>): number {
  let found = 0;
  for (let offset = 1; offset <= MAX_CLOSED_DAYS + count * 7; offset++) {
    const day = dayStart(from, offset);
    const weekday = day.getDay();
    if (weekday === 0 || weekday === 6 || holidays.has(dateKey(day))) continue;
    const intervals = openIntervals(day, periods, holidays);
    if (intervals.length === 0) continue;
    if (++found === count) return Math.max(...intervals.map(([, end]) => end));
  }
  throw new Error('Cannot work out the call-back time: no working day found in the coming year');
}

function describeDuration(amount: number, unit: 'minutes' | 'hours'): string {
  const word = unit === 'minutes' ? 'minute' : 'hour';
  return `${amount} ${word}${amount === 1 ? '' : 's'}`;
}

const withNote = (text: string, note: boolean) => (note ? `${text} (${FALLBACK_NOTE})` : text);

export function callBackDue(
  promise: CallBackPromise,
  openingHours: OpeningHours | undefined,
  now: number,
  options: DueOptions = {},
): DueTime {
  const within = promise.within;
  if (!within) return { kind: 'agreed', explanation: 'No set deadline: agree a time with the caller' };

  const holidays = new Set(options.holidays ?? []);
  const periods = openingHours?.periods ?? FALLBACK_HOURS;
  const fallback = openingHours === undefined;

  if (within.unit === 'working-days') {
    const days = within.amount === 1 ? 'the next working day' : `the next ${within.amount} working days`;
    // Without opening hours the fallback periods end the day at 17:00.
    const dueAt = endOfWorkingDays(now, within.amount, periods, holidays);
    return { kind: 'due', dueAt, explanation: withNote(`By the end of ${days}`, fallback) };
  }

  const duration = within.amount * (within.unit === 'minutes' ? MINUTE : 60 * MINUTE);
  const label = describeDuration(within.amount, within.unit);
  if (!promise.withinOpeningHours) {
    // Elapsed time, as the standard says "within 24 hours", whether open or not; but nobody can
    // ring back while the organisation is closed, so a deadline that falls then moves to the next
    // opening by the playbook's own hours (a playbook without hours keeps the clock time).
    const deadline = now + duration;
    const explanation = `Within ${label} (clock time)`;
    if (!openingHours) return { kind: 'due', dueAt: deadline, explanation };
    const opening = nextOpenMoment(deadline, periods, holidays);
    if (opening === deadline) return { kind: 'due', dueAt: deadline, explanation };
    return { kind: 'due', dueAt: opening, explanation: `${explanation}: that falls while closed, so by the next opening` };
  }
  return {
    kind: 'due',
    dueAt: addOpenTime(now, duration, periods, holidays),
    explanation: withNote(`Within ${label} of opening hours`, fallback),
  };
}

/** Overdue once the due moment has passed; at the due moment itself there is still time. */
export function isOverdue(dueAt: number, now: number): boolean {
  return now > dueAt;
}

/** "today at 15:30", "tomorrow at 09:15", "Mon 1 Dec at 10:00" (local time, 24-hour clock). */
export function formatDue(dueAt: number, now: number): string {
  return `${formatDay(dueAt, now)} at ${formatTime(dueAt)}`;
}

/** The local day holding `at`: "today", "tomorrow", "yesterday" or "Mon 7 Dec" (with the year if not this one). */
export function formatDay(at: number, now: number): string {
  const day = new Date(at);
  const key = dateKey(day);
  if (key === dateKey(dayStart(now))) return 'today';
  if (key === dateKey(dayStart(now, 1))) return 'tomorrow';
  if (key === dateKey(dayStart(now, -1))) return 'yesterday';
  const year = day.getFullYear() === new Date(now).getFullYear() ? '' : ` ${day.getFullYear()}`;
  return `${DAY_NAMES[day.getDay()]} ${day.getDate()} ${MONTH_NAMES[day.getMonth()]}${year}`;
}
