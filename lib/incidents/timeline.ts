/**
 * The incident's timeline: the call's events worded once, when the incident is recorded, so the
 * log reads the same even after the guide's content changes; and the durations between them.
 */
import { referralCatalogue } from '../../content';
import { PROTOCOL_EVENT_TYPES } from '../../content/call-events';
import type { Protocol, Referral } from '../../content/schema';
import type { CallData, CallEvent } from '../call/call';
import type { Incident, IncidentEvent } from './record';

/** What a team leader needs to see of the call; typing, stages and copying are left out. */
const KEPT = new Set<CallEvent['type']>(['call-started', 'hold-started', 'hold-ended', ...PROTOCOL_EVENT_TYPES, 'call-ended']);

function describe(event: CallEvent, protocol: Protocol, referrals: readonly Referral[]): string {
  const detail = event.detail ?? '';
  const [id = '', flag] = detail.split(':');
  const step = (stepId: string) => protocol.steps.find((s) => s.id === stepId)?.title ?? stepId;
  switch (event.type) {
    case 'call-started':
      return 'Call started';
    case 'hold-started':
      return 'Caller put on hold';
    case 'hold-ended':
      return 'Caller taken off hold';
    case 'protocol-started':
      return `${protocol.title}: protocol opened`;
    case 'protocol-step':
      if (detail === 'finished') return 'Protocol finished';
      if (detail === 'record-afterwards') return 'Reopened to record the incident';
      return `Done: ${step(detail)}`;
    case 'warning-given':
      return `Warning given: ${step(detail)}`;
    case 'early-end-confirmed':
      return `Ended before the procedure's warnings were all given (${detail}): the agent confirmed`;
    case 'early-end-declined':
      return `Asked to end before the procedure's warnings were all given (${detail}): went back to them`;
    case 'call-terminated':
      return 'Call ended by the agent';
    case 'protocol-checked': {
      const label = protocol.steps.flatMap((s) => s.checklist).find((item) => item.id === id)?.label ?? id;
      return `${flag === 'true' ? 'Ticked' : 'Unticked'}: ${label}`;
    }
    case 'protocol-answer':
      return `Answered: ${protocol.steps.flatMap((s) => s.inputs).find((input) => input.id === detail)?.label ?? detail}`;
    case 'colleague-alerted':
      return 'Support partner alerted';
    case 'route-chosen':
      return detail === 'emergency' ? 'Route chosen: serious risk or immediate danger, 999' : 'Route chosen: not urgent, referral advice';
    case 'emergency-called':
      return '999 called';
    case 'referral-given': {
      const name = [...referrals, ...referralCatalogue.entries].find((r) => r.id === id)?.name ?? id;
      return `${flag === 'true' ? 'Referral given' : 'Referral taken back'}: ${name}`;
    }
    case 'behaviour-stopped':
      return 'The caller stopped; the call went on';
    case 'call-ended-in-protocol':
      return 'Call ended';
    case 'call-ended':
      return 'Call closed';
    default:
      return event.type;
  }
}

/** The call's events worded for the log; referral names from the list the agent was offered. */
export function incidentTimeline(call: CallData, protocol: Protocol, referrals: readonly Referral[] = []): IncidentEvent[] {
  return call.timeline
    .filter((event) => KEPT.has(event.type))
    .map((event) => ({ at: event.at, type: event.type, label: describe(event, protocol, referrals) }));
}

/** For incidents recorded before version 3 kept a timeline: what their steps and times tell. */
export function timelineFromRecord(incident: Partial<Incident>): IncidentEvent[] {
  const warnings = new Set(incident.warnings ?? []);
  const events: IncidentEvent[] = [];
  if (typeof incident.callStartedAt === 'number') events.push({ at: incident.callStartedAt, type: 'call-started', label: 'Call started' });
  for (const step of incident.steps ?? []) {
    const warning = warnings.has(step.at);
    events.push({
      at: step.at,
      type: warning ? 'warning-given' : 'protocol-step',
      label: `${warning ? 'Warning given' : 'Done'}: ${step.title}`,
    });
  }
  if (incident.colleagueAlertedAt) events.push({ at: incident.colleagueAlertedAt, type: 'colleague-alerted', label: 'Support partner alerted' });
  if (incident.emergencyCalledAt) events.push({ at: incident.emergencyCalledAt, type: 'emergency-called', label: '999 called' });
  if (incident.callEndedAt) events.push({ at: incident.callEndedAt, type: 'call-ended-in-protocol', label: 'Call ended' });
  return events.sort((a, b) => a.at - b.at);
}

export interface TimedEvent extends IncidentEvent {
  /** Since the previous event; null for the first. */
  sincePrevious: number | null;
  /** Since the first event. */
  sinceStart: number;
}

export function withDurations(events: readonly IncidentEvent[]): TimedEvent[] {
  const start = events[0]?.at ?? 0;
  return events.map((event, index) => ({
    ...event,
    sincePrevious: index === 0 ? null : event.at - events[index - 1]!.at,
    sinceStart: event.at - start,
  }));
}

/** "45 s", "2 min 5 s", "1 h 20 min": a duration as a person says it. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
