/**
 * Month boundaries in the run's own time zone, on the run's own date (npm run test:dates moves
 * both): expected values are worked out from NOW with the test helpers, never written in.
 */
import { describe, expect, it } from 'vitest';
import { daysLeft, monthFromKey, monthOf, monthsEnding } from '../../../lib/reviews/month';
import { monthCoverage } from '../../../lib/reviews/coverage';
import { addMonths, atTime, dayStart, NOW } from '../../support/now';
import { review } from './make-review';

const firstOfMonth = (time: number) => {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
};
const lastDay = (time: number) => {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
};

describe('months', () => {
  it('run from local midnight on the 1st to local midnight on the 1st of the next', () => {
    const month = monthOf(NOW);
    expect(month.start).toBe(firstOfMonth(NOW));
    expect(month.end).toBe(firstOfMonth(addMonths(firstOfMonth(NOW), 1)));
    expect(NOW).toBeGreaterThanOrEqual(month.start);
    expect(NOW).toBeLessThan(month.end);
  });

  it('put 23:59 on the last day in the month, and midnight after it in the next', () => {
    const month = monthOf(NOW);
    const last = atTime(month.start, 23, 59, lastDay(NOW) - 1);
    const reviews = [review('Priya Shah', last), review('Priya Shah', month.end), review('Priya Shah', month.start), review('Priya Shah', month.start - 1)];
    const coverage = monthCoverage(reviews, { month, agents: [], minimum: 3, target: 80, now: NOW });
    expect(coverage.agents).toEqual([expect.objectContaining({ agent: 'Priya Shah', reviews: 2, short: 1 })]);
  });

  it('are named and keyed by their own calendar month, also six months back across a year end', () => {
    const months = monthsEnding(NOW, 6);
    expect(months).toHaveLength(6);
    expect(months[5]!.start).toBe(monthOf(NOW).start);
    for (let i = 1; i < 6; i += 1) expect(months[i]!.start).toBe(months[i - 1]!.end);
    const d = new Date(addMonths(firstOfMonth(NOW), -5));
    expect(months[0]!.key).toBe(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
    expect(monthFromKey(months[0]!.key)).toEqual(months[0]);
    expect(monthFromKey('2026-13')).toBeNull();
  });

  it('count the days left to review in, today included', () => {
    const month = monthOf(NOW);
    const today = new Date(NOW).getDate();
    expect(daysLeft(month, NOW)).toBe(lastDay(NOW) - today + 1);
    expect(daysLeft(month, atTime(month.start, 23, 59, lastDay(NOW) - 1))).toBe(1);
    expect(daysLeft(month, month.end)).toBe(0);
    expect(daysLeft(monthOf(NOW, 1), NOW)).toBe(lastDay(monthOf(NOW, 1).start));
    expect(daysLeft(month, dayStart(month.start))).toBe(lastDay(NOW));
  });
});
