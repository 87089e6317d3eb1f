/**
 * Building an incident record from a call and its protocol run: the agent never retypes what the
 * steps already captured (AB-9, SH-6).
 */
import type { Playbook, Protocol, Referral } from '../../content/schema';
import { callerFullName, languageName, type Caller, type CallData } from '../call/call';
import type { FollowUp, Incident } from './record';
import type { ProtocolRun } from '../call/protocol-state';
import { incidentTimeline } from './timeline';
import { welfareFollowUp } from './welfare';
import { formatTime as clock } from '../time-format';

export interface IncidentContext {
  playbook: Playbook;
  protocol: Protocol;
  agentName: string;
  /** The referral services the agent was offered, so the record names them as the agent saw them. */
  referrals?: readonly Referral[];
}

const HOUR = 3_600_000;

/** Keys that identify a caller across calls: phone digits and the reference, normalised. */
export function callerKeys(caller: Pick<Caller, 'phone' | 'mobile' | 'reference'>): string[] {
  const keys = [caller.phone, caller.mobile]
    .map((phone) => phone.replace(/\D/g, '').replace(/^44/, '0'))
    .filter((digits) => digits.length >= 6)
    .map((digits) => `tel:${digits}`);
  const reference = caller.reference.trim().toUpperCase().replace(/\s+/g, '');
  if (reference) keys.push(`ref:${reference}`);
  return [...new Set(keys)];
}

const NOT_DONE = { doneAt: null, doneBy: null, doneHow: null, doneNote: '' } as const;

/** What the line manager confirms to the caller, in one line (Moray 4.4). */
const confirms = (rule: NonNullable<Playbook['abusiveFollowUp']>) => rule.confirms.map((point) => point.charAt(0).toLowerCase() + point.slice(1)).join('; ');

/**
 * Moray (AB-12): the line manager rings within 24 hours, or writes within 48 if there is no number.
 * After a hard call, the agent's own debrief (lib/incidents/welfare.ts), which for a self-harm call
 * is step 6's discussion with the line manager (SH-6).
 */
export function followUpsFor(run: ProtocolRun, call: CallData, playbook: Playbook, now: number): FollowUp[] {
  const welfare = welfareFollowUp({ kind: run.protocolId === 'self-harm' ? 'self-harm' : 'abusive-call', outcome: run.outcome ?? 'open' }, playbook, now);
  return [...callerFollowUps(run, call, playbook, now), ...(welfare ? [welfare] : [])];
}

function callerFollowUps(run: ProtocolRun, call: CallData, playbook: Playbook, now: number): FollowUp[] {
  if (run.protocolId === 'self-harm') return [];
  const rule = playbook.abusiveFollowUp;
  if (!rule || run.outcome !== 'call-ended') return [];
  const hasNumber = Boolean(call.caller.phone.trim() || call.caller.mobile.trim());
  return hasNumber
    ? [{ id: 'ring', kind: 'ring', label: `Line manager rings the caller within ${rule.ringWithinHours} hours to confirm: ${confirms(rule)} (AB-12)`, dueAt: now + rule.ringWithinHours * HOUR, ...NOT_DONE }]
    : [{ id: 'write', kind: 'write', label: `Line manager writes to the caller within ${rule.writeWithinHours} hours to confirm: ${confirms(rule)} (AB-12)`, dueAt: now + rule.writeWithinHours * HOUR, ...NOT_DONE }];
}

export function buildIncident(call: CallData, context: IncidentContext, now: number): Incident {
  const run = call.protocol;
  if (!run) throw new Error('an incident needs a protocol run');
  const { protocol, playbook } = context;
  const steps = protocol.steps
    .filter((step) => run.done[step.id] !== undefined)
    .map((step) => ({ id: step.id, title: step.title, at: run.done[step.id]! }))
    .sort((a, b) => a.at - b.at);
  const inputs = protocol.steps.flatMap((step) => step.inputs);
  const answers = inputs
    .map((input) => ({ id: input.id, label: input.label, value: (run.inputs[input.id] ?? '').trim() }))
    .concat(callerAnswers(call.caller))
    .filter((answer) => answer.value);
  const checklist = protocol.steps
    .flatMap((step) => step.checklist)
    .filter((item) => run.checklist[item.id])
    .map((item) => item.label);
  const ended = [...call.timeline].reverse().find((e) => e.type === 'call-terminated' || e.type === 'call-ended-in-protocol');
  return {
    id: `${call.id}-${run.protocolId}`,
    kind: run.protocolId,
    status: 'open',
    createdAt: now,
    callStartedAt: call.startedAt,
    callEndedAt: ended?.at ?? null,
    agentName: context.agentName,
    playbookId: playbook.id,
    summary: incidentSummary(run),
    caller: {
      name: callerFullName(call.caller),
      phone: call.caller.phone || call.caller.mobile,
      reference: call.caller.reference,
    },
    callerKeys: callerKeys(call.caller),
    location: (run.inputs.location ?? '').trim(),
    steps,
    timeline: incidentTimeline(call, protocol, context.referrals),
    warnings: run.warnings,
    answers,
    checklist,
    route: run.route,
    referralsGiven: run.referralsGiven,
    colleagueAlertedAt: run.colleagueAlertedAt,
    emergencyCalledAt: run.emergencyCalledAt,
    outcome: run.outcome ?? 'open',
    followUps: followUpsFor(run, call, playbook, now),
    notes: call.notes,
    reviewNotes: [],
    review: null,
  };
}


export function incidentSummary(run: ProtocolRun): string {
  if (run.protocolId === 'abusive-call') {
    const warnings = run.warnings.length
      ? `${run.warnings.length} warning${run.warnings.length === 1 ? '' : 's'} (${run.warnings.map(clock).join(', ')})`
      : 'no warnings';
    const ending = run.outcome === 'behaviour-stopped' ? 'the caller stopped and the call went on' : 'the call was ended';
    return `Abusive call: ${warnings}; ${ending}.`;
  }
  const route =
    run.route === 'emergency'
      ? `999 called${run.emergencyCalledAt !== null ? ` at ${clock(run.emergencyCalledAt)}` : ''}`
      : 'referral advice given';
  const where = run.inputs.location?.trim() ? ` Caller at: ${run.inputs.location.trim()}.` : '';
  return `Caller declared intent to self-harm: ${route}.${where}`;
}

/** What the caller stage noted that the incident must carry: vulnerability, language, who they speak for (VU, CY-1, DP). */
function callerAnswers(caller: Caller): { id: string; label: string; value: string }[] {
  return [
    { id: 'caller-vulnerable', label: 'Vulnerable caller', value: caller.vulnerable ? caller.vulnerableNote.trim() || 'yes' : '' },
    { id: 'caller-language', label: 'Language', value: languageName(caller) ?? '' },
    { id: 'caller-on-behalf-of', label: 'Calling on behalf of', value: caller.onBehalf ? caller.onBehalfOf.trim() || 'the customer (name not given)' : '' },
  ];
}
