/**
 * Texts composed from a protocol run for the agent to read out or copy: the summary for the
 * emergency services (SH-5, location first) and the file note for the line manager (AB-8).
 */
import type { Playbook } from '../../content/schema';
import { callerFullName, type CallData } from '../call/call';
import type { ProtocolRun } from '../call/protocol-state';
import { formatTime as time } from '../time-format';

const date = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { dateStyle: 'medium' });
const line = (label: string, value: string | undefined) => (value?.trim() ? `${label}: ${value.trim()}` : null);
const join = (lines: (string | null)[]) => lines.filter((l): l is string => l !== null).join('\n');

/** What to tell 999: where the caller is first, then what they have said (SH-3, SH-5). */
export function emergencySummary(run: ProtocolRun, call: CallData): string {
  const answer = (id: string) => run.inputs[id];
  return join([
    `Location: ${answer('location')?.trim() || 'NOT KNOWN YET: ask where they are'}`,
    run.emergencyCalledAt === null ? '999 not called yet' : `999 called at ${time(run.emergencyCalledAt)}`,
    line('Going anywhere else', answer('plans-elsewhere')),
    line('Plans', answer('plans')),
    line('How soon', answer('imminent')),
    line('Means to hand', answer('means')),
    line('Action already taken', answer('action-taken')),
    line('Alone or with', answer('alone')),
    line('Harmed themselves before', answer('before')),
    line('Treatment', answer('treatment')),
    line('Caller', callerFullName(call.caller)),
    line('Caller’s phone', call.caller.phone || call.caller.mobile),
  ]);
}

/** The agent's answer when asked about ending before every warning was given, if they were asked. */
function early(call: CallData): string | null {
  const asked = call.timeline.find((event) => event.type === 'early-end-confirmed');
  return asked ? `Ended before the procedure’s warnings were all given (${asked.detail ?? ''}): the agent confirmed ending the call.` : null;
}

/** The file note for the line manager (AB-8), with the follow-up the playbook sets (AB-12). */
export function lineManagerReport(run: ProtocolRun, call: CallData, playbook: Playbook, agentName: string): string {
  const ended = call.timeline.find((event) => event.type === 'call-terminated');
  const rule = playbook.abusiveFollowUp;
  const hasNumber = Boolean(call.caller.phone.trim() || call.caller.mobile.trim());
  return join([
    `File note: abusive call on ${date(call.startedAt)} at ${time(call.startedAt)}, taken by ${agentName}.`,
    line('Caller', callerFullName(call.caller)),
    line('Phone', call.caller.phone || call.caller.mobile),
    line('Reference', call.caller.reference),
    line('About', call.enquiry),
    `Warnings given: ${run.warnings.length}${run.warnings.length ? ` (${run.warnings.map(time).join(', ')})` : ''}`,
    ended
      ? `Call ended at ${time(ended.at)}${run.warnings.length ? '' : '; no warning was recorded before it was ended'}.`
      : 'The call continued after the caller stopped.',
    early(call),
    line('Caller’s words', run.inputs['ab-caller-words']),
    line('What happened', run.inputs['ab-what-happened']),
    rule && ended
      ? `${
          hasNumber
            ? `Follow-up: the line manager rings the caller within ${rule.ringWithinHours} hours to confirm:`
            : `Follow-up: no phone number, so the line manager writes within ${rule.writeWithinHours} hours to confirm:`
        }\n${rule.confirms.map((point) => `- ${point}`).join('\n')}`
      : null,
  ]);
}

/** Starting values for the incident form (AB-9), so the agent only adds the caller's words. */
export function recordDefaults(run: ProtocolRun, call: CallData): Record<string, string> {
  const warnings = run.warnings.map((at, index) => `warning ${index + 1} at ${time(at)}`).join(', ');
  const ended = call.timeline.find((event) => event.type === 'call-terminated');
  return {
    'ab-call-time': time(call.startedAt),
    'ab-what-happened': [
      call.enquiry.trim() ? `Call about: ${call.enquiry.trim()}.` : '',
      warnings ? `Warnings: ${warnings}.` : 'No warnings given.',
      ended ? `Call ended at ${time(ended.at)}.` : 'The caller stopped and the call went on.',
    ]
      .filter(Boolean)
      .join(' '),
  };
}
