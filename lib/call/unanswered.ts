/**
 * Where a call-back that keeps going unanswered stands (Moray 4.2, CB-6): attempts go on for a
 * number of calendar days from the first, then a letter is sent. Days are the caller's calendar
 * days, not 24-hour steps: a first try at 16:00 on Monday leaves all of Tuesday, not Tuesday 16:00.
 */
import type { CallBackAttempt } from '../db';

export interface UnansweredState {
  attempts: number;
  /** Which day of attempts today is (1 for the day of the first); null before any attempt. */
  day: number | null;
  /** Local midnight that ends the last day of attempts; null before any attempt. */
  triesUntil: number | null;
  /** The days are over without contact: send the letter. */
  letterDue: boolean;
}

/** Calendar days from the local day of `from` to the local day of `to`. */
export function calendarDaysBetween(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

export function unansweredState(attempts: readonly CallBackAttempt[], days: number, now: number): UnansweredState {
  const first = attempts[0];
  if (!first) return { attempts: 0, day: null, triesUntil: null, letterDue: false };
  const start = new Date(first.at);
  const triesUntil = new Date(start.getFullYear(), start.getMonth(), start.getDate() + days).getTime();
  return {
    attempts: attempts.length,
    day: calendarDaysBetween(first.at, now) + 1,
    triesUntil,
    letterDue: now >= triesUntil,
  };
}
