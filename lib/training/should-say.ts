/**
 * The debrief for a room: what went well first, then what to improve, each with the line as it
 * should have been said. The line is the scenario's own (`say` on an expected step), else the
 * organisation's procedure step the step or finding concerns, else the guide's hold lines; never
 * one organisation's words under another's playbook.
 */
import { askToHoldLine, checkInLine, offerCallBackLine } from '../../content/hold-lines';
import type { Playbook, Protocol, ProtocolStep } from '../../content/schema';
import type { ExpectedStep, Scenario } from '../../content/scenarios/schema';
import type { Debrief, DebriefFinding, DebriefStep, DebriefTiming } from './debrief';

export interface Lookup {
  playbook: Playbook | undefined;
  protocol(id: string): Protocol | undefined;
}

function procedures(lookup: Lookup): Protocol[] {
  const use = lookup.playbook?.protocols;
  return [use?.abusive, use?.selfHarm].flatMap((one) => {
    const found = one && (one.custom ?? lookup.protocol(one.procedure));
    return found ? [found] : [];
  });
}

const steps = (lookup: Lookup) => procedures(lookup).flatMap((protocol) => protocol.steps);
const firstSay = (step: ProtocolStep | undefined) => step?.say[0];
const inputSay = (lookup: Lookup, id: string) => steps(lookup).flatMap((step) => step.inputs).find((input) => input.id === id)?.say;

/** The line for an expected step of the scenario. */
export function stepLine(step: ExpectedStep, lookup: Lookup): string | undefined {
  if (step.say) return step.say;
  const all = steps(lookup);
  switch (step.event) {
    case 'protocol-step':
      return firstSay(all.find((s) => s.id === step.detail));
    case 'warning-given':
      return firstSay(all.find((s) => s.id === step.detail) ?? all.find((s) => s.kind === 'warning'));
    case 'protocol-answer':
      return step.detail ? inputSay(lookup, step.detail) : undefined;
    case 'hold-asked':
      return askToHoldLine.text;
    case 'hold-check-in':
      return checkInLine.text;
    case 'call-back-offered':
      return offerCallBackLine.text;
    case 'emergency-called':
      return firstSay(all.find((s) => s.kind === 'emergency'));
    default:
      return undefined;
  }
}

const RULE_LINES: Record<string, (lookup: Lookup) => string | undefined> = {
  'hold-permission': () => askToHoldLine.text,
  'hold-check-in': () => checkInLine.text,
  'hold-call-back': () => offerCallBackLine.text,
  'self-harm-hold': (lookup) => firstSay(steps(lookup).find((s) => s.id === 'sh-support-partner')),
  location: (lookup) => inputSay(lookup, 'location'),
  warnings: (lookup) => firstSay(steps(lookup).find((s) => s.kind === 'warning')),
  emergency: (lookup) => firstSay(steps(lookup).find((s) => s.kind === 'emergency')),
};

export interface WentWell {
  text: string;
  atSeconds: number | null;
}

export interface ToImprove {
  text: string;
  sources: string[];
  atSeconds?: number;
  /** The line as it should have been said, where there is one to say. */
  say?: string;
}

export interface RoomDebrief {
  wentWell: WentWell[];
  improve: ToImprove[];
}

const timingWell = (timing: DebriefTiming): WentWell => ({ text: `${timing.label}: on time.`, atSeconds: timing.seconds });

/** The debrief reordered for a room: strengths first, then each point to improve with its line. */
export function roomDebrief(debrief: Debrief, scenario: Scenario | undefined, lookup: Lookup): RoomDebrief {
  const expected = new Map((scenario?.script ?? []).flatMap((beat) => beat.expect).map((step) => [step.id, step]));
  const wentWell = [
    ...debrief.steps.filter((step: DebriefStep) => step.status === 'done').map((step) => ({ text: step.label, atSeconds: step.atSeconds })),
    ...debrief.timings.filter((timing) => timing.met).map(timingWell),
  ];
  const improve = debrief.findings.map((finding: DebriefFinding): ToImprove => {
    const step = finding.rule.startsWith('step:') ? expected.get(finding.rule.slice(5)) : undefined;
    const say = step ? stepLine(step, lookup) : RULE_LINES[finding.rule]?.(lookup);
    return { text: finding.text, sources: finding.sources, ...(finding.atSeconds === undefined ? {} : { atSeconds: finding.atSeconds }), ...(say ? { say } : {}) };
  });
  return { wentWell, improve };
}
