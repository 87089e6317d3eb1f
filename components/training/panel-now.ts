import type { HoldPolicy } from '../../content/schema';
import { findProtocol } from '../../content';
import type { CallData, Stage } from '../../lib/call/call';
import { formatClock, holdStatus, type HoldPhase } from '../../lib/call/hold';

const STAGES: Record<Stage, string> = { greeting: 'Greeting', caller: 'Caller', enquiry: 'Enquiry', close: 'Close' };
const HOLD_PHASES: Record<HoldPhase, string> = {
  holding: 'On hold',
  'check-in-due': 'On hold: check in now',
  'offer-call-back': 'On hold: offer a call-back now',
  'over-limit': 'On hold: past the limit',
};

/** What the trainee's panel shows, in words for the presenter view: label and value pairs. */
export function panelNow(call: CallData | null, hold: HoldPolicy | null, now: number): [string, string][] {
  if (!call) return [['Call', 'Not started']];
  const rows: [string, string][] = [
    ['Call', formatClock(now - call.startedAt)],
    ['Step', call.activity === 'transfer' ? 'Transfer' : call.activity === 'message' ? 'Message and call-back' : STAGES[call.stage]],
  ];
  if (call.askingHold) rows.push(['Hold', 'Asking the caller']);
  else if (call.hold && hold) {
    const status = holdStatus(call.hold, hold, now);
    rows.push(['Hold', `${HOLD_PHASES[status.phase]} (${formatClock(status.elapsedMs)})`]);
  }
  const run = call.protocol;
  if (run && (run.open || run.callEnded)) {
    const protocol = findProtocol(run.protocolId);
    rows.push(['Protocol', protocol?.title ?? run.protocolId]);
    rows.push(['Protocol step', protocol?.steps.find((step) => step.id === run.stepId)?.title ?? run.stepId]);
    if (run.protocolId === 'abusive-call') rows.push(['Warnings given', String(run.warnings.length)]);
    if (run.inputs.location?.trim()) rows.push(['Caller’s location', run.inputs.location.trim()]);
    if (run.emergencyCalledAt !== null) rows.push(['999', `called at ${formatClock(run.emergencyCalledAt - call.startedAt)}`]);
  }
  return rows;
}
