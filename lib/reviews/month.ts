/**
 * Calendar months in the desk's own time zone: a review counts in the month its call took place,
 * from local midnight on the 1st to local midnight on the 1st of the next (so a month across a
 * clock change is still whole, and 23:59 on the last day is in it).
 */
export interface MonthRange {
  /** First instant of the month (ms since the epoch), included. */
  start: number;
  /** First instant of the next month, excluded. */
  end: number;
  /** "December 2026" */
  label: string;
  /** "Dec" */
  short: string;
  /** "2026-12", for addresses and CSV file names. */
  key: string;
}

const LONG = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
const SHORT = new Intl.DateTimeFormat('en-GB', { month: 'short' });

function range(year: number, month: number): MonthRange {
  const start = new Date(year, month, 1).getTime();
  const end = new Date(year, month + 1, 1).getTime();
  const first = new Date(start);
  const key = `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}`;
  return { start, end, label: LONG.format(start), short: SHORT.format(start), key };
}

/** The month holding `time`, moved by `offset` months. */
export function monthOf(time: number, offset = 0): MonthRange {
  const d = new Date(time);
  return range(d.getFullYear(), d.getMonth() + offset);
}

/** A month from its key ("2026-12"); null for anything else. */
export function monthFromKey(key: string): MonthRange | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return match ? range(Number(match[1]), Number(match[2]) - 1) : null;
}

/** The `count` months ending with the one holding `time`, oldest first. */
export function monthsEnding(time: number, count: number): MonthRange[] {
  return Array.from({ length: count }, (_, index) => monthOf(time, index - count + 1));
}

/**
 * Calendar days of the month left to review in, today included; 0 once the month is over, and
 * the whole month before it starts.
 */
export function daysLeft(month: MonthRange, now: number): number {
  if (now >= month.end) return 0;
  const from = new Date(Math.max(now, month.start));
  const last = new Date(month.end - 1);
  if (from.getMonth() !== last.getMonth() || from.getFullYear() !== last.getFullYear()) return 0;
  return last.getDate() - from.getDate() + 1;
}
