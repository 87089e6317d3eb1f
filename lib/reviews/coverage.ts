/**
 * The month's coverage: each agent's reviews against the minimum, who is short and by how many,
 * the days left to review in, and each agent's average rating against the target. Reads only the
 * envelope of each review (agent, call date, rating), so it works on sealed reviews too.
 */
import type { ReviewEnvelope } from './record';
import { daysLeft, type MonthRange } from './month';

export interface AgentCoverage {
  agent: string;
  reviews: number;
  /** Reviews still needed to reach the minimum (0 when met). */
  short: number;
  /** Mean rating of the agent's reviews this month; null with none rated. */
  average: number | null;
  belowTarget: boolean;
}

export interface Coverage {
  month: MonthRange;
  minimum: number;
  target: number;
  daysLeft: number;
  agents: AgentCoverage[];
  /** Agents short of the minimum, most short first. */
  shortAgents: AgentCoverage[];
  teamAverage: number | null;
  reviews: number;
}

/** Names compared as a team leader would: case and spacing aside. */
export const agentKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** One collator for every sort (localeCompare with a locale builds one per call). */
const byName = new Intl.Collator('en-GB').compare;

/**
 * In one pass over the reviews: each agent's count and ratings, keyed once per distinct name as
 * stored (a month repeats the same few names hundreds of times).
 */
export function monthCoverage(
  reviews: readonly ReviewEnvelope[],
  options: { month: MonthRange; agents: readonly string[]; minimum: number; target: number; now: number },
): Coverage {
  const { month, minimum, target } = options;
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = agentKey(name)));
    return key;
  };
  const byAgent = new Map<string, { name: string; count: number; sum: number; rated: number }>();
  for (const name of options.agents) if (name.trim()) byAgent.set(keyOf(name), { name: name.trim(), count: 0, sum: 0, rated: 0 });
  let count = 0;
  let sum = 0;
  let rated = 0;
  for (const review of reviews) {
    if (review.callAt < month.start || review.callAt >= month.end) continue;
    const key = keyOf(review.agentName);
    let entry = byAgent.get(key);
    if (!entry) byAgent.set(key, (entry = { name: review.agentName.trim(), count: 0, sum: 0, rated: 0 }));
    entry.count += 1;
    count += 1;
    const percent = review.rating.percent;
    if (percent !== null) {
      entry.sum += percent;
      entry.rated += 1;
      sum += percent;
      rated += 1;
    }
  }
  const agents = [...byAgent.values()]
    .map(({ name, count: reviewed, sum: total, rated: ratedCount }) => {
      const mean = ratedCount ? total / ratedCount : null;
      return { agent: name, reviews: reviewed, short: Math.max(0, minimum - reviewed), average: mean, belowTarget: mean !== null && mean < target };
    })
    .sort((a, b) => byName(a.agent, b.agent));
  return {
    month,
    minimum,
    target,
    daysLeft: daysLeft(month, options.now),
    agents,
    shortAgents: agents.filter((row) => row.short > 0).sort((a, b) => b.short - a.short || byName(a.agent, b.agent)),
    teamAverage: rated ? sum / rated : null,
    reviews: count,
  };
}
