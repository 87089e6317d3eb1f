/**
 * The call quality rating: items met, plus half of those partly met, over the items that apply
 * (Not applicable and unmarked items do not count), as a percentage.
 */
import type { Mark, Rating } from './record';

export function rate(marks: readonly (Mark | undefined)[]): Rating {
  let met = 0;
  let partly = 0;
  let notMet = 0;
  for (const mark of marks) {
    if (mark === 'met') met += 1;
    else if (mark === 'partly') partly += 1;
    else if (mark === 'not-met') notMet += 1;
  }
  const applicable = met + partly + notMet;
  return { met, partly, notMet, applicable, percent: applicable ? ((met + partly / 2) / applicable) * 100 : null };
}

/** A percentage as the page shows it: whole numbers, except a rating just under the target is not rounded up to it. */
export function formatPercent(percent: number | null): string {
  if (percent === null) return '–';
  return `${Math.floor(percent + 1e-9)}%`;
}

/** The mean of the ratings that exist; null when none does. */
export function average(percents: readonly (number | null)[]): number | null {
  const known = percents.filter((value): value is number => value !== null);
  return known.length ? known.reduce((sum, value) => sum + value, 0) / known.length : null;
}

/** "Met 10, partly 2, not met 1 of 13 that apply: 84% (target 80%)" */
export function describeRating(rating: Rating, target: number): string {
  if (rating.percent === null) return `No item applies yet (target ${target}%).`;
  const against = rating.percent >= target ? 'at or above' : 'below';
  return `${formatPercent(rating.percent)}: met ${rating.met}, partly ${rating.partly}, not met ${rating.notMet} of ${rating.applicable} that apply; ${against} the target of ${target}%.`;
}
