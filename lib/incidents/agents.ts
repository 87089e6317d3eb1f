/**
 * Who did what: for each agent, over a chosen period, the incidents of each kind, the follow-ups
 * still to do (and overdue), and the welfare debriefs owed and done (lib/incidents/welfare.ts).
 */
import type { CallGuideDb } from '../db';
import type { Incident, IncidentKind } from './record';
import { fromStored } from './indexing';

export interface AgentRow {
  agent: string;
  kinds: Record<IncidentKind, number>;
  outstanding: number;
  overdue: number;
  welfareOwed: number;
  welfareDone: number;
}

export function agentRows(incidents: readonly Incident[], now: number): AgentRow[] {
  const rows = new Map<string, AgentRow>();
  for (const incident of incidents) {
    const agent = incident.agentName || '(no name)';
    const row = rows.get(agent) ?? { agent, kinds: { 'abusive-call': 0, 'self-harm': 0 }, outstanding: 0, overdue: 0, welfareOwed: 0, welfareDone: 0 };
    row.kinds[incident.kind] = (row.kinds[incident.kind] ?? 0) + 1;
    for (const followUp of incident.followUps) {
      const done = followUp.doneAt !== null;
      if (!done) row.outstanding++;
      if (!done && followUp.dueAt !== null && followUp.dueAt < now) row.overdue++;
      if (followUp.kind === 'welfare') {
        if (done) row.welfareDone++;
        else row.welfareOwed++;
      }
    }
    rows.set(agent, row);
  }
  return [...rows.values()].sort((a, b) => b.welfareOwed - a.welfareOwed || b.overdue - a.overdue || a.agent.localeCompare(b.agent));
}

/** The incidents recorded in [from, to), through the date index. */
export async function agentSummary(db: CallGuideDb, period: { from: number; to: number }, now: number): Promise<AgentRow[]> {
  const records = await db.incidents.where('createdAt').between(period.from, period.to, true, false).toArray();
  return agentRows(records.map(fromStored), now);
}
