import type { HoldPolicy } from '../../content/schema';
import { findPlaybook, findProtocol } from '../../content';
import type { CallData, Stage } from '../../lib/call/call';
import { formatClock, holdStatus, type HoldPhase } from '../../lib/call/hold';

const STAGES: Record<Stage, string> = { greeting: 'Greeting', caller: 'Caller', enquiry: 'Enquiry', close: 'Close' };
const HOLD_PHASES: Record<HoldPhase, string> = {
  holding: 'On hold',
  'check-in-due': 'On hold: check in now',
  'offer-call-back': 'On hold: offer a call-back now',
  'over-limit': 'On hold: past the limit',
};

/** The procedure the run follows under this playbook (Communities' own, Moray's, or the guide's default). */
function runProtocol(protocolId: string, playbookId: string | undefined) {
  const use = playbookId ? findPlaybook(playbookId)?.protocols : undefined;
  const chosen = protocolId === 'self-harm' ? use?.selfHarm : use?.abusive;
  return (chosen && (chosen.custom ?? findProtocol(chosen.procedure))) ?? findProtocol(protocolId);
}

/** What the trainee's panel shows, in words for the presenter view: label and value pairs. */
export function panelNow(call: CallData | null, hold: HoldPolicy | null, now: number, playbookId?: string): [string, string][] {
  if (!call) return [['Call', 'Not started']];
  const run = call.protocol;
  const protocol = run ? runProtocol(run.protocolId, playbookId) : undefined;
  const protocolStep = run && (run.open || run.callEnded) ? (protocol?.steps.find((step) => step.id === run.stepId)?.title ?? run.stepId) : null;
  const stage = call.activity === 'transfer' ? 'Transfer' : call.activity === 'message' ? 'Message and call-back' : STAGES[call.stage];
  const rows: [string, string][] = [
    ['Call', formatClock(now - call.startedAt)],
    // In a protocol, the step the trainee is on, not the call's stage behind it.
    ['Step', protocolStep ? `${protocol?.title ?? run!.protocolId}: ${protocolStep}` : stage],
  ];
  if (call.askingHold) rows.push(['Hold', 'Asking the caller']);
  else if (call.hold && hold) {
    const status = holdStatus(call.hold, hold, now);
    rows.push(['Hold', `${HOLD_PHASES[status.phase]} (${formatClock(status.elapsedMs)})`]);
  }
  if (run && (run.open || run.callEnded) && run.protocolId === 'abusive-call') rows.push(['Warnings given', String(run.warnings.length)]);
  return [...rows, ...keyFacts(call)];
}

/** The caller's location and the 999 time: kept on the presenter's screen from when they are known. */
export function keyFacts(call: CallData | null): [string, string][] {
  const run = call?.protocol;
  if (!call || !run) return [];
  const rows: [string, string][] = [];
  if (run.inputs.location?.trim()) rows.push(['Caller’s location', run.inputs.location.trim()]);
  if (run.emergencyCalledAt !== null) rows.push(['999', `called at ${formatClock(run.emergencyCalledAt - call.startedAt)}`]);
  return rows;
}
