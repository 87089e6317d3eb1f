/**
 * Triage at a glance: what happened on a call, as the list shows it and a team leader filters and
 * sorts by it (999 called, call ended, police informed, behaviour stopped), read from the record
 * itself so old records and imported ones say the same.
 */
import type { Incident } from './record';

export type TriageFlag = 'emergency' | 'call-ended' | 'police' | 'behaviour-stopped';

export const TRIAGE_LABELS: Record<TriageFlag, string> = {
  emergency: '999 called',
  'call-ended': 'Call ended',
  police: 'Police informed',
  'behaviour-stopped': 'Behaviour stopped',
};

/** How much each flag weighs when sorting "most serious first". */
const WEIGHT: Record<TriageFlag, number> = { emergency: 8, police: 4, 'call-ended': 2, 'behaviour-stopped': 0 };

type Triaged = Pick<Incident, 'kind' | 'outcome' | 'emergencyCalledAt' | 'route' | 'authorities'>;

export function triageFlags(incident: Triaged): TriageFlag[] {
  const flags: TriageFlag[] = [];
  if (incident.emergencyCalledAt != null || incident.route === 'emergency') flags.push('emergency');
  if (incident.outcome === 'call-ended') flags.push('call-ended');
  if (incident.authorities?.policeInformed) flags.push('police');
  if (incident.outcome === 'behaviour-stopped') flags.push('behaviour-stopped');
  return flags;
}

export const hasFlag = (incident: Triaged, flag: TriageFlag) => triageFlags(incident).includes(flag);

/** A self-harm call weighs one more than an abusive call with the same flags. */
export function seriousness(incident: Triaged): number {
  return triageFlags(incident).reduce((sum, flag) => sum + WEIGHT[flag], incident.kind === 'self-harm' ? 1 : 0);
}

/** The flags in words, for the list and the CSV: "999 called; police informed (ref CAD 1234)". */
export function triageLine(incident: Triaged): string {
  const flags = triageFlags(incident).map((flag) => TRIAGE_LABELS[flag]);
  const reference = incident.authorities?.reference.trim();
  return [...flags, ...(reference ? [`Reference ${reference}`] : [])].join('; ');
}
