/**
 * The rules a debrief checks beyond the script's steps, each over the practice's events and the
 * call as it ended, each finding citing the requirement it concerns. They hold for any call: a
 * hold without a check-in is named whether or not the scenario meant to have a hold.
 */
import type { CallerField, HoldPolicy } from '../../content/schema';
import type { ScenarioChecks } from '../../content/scenarios/schema';
import { callerFullName, type CallData } from '../call/call';
import { formatClock } from '../call/hold';
import type { TimelineEvent } from './attempt';

export interface Finding {
  /** Which rule or step found it, e.g. 'hold-check-in' or 'step:email-spelled'. */
  rule: string;
  text: string;
  sources: string[];
  /** Call time it concerns, when there is one moment. */
  at?: number;
}

export interface RuleInput {
  events: readonly TimelineEvent[];
  /** The call as it ended (or null if the practice never started a call). */
  call: CallData | null;
  hold: HoldPolicy;
  /** Warnings the playbook's abusive-call procedure gives before ending (Communities 5, Moray 1). */
  warningsRequired?: number;
  checks: ScenarioChecks;
  /** Added to every time limit: human reaction time, scaled by the scenario clock's speed. */
  allowanceMs: number;
}


const is = (event: TimelineEvent, type: TimelineEvent['type'], detail?: string) =>
  event.type === type && (detail === undefined || event.detail === detail);

/** HO-1: every hold was agreed first. */
export function holdPermission({ events }: RuleInput): Finding[] {
  const findings: Finding[] = [];
  let asked = false;
  for (const event of events) {
    if (is(event, 'hold-asked')) asked = true;
    if (is(event, 'hold-declined')) asked = false;
    if (is(event, 'hold-started')) {
      if (!asked) findings.push({ rule: 'hold-permission', text: 'Put on hold without asking the caller first.', sources: ['HO-1'], at: event.at });
      asked = false;
    }
  }
  return findings;
}

interface HoldSpan {
  start: number;
  end: number;
  checkIns: number[];
  offeredAt: number | null;
}

const HOLD_ENDS = new Set<TimelineEvent['type']>(['hold-ended', 'call-back-offered', 'call-ended', 'call-terminated', 'call-ended-in-protocol']);

function holdSpans(events: readonly TimelineEvent[]): HoldSpan[] {
  const spans: HoldSpan[] = [];
  let open: HoldSpan | null = null;
  for (const [index, event] of events.entries()) {
    if (is(event, 'hold-started') && !open) open = { start: event.at, end: event.at, checkIns: [], offeredAt: null };
    else if (open && is(event, 'hold-check-in')) open.checkIns.push(event.at);
    else if (open && HOLD_ENDS.has(event.type)) {
      // Offering a call-back resumes the call first: "hold-ended", then "call-back-offered", same moment.
      const next = events[index + 1];
      const offered = is(event, 'call-back-offered') || (next !== undefined && is(next, 'call-back-offered') && next.at === event.at);
      spans.push({ ...open, end: event.at, offeredAt: offered ? event.at : null });
      open = null;
    }
  }
  if (open) spans.push({ ...open, end: events[events.length - 1]?.at ?? open.start });
  return spans;
}

/** HO-2: no stretch on hold longer than the check-in interval without a check-in. */
export function holdCheckIns({ events, hold, allowanceMs }: RuleInput): Finding[] {
  const limit = hold.checkInSeconds * 1000 + allowanceMs;
  return holdSpans(events).flatMap((span) => {
    const marks = [span.start, ...span.checkIns, span.end];
    const gap = marks.slice(1).findIndex((mark, index) => mark - marks[index]! > limit);
    if (gap < 0) return [];
    const from = marks[gap]!;
    const longest = Math.max(...marks.slice(1).map((mark, index) => mark - marks[index]!));
    return [
      {
        rule: 'hold-check-in',
        text: `On hold for ${formatClock(longest)} without a check-in; the guide prompts one every ${formatClock(hold.checkInSeconds * 1000)}.`,
        sources: ['HO-2'],
        at: from,
      },
    ];
  });
}

/** HO-3: a call-back offered before the hold reached its limit. */
export function holdCallBack({ events, hold, allowanceMs }: RuleInput): Finding[] {
  const limit = hold.maxHoldSeconds * 1000;
  return holdSpans(events).flatMap((span) => {
    const length = span.end - span.start;
    if (length <= limit + allowanceMs) return [];
    const text =
      span.offeredAt === null
        ? `Held for ${formatClock(length)} without offering a call-back; offer one before ${formatClock(limit)}.`
        : `Call-back offered only after ${formatClock(length)} on hold; offer one before ${formatClock(limit)}.`;
    return [{ rule: 'hold-call-back', text, sources: ['HO-3'], at: span.start }];
  });
}

/** HO-5, SH-2: a caller who may harm themselves is never on hold. */
export function holdDuringSelfHarm({ events }: RuleInput): Finding[] {
  const findings: Finding[] = [];
  let selfHarm = false;
  let onHold = false;
  let mustTakeOff = false;
  for (const event of events) {
    if (is(event, 'protocol-started', 'self-harm')) {
      selfHarm = true;
      mustTakeOff = onHold;
      continue;
    }
    if (is(event, 'hold-started')) {
      onHold = true;
      if (selfHarm) findings.push({ rule: 'self-harm-hold', text: 'Put on hold during a self-harm call.', sources: ['HO-5', 'SH-2'], at: event.at });
    } else if (is(event, 'hold-ended') || is(event, 'call-back-offered')) {
      onHold = false;
    } else if (mustTakeOff) {
      findings.push({ rule: 'self-harm-hold', text: 'Left on hold after saying they may harm themselves: take them off hold first.', sources: ['HO-5', 'SH-2'], at: event.at });
    }
    mustTakeOff = false;
    if (is(event, 'call-ended-in-protocol') || is(event, 'call-ended')) selfHarm = false;
  }
  return findings;
}

/** SH-3, SH-4, SH-5: the location written down, and the route the caller's answers call for. */
export function selfHarmRoute({ events, call, checks }: RuleInput): Finding[] {
  if (!events.some((event) => is(event, 'protocol-started', 'self-harm'))) return [];
  const findings: Finding[] = [];
  const run = call?.protocol?.protocolId === 'self-harm' ? call.protocol : null;
  const answered = events.some((event) => is(event, 'protocol-answer', 'location'));
  // Written down once and still there at the end (a cleared answer is no location).
  const kept = run ? Boolean(run.inputs.location?.trim()) : true;
  if (!answered || !kept) {
    findings.push({
      rule: 'location',
      text: 'The caller’s location was never written down.',
      sources: checks.danger === 'serious-or-immediate' ? ['SH-3', 'SH-5'] : ['SH-3'],
    });
  }
  const called999 = events.some((event) => is(event, 'emergency-called'));
  const nonUrgent = events.some((event) => is(event, 'route-chosen', 'non-urgent'));
  if (checks.danger === 'serious-or-immediate' && !called999) {
    const text = nonUrgent
      ? 'The caller was at serious risk or in immediate danger, but the non-urgent route was taken and 999 was not called.'
      : 'The caller was at serious risk or in immediate danger, but 999 was not called.';
    findings.push({ rule: 'emergency', text, sources: ['SH-5'] });
  }
  if (checks.danger === 'non-urgent' && (called999 || events.some((event) => is(event, 'route-chosen', 'emergency')))) {
    findings.push({ rule: 'route', text: 'The caller had no plan or means: referral advice was the route, not 999.', sources: ['SH-4'] });
  }
  return findings;
}

/** Every warning of the organisation's procedure given before the call is ended (AB-3, AB-6). */
export function warningsBeforeEnding({ events, checks, warningsRequired }: RuleInput): Finding[] {
  const expected = checks.warningsBeforeEnd ?? warningsRequired ?? 0;
  const findings: Finding[] = [];
  let warnings: TimelineEvent[] = [];
  for (const event of events) {
    if (is(event, 'protocol-started', 'abusive-call')) warnings = [];
    if (is(event, 'warning-given')) warnings.push(event);
    if (!is(event, 'call-terminated') || warnings.length >= expected) continue;
    const warnedOfEnd = warnings.some((warning) => warning.detail === 'ab-warn-end');
    const count = warnings.length === 0 ? 'no warning' : `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
    findings.push({
      rule: 'warnings',
      text: `Call ended after ${count}; the procedure gives ${expected} first${warnedOfEnd ? '' : ', including the warning that the call will be ended'}.`,
      sources: ['AB-3', 'AB-6'],
      at: event.at,
    });
  }
  return findings;
}

/** TR-2, TR-3: the colleague briefed, and a note of who took the call. */
export function transfers({ events, checks }: RuleInput): Finding[] {
  const findings: Finding[] = [];
  let briefed = false;
  for (const event of events) {
    if (is(event, 'transfer-started')) briefed = false;
    if (is(event, 'briefing-copied')) briefed = true;
    if (!is(event, 'transfer-completed')) continue;
    if (!briefed) findings.push({ rule: 'transfer-briefing', text: 'Transferred without briefing the colleague.', sources: ['TR-2'], at: event.at });
    const to = event.detail && event.detail !== 'not recorded' ? event.detail : '';
    if (!to) findings.push({ rule: 'transfer-note', text: 'No note of who took the call.', sources: ['TR-3'], at: event.at });
    else if (checks.transferTo && !to.toLowerCase().includes(checks.transferTo.toLowerCase())) {
      findings.push({ rule: 'transfer-note', text: `Transferred to “${to}”; the caller asked for ${checks.transferTo}.`, sources: ['TR-1', 'TR-3'], at: event.at });
    }
    briefed = false;
  }
  return findings;
}

const FIELD_LABELS: Record<CallerField, string> = { name: 'Name', address: 'Address', phone: 'Phone', email: 'Email', reference: 'Reference' };
const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** NA-1: what the caller spelled is what the call holds. */
export function capturedDetails({ call, checks }: RuleInput): Finding[] {
  return (checks.captured ?? []).flatMap(({ field, value, sources }) => {
    const held = call ? (field === 'name' ? callerFullName(call.caller) : call.caller[field]) : '';
    if (squash(held).includes(squash(value))) return [];
    const recorded = held.trim() ? `recorded as “${held.trim()}”` : 'not recorded';
    return [{ rule: `captured:${field}`, text: `${FIELD_LABELS[field]} ${recorded}; the caller spelled “${value}”.`, sources }];
  });
}

export const RULES = [holdPermission, holdCheckIns, holdCallBack, holdDuringSelfHarm, selfHarmRoute, warningsBeforeEnding, transfers, capturedDetails];
