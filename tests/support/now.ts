/**
 * The one "now" of the tests, and dates relative to it.
 *
 * Every tier reads the present from here: unit and component tests pass `NOW` (or a time built
 * from it) to the code they test, and end-to-end tests install it as the page clock. It is the
 * real now unless `TEST_NOW` names another local date-time ("2028-02-29T12:00" or
 * "2027-12-31T23:59:30", read in the run's time zone); `npm run test:dates` varies it with the
 * time zone, and tests/setup/vitest.ts moves the global Date to it so code that reads the clock
 * itself agrees. A test that needs a weekday or a time of day takes it from the week of `NOW`
 * (`week().mon(14)`), never from a calendar date written into the test.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A local date-time as TEST_NOW writes it; throws on anything else, so a typo cannot pass silently. */
export function parseLocal(text: string): number {
  const match = LOCAL.exec(text.trim());
  if (!match) throw new Error(`TEST_NOW must be a local date-time like 2028-02-29T12:00, not "${text}"`);
  const [y, mo, d, h = '0', mi = '0', s = '0'] = match.slice(1).map((part) => part ?? '0') as string[];
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)).getTime();
}

const fromEnv = typeof process !== 'undefined' ? process.env.TEST_NOW : undefined;

/** The controlled present, fixed when the run starts. */
export const NOW: number = fromEnv ? parseLocal(fromEnv) : Date.now();

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Local midnight of the day holding `time`, moved by `days` calendar days (not 24-hour steps). */
export function dayStart(time: number, days = 0): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** Local wall time hh:mm on the day holding `time`, moved by `days` calendar days. */
export function atTime(time: number, hour: number, minute = 0, days = 0): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, hour, minute).getTime();
}

/** Today (the day of NOW) at a wall time. */
export const today = (hour: number, minute = 0): number => atTime(NOW, hour, minute);

type AtDay = (hour?: number, minute?: number) => number;
export interface Week {
  mon: AtDay;
  tue: AtDay;
  wed: AtDay;
  thu: AtDay;
  fri: AtDay;
  sat: AtDay;
  sun: AtDay;
  nextMon: AtDay;
}

/** The Monday-to-Sunday week holding `time` (NOW by default), as wall times on each of its days. */
export function week(time: number = NOW): Week {
  const d = new Date(time);
  const back = (d.getDay() + 6) % 7; // days since Monday
  const day = (offset: number): AtDay => (hour = 0, minute = 0) => atTime(time, hour, minute, offset - back);
  return { mon: day(0), tue: day(1), wed: day(2), thu: day(3), fri: day(4), sat: day(5), sun: day(6), nextMon: day(7) };
}

/** The same wall time a number of calendar months away, clamped to the month's last day. */
export function addMonths(time: number, months: number): number {
  const d = new Date(time);
  const target = new Date(d.getFullYear(), d.getMonth() + months, 1, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(d.getDate(), last));
  return target.getTime();
}

// What a reader sees, written out independently of the product's formatters.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "14:05" */
export function hhmm(time: number): string {
  const d = new Date(time);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "2026-11-30", the local date */
export function isoDate(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "Mon" */
export const weekdayName = (time: number): string => DAYS[new Date(time).getDay()]!;

/** "30 Nov 2026" in the en-GB style the guide uses (September is "Sept" there). */
export function dayMonthYear(time: number): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(time);
}

/** "30 Nov" */
export function dayMonth(time: number): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(time);
}

/** "30 Nov 2026, 14:00" */
export function dateTime(time: number): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** "30 Nov 2026 14:00" (the incident log's date and time) */
export const dateAndTime = (time: number): string => `${dayMonthYear(time)} ${hhmm(time)}`;

/** "Mon 7 Dec" with the year when it is not the year of `now`: the guide's way of naming a day. */
export function shortDay(time: number, now: number = NOW): string {
  const d = new Date(time);
  const year = d.getFullYear() === new Date(now).getFullYear() ? '' : ` ${d.getFullYear()}`;
  return `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}${year}`;
}
