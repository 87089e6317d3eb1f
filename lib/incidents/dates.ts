/** Calendar arithmetic in local time: days start at local midnight, months are calendar months. */
import { isoDate } from '../time-format';

const DAY = 86_400_000;

export function startOfDay(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Midnight at the start of the next local day. */
export function endOfDay(at: number): number {
  const date = new Date(at);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}

/**
 * The same wall time `months` calendar months on (or back), on the same day of the month or, when
 * the other month is shorter, on its last day. Not Date#setMonth, which overflows: on 31 March it
 * made a month back "31 February", that is 3 March, so retention would delete three days early.
 */
export function addMonths(at: number, months: number): number {
  const d = new Date(at);
  const lastDay = new Date(d.getFullYear(), d.getMonth() + months + 1, 0).getDate();
  return new Date(d.getFullYear(), d.getMonth() + months, Math.min(d.getDate(), lastDay), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()).getTime();
}

/** The same moment `months` calendar months earlier. */
export const monthsBefore = (at: number, months: number) => addMonths(at, -months);

/** A date input's value ("2026-11-30") as the local midnight it starts; null when empty or invalid. */
export function dayStart(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(time) ? null : time;
}

/** The local midnight after the day a date input names, so "to 30 Nov" includes all of 30 Nov. */
export function dayEnd(value: string): number | null {
  const start = dayStart(value);
  return start === null ? null : endOfDay(start + DAY / 2);
}

/** A moment as a date input's value. */
export function dateInputValue(at: number): string {
  return isoDate(at);
}

/** [from, to) cut into `n` consecutive spans of time (none when the span is empty). */
export function dateSlices(from: number, to: number, n: number): [number, number][] {
  if (!(to > from)) return [];
  const step = Math.ceil((to - from) / n);
  const slices: [number, number][] = [];
  for (let start = from; start < to; start += step) slices.push([start, Math.min(start + step, to)]);
  return slices;
}
