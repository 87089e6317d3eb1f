/**
 * Six months of ratings: each agent's average per month, and each framework item's score per
 * month ((met + half of partly) ÷ applicable, over every review that marked it), so a team leader
 * sees which items the team struggles with. The per-item figures read the reviews' content.
 */
import { average, rate } from './rating';
import { agentKey } from './coverage';
import type { Mark, ReviewContent, ReviewEnvelope } from './record';
import type { MonthRange } from './month';

export interface TrendRow {
  id: string;
  label: string;
  /** One value per month, oldest first; null where there is nothing to rate. */
  values: (number | null)[];
  /** Over the whole period. */
  overall: number | null;
}

export interface Trends {
  months: MonthRange[];
  agents: TrendRow[];
  items: TrendRow[];
  /** Items scored over the period, lowest first (at most five): the team's weakest. */
  weakest: TrendRow[];
}

const monthIndex = (months: readonly MonthRange[], time: number) => months.findIndex((month) => time >= month.start && time < month.end);

/**
 * The agents' ratings read every review's envelope; the items' scores read the content of those
 * given with it (a sealed review the key in memory cannot open, or none is, is left out of them).
 */
export function ratingTrends(
  reviews: readonly (ReviewEnvelope & { content?: ReviewContent })[],
  months: readonly MonthRange[],
  items: readonly { id: string; text: string }[],
): Trends {
  const agentRows = new Map<string, { label: string; perMonth: (number | null)[][]; all: (number | null)[] }>();
  const itemMarks = new Map(items.map((item) => [item.id, { perMonth: months.map(() => [] as Mark[]), all: [] as Mark[] }]));
  for (const review of reviews) {
    const at = monthIndex(months, review.callAt);
    if (at < 0) continue;
    const key = agentKey(review.agentName);
    const row = agentRows.get(key) ?? { label: review.agentName.trim(), perMonth: months.map(() => []), all: [] };
    row.perMonth[at]!.push(review.rating.percent);
    row.all.push(review.rating.percent);
    agentRows.set(key, row);
    for (const marked of review.content?.items ?? []) {
      const entry = itemMarks.get(marked.itemId);
      if (!entry) continue;
      entry.perMonth[at]!.push(marked.mark);
      entry.all.push(marked.mark);
    }
  }
  const agents = [...agentRows.entries()]
    .map(([id, row]) => ({ id, label: row.label, values: row.perMonth.map(average), overall: average(row.all) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  const itemRows = items.map((item) => {
    const marks = itemMarks.get(item.id)!;
    return { id: item.id, label: item.text, values: marks.perMonth.map((list) => rate(list).percent), overall: rate(marks.all).percent };
  });
  const weakest = itemRows
    .filter((row) => row.overall !== null)
    .sort((a, b) => a.overall! - b.overall!)
    .slice(0, 5);
  return { months: [...months], agents, items: itemRows, weakest };
}
