/**
 * Texts composed from what the call has captured, for copying into the CRM or an email: the
 * transfer briefing (TR-2), the message (TR-5) and the call summary (CL-2, CL-6). The agent never
 * retypes what the guide already knows.
 */
import type { Playbook } from '../../content/schema';
import { callerFullName, languageName, type CallData } from './call';
import { formatClock } from './hold';

export interface ComposeContext {
  playbook: Playbook;
  agentName: string;
  agentPhone?: string;
}

const time = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const line = (label: string, value: string | undefined) => (value?.trim() ? `${label}: ${value.trim()}` : null);

function contactLines(call: CallData): (string | null)[] {
  const { caller } = call;
  return [
    line('Caller', callerFullName(caller)),
    line('Reference', caller.reference),
    line('Address', caller.address),
    line('Phone', caller.phone),
    line('Mobile', caller.mobile),
    line('Email', caller.email),
    line('Prefers contact by', caller.contactMethod),
    line('Language', languageName(caller) ?? undefined),
    line('Access needs', caller.access),
    ...dutyLines(call),
  ];
}

/** Who the caller speaks for, and a vulnerable caller's needs (DP, VU): every note carries them. */
export function dutyLines(call: CallData): (string | null)[] {
  const { caller } = call;
  const permission = caller.permissionKnown === 'yes' ? ' (their permission is known)' : caller.permissionKnown === 'no' ? ' (their permission is not known)' : '';
  return [
    caller.onBehalf ? `Calling on behalf of: ${caller.onBehalfOf.trim() || 'the customer (name not given)'}${permission}` : null,
    caller.vulnerable ? `Vulnerable caller: ${caller.vulnerableNote.trim() || 'yes'}` : null,
  ];
}

const join = (lines: (string | null)[]) => lines.filter((l): l is string => l !== null).join('\n');

export function transferBriefing(call: CallData): string {
  const confirmed = Object.entries(call.confirmed)
    .filter(([, yes]) => yes)
    .map(([field]) => field);
  return join([
    'Transferring a call to you.',
    ...contactLines(call),
    line('About', call.enquiry),
    line('Done so far', call.notes),
    confirmed.length ? `Details confirmed: ${confirmed.join(', ')}` : null,
  ]);
}

/** A message field filled from the call-back the agent promises, not typed twice. */
export const CALL_BACK_FIELD = 'call-back-time';

/** Values the message form starts with, by the playbook's field ids. */
export function messageDefaults(call: CallData, context: ComposeContext): Record<string, string> {
  const { caller } = call;
  const known: Record<string, string> = {
    'caller-name': callerFullName(caller),
    address: caller.address,
    phone: caller.phone || caller.mobile,
    'home-number': caller.phone,
    'mobile-number': caller.mobile,
    email: caller.email,
    reference: caller.reference,
    'nature-of-query': call.enquiry,
    reason: call.enquiry,
    'date-time': time(call.startedAt),
    'information-given': call.notes,
    'contact-point': [context.agentName, context.agentPhone].filter(Boolean).join(', '),
    [CALL_BACK_FIELD]: callBackWhen(call) ?? '',
  };
  return Object.fromEntries(context.playbook.message.fields.map((field) => [field.id, known[field.id] ?? '']));
}

export function messageText(call: CallData, context: ComposeContext, now: number): string {
  const values: Record<string, string> = {
    ...messageDefaults(call, context),
    ...call.message,
    [CALL_BACK_FIELD]: callBackWhen(call) ?? '',
  };
  const fields = context.playbook.message.fields;
  return join([
    `Message taken by ${context.agentName} on ${time(now)}`,
    ...fields.map((field) => `${field.label}: ${values[field.id]?.trim() || '—'}`),
    line('Language', languageName(call.caller) ?? undefined),
    ...dutyLines(call),
    fields.some((field) => field.id === CALL_BACK_FIELD) ? null : callBackLine(call),
  ]);
}

function callBackWhen(call: CallData): string | null {
  const promise = call.callBack;
  if (!promise) return null;
  return promise.dueAt !== null ? `by ${time(promise.dueAt)}` : promise.agreedTime || 'at a time to agree';
}

function callBackLine(call: CallData): string | null {
  const when = callBackWhen(call);
  return when && call.callBack ? `Call-back: ${when} (${call.callBack.label})` : null;
}

export function callSummary(call: CallData, context: ComposeContext, now: number): string {
  const holds = holdTotals(call, now);
  const transfer = [...call.timeline].reverse().find((event) => event.type === 'transfer-completed');
  const checked = context.playbook.closing.filter((item) => call.closing[item.id]).map((item) => item.label);
  return join([
    `${call.kind === 'transferred' ? 'Transferred call' : 'Call'} on ${time(call.startedAt)}, ${formatClock(now - call.startedAt)} long, taken by ${context.agentName}`,
    ...contactLines(call),
    line('Enquiry', call.enquiry),
    call.complaint ? 'Complaint: the caller is making a complaint' : null,
    line('Notes', call.notes),
    holds.count ? `On hold ${holds.count} time${holds.count > 1 ? 's' : ''}, ${formatClock(holds.totalMs)} in all, ${holds.checkIns} check-in${holds.checkIns === 1 ? '' : 's'}` : null,
    transfer ? `Transferred to: ${transfer.detail}` : null,
    call.protocol?.protocolId === 'abusive-call' && call.protocol.warnings.length
      ? `Abusive-call warnings: ${call.protocol.warnings.length}${call.protocol.outcome === 'behaviour-stopped' ? '; the caller stopped' : ''}`
      : null,
    callBackLine(call),
    checked.length ? `Closing: ${checked.join('; ')}` : null,
  ]);
}

/** Holds so far; one still running counts up to `now`. */
export function holdTotals(call: CallData, now: number): { count: number; totalMs: number; checkIns: number } {
  let count = 0;
  let totalMs = 0;
  let checkIns = 0;
  let startedAt: number | null = null;
  for (const event of call.timeline) {
    if (event.type === 'hold-started') {
      count += 1;
      startedAt = event.at;
    } else if (event.type === 'hold-check-in') {
      checkIns += 1;
    } else if (event.type === 'hold-ended' && startedAt !== null) {
      totalMs += event.at - startedAt;
      startedAt = null;
    }
  }
  if (startedAt !== null) totalMs += now - startedAt;
  return { count, totalMs, checkIns };
}
