import { describe, expect, it } from 'vitest';
import { croydonQuality } from '../../../content/reviews/croydon';
import { monthCoverage } from '../../../lib/reviews/coverage';
import { monthOf, monthsEnding } from '../../../lib/reviews/month';
import { ratingTrends } from '../../../lib/reviews/trends';
import { DAY, NOW } from '../../support/now';
import { review } from './make-review';

const month = monthOf(NOW);
const inMonth = (day: number) => month.start + day * DAY + 10 * 3_600_000;

describe("the month's coverage (Croydon: at least 3 reviews per agent, 80% target)", () => {
  const reviews = [
    review('Priya Shah', inMonth(0)),
    review('priya  shah', inMonth(1), 'partly'),
    review('Priya Shah', inMonth(2)),
    review('Dan Okafor', inMonth(3), 'not-met', { prepared: 'met' }),
    review('Dan Okafor', month.start - DAY),
  ];
  const coverage = monthCoverage(reviews, { month, agents: ['Ellis Grant', 'Dan Okafor'], minimum: 3, target: 80, now: NOW });

  it("counts each agent's reviews of calls in the month against the minimum, names matched as a person would", () => {
    expect(coverage.agents.map(({ agent, reviews: count, short }) => [agent, count, short])).toEqual([
      ['Dan Okafor', 1, 2],
      ['Ellis Grant', 0, 3],
      ['Priya Shah', 3, 0],
    ]);
    expect(coverage.reviews).toBe(4);
  });

  it('lists who is short, most short first, with the days left', () => {
    expect(coverage.shortAgents.map((row) => row.agent)).toEqual(['Ellis Grant', 'Dan Okafor']);
    expect(coverage.daysLeft).toBeGreaterThan(0);
  });

  it("averages each agent's ratings against the target", () => {
    const priya = coverage.agents.find((row) => row.agent === 'Priya Shah')!;
    expect(priya.average).toBeCloseTo((100 + 50 + 100) / 3);
    expect(priya.belowTarget).toBe(false);
    const dan = coverage.agents.find((row) => row.agent === 'Dan Okafor')!;
    expect(dan.average).toBeCloseTo(100 / 15);
    expect(dan.belowTarget).toBe(true);
    expect(coverage.agents.find((row) => row.agent === 'Ellis Grant')!.average).toBeNull();
  });
});

describe('six months of trends', () => {
  const months = monthsEnding(NOW, 6);
  const reviews = [
    review('Priya Shah', months[0]!.start + DAY, 'met', { hold: 'not-met' }),
    review('Priya Shah', months[5]!.start + DAY, 'met', { hold: 'partly', nato: 'not-met' }),
    review('Dan Okafor', months[5]!.start + 2 * DAY, 'met', { hold: 'not-met', 'team-goals': 'not-applicable' }),
    review('Dan Okafor', months[0]!.start - DAY, 'not-met'),
  ];
  const trends = ratingTrends(reviews, months, croydonQuality.items);

  it('rates each agent per month, oldest first, leaving out calls before the six months', () => {
    const dan = trends.agents.find((row) => row.label === 'Dan Okafor')!;
    expect(dan.values.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(dan.values[5]).toBeCloseTo((13 / 14) * 100);
  });

  it("scores each item, and names the team's weakest first", () => {
    const hold = trends.items.find((row) => row.id === 'hold')!;
    expect(hold.values[0]).toBe(0);
    expect(hold.values[5]).toBe(25);
    expect(hold.overall).toBeCloseTo((0.5 / 3) * 100);
    expect(trends.weakest.map((row) => row.id).slice(0, 2)).toEqual(['hold', 'nato']);
    expect(trends.items.find((row) => row.id === 'team-goals')!.values[5]).toBe(100);
  });
});
