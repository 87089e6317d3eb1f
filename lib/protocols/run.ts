/**
 * A safeguarding protocol run inside a live call: the organisation's abusive-call procedure or the
 * six-point self-harm plan. Pure transitions over the call's data, so every step, warning and
 * answer lands on the call's timeline and in its draft, and the incident record is built from
 * them without retyping. What a step does comes from its kind in the content (a warning is
 * counted, 'end-call' ends the call, 'gather' leads to the route), never from its id.
 */
import type { Protocol, ProtocolStep, StepKind } from '../../content/schema';
import { log, type CallData } from '../call/call';
import type { ProtocolOutcome, ProtocolRun, Route } from '../call/protocol-state';

/** The first step of a kind in a procedure. */
export function stepOfKind(protocol: Protocol, kind: StepKind): ProtocolStep | undefined {
  return protocol.steps.find((step) => step.kind === kind);
}

/** How many warnings the procedure gives before the call may be ended. */
export function warningsRequired(protocol: Protocol): number {
  const end = protocol.steps.findIndex((step) => step.kind === 'end-call');
  return protocol.steps.slice(0, end < 0 ? undefined : end).filter((step) => step.kind === 'warning').length;
}

/** Warnings the procedure still asks for before the call is ended; 0 when all are given. */
export function warningsShort(protocol: Protocol, run: ProtocolRun): number {
  return Math.max(0, warningsRequired(protocol) - run.warnings.length);
}

/**
 * Ending an abusive call before the procedure's warnings are all given is asked first (AB-3), and
 * the answer goes on the record: 'end-now' ends the call, 'not-yet' goes back to the first warning
 * not yet given.
 */
export function answerEarlyEnd(call: CallData, now: number, protocol: Protocol, answer: 'end-now' | 'not-yet'): CallData {
  const run = call.protocol;
  const ending = stepOfKind(protocol, 'end-call');
  if (!run || !ending || run.callEnded) return call;
  const detail = `${run.warnings.length} of ${warningsRequired(protocol)}`;
  if (answer === 'end-now') return completeStep(log(call, now, 'early-end-confirmed', detail), now, protocol, ending.id);
  const unsaid = protocol.steps.find((step) => step.kind === 'warning' && run.done[step.id] === undefined);
  const back = log(call, now, 'early-end-declined', detail);
  return unsaid ? goToStep(back, unsaid.id) : back;
}

const kindOf = (protocol: Protocol, stepId: string): StepKind | undefined => protocol.steps.find((step) => step.id === stepId)?.kind;

function withRun(call: CallData, run: ProtocolRun): CallData {
  return { ...call, protocol: run };
}

export function startProtocol(call: CallData, now: number, protocol: Protocol): CallData {
  if (call.protocol && call.protocol.protocolId === protocol.kind && !call.protocol.outcome) {
    return call.protocol.open ? call : withRun(call, { ...call.protocol, open: true });
  }
  const first = protocol.steps[0];
  if (!first) return call;
  const run: ProtocolRun = {
    protocolId: protocol.kind,
    procedureId: protocol.id,
    startedAt: now,
    stepId: first.id,
    done: {},
    checklist: {},
    inputs: {},
    warnings: [],
    route: null,
    colleagueAlertedAt: null,
    emergencyCalledAt: null,
    referralsGiven: [],
    wasOnHold: Boolean(call.hold || call.askingHold),
    outcome: null,
    open: true,
    callEnded: false,
  };
  // HO-5: a caller who may harm themselves must not be on hold; nothing here puts one on hold.
  return log(withRun({ ...call, askingHold: false }, run), now, 'protocol-started', protocol.kind);
}

export function goToStep(call: CallData, stepId: string): CallData {
  const run = call.protocol;
  return run && run.stepId !== stepId ? withRun(call, { ...run, stepId }) : call;
}

/** Marks the step on screen done ("said" for a warning) and moves to the next one. */
export function completeStep(call: CallData, now: number, protocol: Protocol, stepId: string): CallData {
  const run = call.protocol;
  if (!run) return call;
  const kind = kindOf(protocol, stepId);
  const warning = kind === 'warning' && run.done[stepId] === undefined;
  let next: ProtocolRun = {
    ...run,
    done: { ...run.done, [stepId]: now },
    warnings: warning ? [...run.warnings, now] : run.warnings,
    stepId: nextStepId(protocol, run, stepId),
  };
  let updated = log(call, now, warning ? 'warning-given' : 'protocol-step', stepId);
  if (kind === 'end-call') {
    next = { ...next, outcome: 'call-ended', callEnded: true };
    updated = log(updated, now, 'call-terminated');
  }
  return withRun(updated, next);
}

function nextStepId(protocol: Protocol, run: ProtocolRun, stepId: string): string {
  const steps = protocol.steps;
  const kind = kindOf(protocol, stepId);
  // After gathering information the agent chooses the route; after either route, the record.
  if (kind === 'gather') return (stepOfKind(protocol, run.route === 'emergency' ? 'emergency' : 'referrals') ?? steps[steps.length - 1]!).id;
  if ((kind === 'referrals' || kind === 'emergency') && run.protocolId === 'self-harm') return stepOfKind(protocol, 'record')?.id ?? stepId;
  const index = steps.findIndex((step) => step.id === stepId);
  return steps[index + 1]?.id ?? stepId;
}

export function setChecklist(call: CallData, now: number, itemId: string, checked: boolean): CallData {
  const run = call.protocol;
  if (!run || Boolean(run.checklist[itemId]) === checked) return call;
  return withRun(log(call, now, 'protocol-checked', `${itemId}:${checked}`), {
    ...run,
    checklist: { ...run.checklist, [itemId]: checked },
  });
}

/** Answers are typed: no event per keystroke, one per field the first time it is filled. */
export function setInput(call: CallData, now: number, inputId: string, value: string): CallData {
  const run = call.protocol;
  if (!run || run.inputs[inputId] === value) return call;
  const first = !run.inputs[inputId];
  const updated = first && value ? log(call, now, 'protocol-answer', inputId) : call;
  return withRun(updated, { ...run, inputs: { ...run.inputs, [inputId]: value } });
}

/** SH-2: the support partner was alerted. */
export function colleagueAlerted(call: CallData, now: number): CallData {
  const run = call.protocol;
  if (!run || run.colleagueAlertedAt !== null) return call;
  const updated = withRun(call, { ...run, colleagueAlertedAt: now, checklist: { ...run.checklist, 'sh-partner-alerted': true } });
  return log(updated, now, 'colleague-alerted');
}

/** SH-4 / SH-5: the agent's judgement of the route; never computed by the guide. */
export function chooseRoute(call: CallData, now: number, protocol: Protocol, route: Route): CallData {
  const run = call.protocol;
  if (!run) return call;
  const stepId = stepOfKind(protocol, route === 'emergency' ? 'emergency' : 'referrals')?.id ?? run.stepId;
  return log(withRun(call, { ...run, route, stepId }), now, 'route-chosen', route);
}

/** SH-5: the time 999 was called goes on the record. */
export function emergencyCalled(call: CallData, now: number): CallData {
  const run = call.protocol;
  if (!run || run.emergencyCalledAt !== null) return call;
  const updated = withRun(call, {
    ...run,
    route: 'emergency',
    emergencyCalledAt: now,
    checklist: { ...run.checklist, 'sh-dialled-999': true },
  });
  return log(updated, now, 'emergency-called');
}

export function referralGiven(call: CallData, now: number, referralId: string, given: boolean): CallData {
  const run = call.protocol;
  if (!run || run.referralsGiven.includes(referralId) === given) return call;
  const referralsGiven = given ? [...run.referralsGiven, referralId] : run.referralsGiven.filter((id) => id !== referralId);
  return log(withRun(call, { ...run, referralsGiven }), now, 'referral-given', `${referralId}:${given}`);
}

/** Abusive call: the caller calmed down; back to the call with the warnings kept (AB-1..AB-4). */
export function behaviourStopped(call: CallData, now: number): CallData {
  const run = call.protocol;
  if (!run) return call;
  return log(withRun(call, { ...run, outcome: 'behaviour-stopped', open: false }), now, 'behaviour-stopped');
}

/** The call has ended (self-harm: once help is arranged); the after-call steps remain. */
export function protocolCallEnded(call: CallData, now: number, protocol: Protocol): CallData {
  const run = call.protocol;
  if (!run || run.callEnded) return call;
  const outcome: ProtocolOutcome = run.protocolId === 'self-harm' ? (run.route ?? 'non-urgent') : 'call-ended';
  const stepId = run.protocolId === 'self-harm' ? (stepOfKind(protocol, 'record')?.id ?? run.stepId) : run.stepId;
  return log(withRun(call, { ...run, callEnded: true, outcome, stepId }), now, 'call-ended-in-protocol');
}

/** After "behaviour stopped", the agent may still record an incident: reopen at the record step. */
export function recordAfterwards(call: CallData, now: number, protocol: Protocol): CallData {
  const run = call.protocol;
  const record = stepOfKind(protocol, 'record');
  if (!run || !record) return call;
  return log(withRun(call, { ...run, open: true, stepId: record.id }), now, 'protocol-step', 'record-afterwards');
}

/** The incident record is on disk; saving again later updates the same record. */
export function incidentSaved(call: CallData, now: number, incidentId: string): CallData {
  const run = call.protocol;
  if (!run) return call;
  return log(withRun(call, { ...run, saved: true }), now, 'incident-saved', incidentId);
}

/** The last step is done: the protocol closes (the model ends the call if it had ended). */
export function finishProtocol(call: CallData, now: number): CallData {
  const run = call.protocol;
  if (!run) return call;
  return log(withRun(call, { ...run, open: false }), now, 'protocol-step', 'finished');
}
