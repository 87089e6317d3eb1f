/**
 * The month's coverage: each agent's reviews against the minimum, who is short and by how many,
 * the days left to review in, and each agent's average rating against the target. Reads only the
 * envelope of each review (agent, call date, rating), so it works on sealed reviews too.
 */
import { average } from './rating';
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

export function monthCoverage(
  reviews: readonly ReviewEnvelope[],
  options: { month: MonthRange; agents: readonly string[]; minimum: number; target: number; now: number },
): Coverage {
  const { month, minimum, target } = options;
  const inMonth = reviews.filter((review) => review.callAt >= month.start && review.callAt < month.end);
  const byAgent = new Map<string, { name: string; ratings: (number | null)[] }>();
  for (const name of options.agents) if (name.trim()) byAgent.set(agentKey(name), { name: name.trim(), ratings: [] });
  for (const review of inMonth) {
    const key = agentKey(review.agentName);
    const entry = byAgent.get(key) ?? { name: review.agentName.trim(), ratings: [] };
    entry.ratings.push(review.rating.percent);
    byAgent.set(key, entry);
  }
  const agents = [...byAgent.values()]
    .map(({ name, ratings }) => {
      const mean = average(ratings);
      return { agent: name, reviews: ratings.length, short: Math.max(0, minimum - ratings.length), average: mean, belowTarget: mean !== null && mean < target };
    })
    .sort((a, b) => a.agent.localeCompare(b.agent, 'en-GB'));
  return {
    month,
    minimum,
    target,
    daysLeft: daysLeft(month, options.now),
    agents,
    shortAgents: agents.filter((row) => row.short > 0).sort((a, b) => b.short - a.short || a.agent.localeCompare(b.agent, 'en-GB')),
    teamAverage: average(inMonth.map((review) => review.rating.percent)),
    reviews: inMonth.length,
  };
}
