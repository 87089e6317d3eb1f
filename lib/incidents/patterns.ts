/**
 * Repeat callers: incidents from the same caller, recognised by phone number or reference, within
 * three months, and the report for the Director composed from their file notes (AB-14).
 */
import type { CallGuideDb } from '../db';
import type { Incident } from './record';
import {
  callerLine,
  exactWords,
  followUpLine,
  formatDate,
  formatDateTime,
  kindLabel,
  outcomeLabel,
  warningsLine,
  answer,
} from './format';
import { monthsBefore } from './dates';
import { fromStored } from './indexing';

export interface CallerGroup {
  /** Every phone number and reference the group's incidents share or add. */
  keys: string[];
  /** The caller as most recently recorded. */
  caller: Incident['caller'];
  /** Oldest first. */
  incidents: Incident[];
}

/**
 * Incidents linked by any shared caller key, so a caller known by phone on one call and by
 * reference and phone on the next is one caller. Only groups of two or more are returned.
 */
export function groupByCaller(incidents: readonly Incident[]): CallerGroup[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  for (const incident of incidents) {
    for (const key of incident.callerKeys) if (!parent.has(key)) parent.set(key, key);
    const [first, ...rest] = incident.callerKeys;
    if (first) for (const key of rest) parent.set(find(key), find(first));
  }
  const groups = new Map<string, Incident[]>();
  for (const incident of incidents) {
    const first = incident.callerKeys[0];
    if (!first) continue;
    const root = find(first);
    groups.set(root, [...(groups.get(root) ?? []), incident]);
  }
  return [...groups.values()]
    .filter((members) => members.length >= 2)
    .map((members) => {
      const sorted = [...members].sort((a, b) => a.createdAt - b.createdAt);
      return {
        keys: [...new Set(sorted.flatMap((incident) => incident.callerKeys))],
        caller: sorted.at(-1)!.caller,
        incidents: sorted,
      };
    })
    .sort((a, b) => abusive(b).length - abusive(a).length || b.incidents.length - a.incidents.length || b.incidents.at(-1)!.createdAt - a.incidents.at(-1)!.createdAt);
}

export const abusive = (group: CallerGroup) => group.incidents.filter((incident) => incident.kind === 'abusive-call');

/** Repeat callers among the incidents of the `months` months up to `end`. */
export async function repeatCallers(db: CallGuideDb, end: number, months = 3): Promise<CallerGroup[]> {
  const records = await db.incidents.where('createdAt').between(monthsBefore(end, months), end, true, false).toArray();
  return groupByCaller(records.map(fromStored).filter((incident) => incident.callerKeys.length > 0));
}

export interface ReportDetails {
  preparedBy: string;
  recommendation: string;
  now: number;
  /** The Director's options (from the playbook) the team leader proposes, in the playbook's order. */
  proposed?: readonly string[];
  /** The playbook's deadline for telling the caller the decision in writing. */
  informWithinHours?: number;
}

/**
 * The report for the Director (Moray 4.4, AB-14): a summary of the file notes of the caller's
 * abusive calls, with what happened, how many, the outcome of each, then the recommendation.
 */
export function directorReport(group: CallerGroup, details: ReportDetails): string {
  const calls = abusive(group);
  const first = calls[0];
  const last = calls.at(-1);
  const lines = [
    'Report for the Director: repeated abusive calls from one caller (AB-14)',
    `Prepared on ${formatDate(details.now)}${details.preparedBy.trim() ? ` by ${details.preparedBy.trim()}` : ''}.`,
    '',
    `Caller: ${callerLine(group.caller)}`,
    first && last ? `Period: ${formatDate(first.createdAt)} to ${formatDate(last.createdAt)}` : 'Period: none',
    `Number of incidents: ${calls.length} abusive call${calls.length === 1 ? '' : 's'}`,
    '',
    'What happened',
    ...calls.map((incident, i) => {
      const words = exactWords(incident);
      const account = answer(incident, 'ab-what-happened');
      return [
        `${i + 1}. ${formatDateTime(incident.createdAt)}, taken by ${incident.agentName}. ${incident.summary}`,
        account && `   ${account}`,
        words && `   The caller's words: "${words}"`,
      ]
        .filter(Boolean)
        .join('\n');
    }),
    '',
    'Outcome',
    ...calls.map((incident, i) =>
      [
        `${i + 1}. ${formatDate(incident.createdAt)}: ${outcomeLabel(incident.outcome)}; ${warningsLine(incident).toLowerCase()}.`,
        ...incident.followUps.map((f) => `   ${followUpLine(f, details.now)}`),
        incident.review && `   Reviewed by ${incident.review.by} on ${formatDate(incident.review.at)}.`,
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    '',
    'Recommendation for further action',
    ...recommendation(details),
  ];
  if (details.informWithinHours) {
    lines.push('', `Once the Director decides, the caller is told the decision and the reasons in writing within ${details.informWithinHours} hours.`);
  }
  return lines.join('\n');
}

function recommendation({ proposed = [], recommendation: written }: ReportDetails): string[] {
  const options = proposed.length ? ['Options proposed:', ...proposed.map((option) => `- ${option}`)] : [];
  const text = written.trim() ? [written.trim()] : [];
  return options.length || text.length ? [...options, ...text] : ['(to be written)'];
}

/** The playbook the group's latest abusive call was taken under: its Director's options apply. */
export function reportPlaybookId(group: CallerGroup): string | undefined {
  return (abusive(group).at(-1) ?? group.incidents.at(-1))?.playbookId;
}

/** One line per incident of the group, for the list of repeat callers. */
export function groupSummary(group: CallerGroup): string {
  const counts = new Map<string, number>();
  for (const incident of group.incidents) counts.set(incident.kind, (counts.get(incident.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} × ${kindLabel(kind).toLowerCase()}`).join(', ');
}
