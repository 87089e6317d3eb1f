/**
 * The agent's welfare follow-up after a hard call: "Agent debriefed", owed after an abusive call
 * that was ended and after any self-harm call, due by the end of the next working day (the
 * playbook's opening hours; Mon–Fri 09:00–17:00 where it has none), so it turns overdue in the
 * list with the other follow-ups. Who debriefed the agent, how and when are recorded as for any
 * follow-up.
 */
import type { Playbook } from '../../content/schema';
import { STANDARDS } from '../../content/standards';
import { welfareFrom, WELFARE_LABEL, type HardCall } from '../../content/welfare';
import { callBackDue } from '../call/due';
import type { FollowUp, Incident } from './record';

/** The call that calls for a welfare debrief, or null when this one does not. */
export function hardCall(incident: Pick<Incident, 'kind' | 'outcome'>): HardCall | null {
  if (incident.kind === 'self-harm') return 'self-harm';
  return incident.outcome === 'call-ended' ? 'abusive-ended' : null;
}

/** When the debrief is due: the end of the next working day after the call was recorded. */
export function welfareDueAt(playbook: Pick<Playbook, 'openingHours'>, recordedAt: number, holidays: readonly string[] = []): number {
  const due = callBackDue(
    { id: 'welfare', label: WELFARE_LABEL, within: { amount: 1, unit: 'working-days' }, withinOpeningHours: true, from: { kind: 'organisation' }, sources: [] },
    playbook.openingHours,
    recordedAt,
    { holidays },
  );
  return due.kind === 'due' ? due.dueAt : recordedAt;
}

/** Where the follow-up comes from, in words: the standard's own, or the guide's default. */
export function welfareSource(playbookId: string, call: HardCall): string {
  const from = welfareFrom(playbookId, call);
  if (from.kind === 'standard') return `${STANDARDS[from.standard].short}, ${from.section}: “${from.quote}”`;
  return 'Guide default: your standard says nothing about the agent’s welfare after a hard call';
}

export function welfareFollowUp(incident: Pick<Incident, 'kind' | 'outcome'>, playbook: Pick<Playbook, 'id' | 'openingHours'>, recordedAt: number): FollowUp | null {
  const call = hardCall(incident);
  if (!call) return null;
  return {
    id: 'welfare',
    kind: 'welfare',
    label: `${WELFARE_LABEL}: talk the call through with the agent, who may need a break and support (${welfareSource(playbook.id, call)})`,
    dueAt: welfareDueAt(playbook, recordedAt),
    doneAt: null,
    doneBy: null,
    doneHow: null,
    doneNote: '',
  };
}
