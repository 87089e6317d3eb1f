/**
 * The debrief: what a trainee did against the scenario, as plain data for the panel, the
 * presenter, print and export. Steps done in order, steps missed or out of order, the rules
 * (debrief-rules.ts), and the time to each key step against the scenario's goals.
 */
import type { EventRef, Scenario } from '../../content/scenarios/schema';
import { attemptEvents, type Attempt, type TimelineEvent } from './attempt';
import { RULES, type Finding } from './debrief-rules';
import { matches, matchScript, type StepStatus } from './script';

/** A finding as the debrief reports it: its moment in seconds from the start of the call. */
export interface DebriefFinding {
  rule: string;
  text: string;
  sources: string[];
  atSeconds?: number;
}

/** Real seconds a person needs to react to a prompt; at 10x that is 50 seconds of call time. */
export const REACTION_SECONDS = 5;

export interface DebriefStep {
  id: string;
  label: string;
  sources: string[];
  /** The caller's line the step answers. */
  line: string;
  status: StepStatus;
  /** Seconds from the start of the call, or null if not done. */
  atSeconds: number | null;
}

export interface DebriefTiming {
  id: string;
  label: string;
  /** The requirements that set this time; none for a training goal, which no standard sets. */
  sources: string[];
  /** 'standard': the organisation's standard sets the time; 'training': the guide's practice target. */
  basis?: 'standard' | 'training';
  goalSeconds: number;
  /** How long it took, or null if it never happened. */
  seconds: number | null;
  met: boolean;
}

export interface Debrief {
  scenarioId: string;
  scenarioTitle: string;
  agentName: string;
  playbookId: string;
  callStartedAt: number;
  endedAt: number | null;
  /** The fastest the scenario clock ran, and the reaction time that allowed for, in call time. */
  maxSpeed: number;
  allowanceSeconds: number;
  steps: DebriefStep[];
  timings: DebriefTiming[];
  findings: DebriefFinding[];
  clean: boolean;
}

const first = (events: readonly TimelineEvent[], ref: EventRef, from = 0) =>
  events.find((event, index) => index >= from && matches(ref, event));

function timings(scenario: Scenario, events: readonly TimelineEvent[], allowanceMs: number): DebriefTiming[] {
  return scenario.timing.map((goal) => {
    const start = first(events, goal.from);
    const end = start ? first(events, goal.to, events.indexOf(start)) : undefined;
    const seconds = start && end ? (end.at - start.at) / 1000 : null;
    return {
      id: goal.id,
      label: goal.label,
      sources: goal.basis === 'standard' ? [...goal.sources] : [],
      basis: goal.basis,
      goalSeconds: goal.withinSeconds,
      seconds,
      met: seconds !== null && seconds * 1000 <= goal.withinSeconds * 1000 + allowanceMs,
    };
  });
}

function stepFinding(step: DebriefStep): Finding[] {
  if (step.status === 'done') return [];
  const text = step.status === 'missed' ? `Missed: ${step.label}.` : `Out of order: ${step.label}.`;
  return [{ rule: `step:${step.id}`, text, sources: step.sources }];
}

function timingFinding(timing: DebriefTiming, events: readonly TimelineEvent[], scenario: Scenario): Finding[] {
  const goal = scenario.timing.find((g) => g.id === timing.id)!;
  // A goal whose starting moment never came is not a time to judge; the steps say what was missed.
  if (timing.met || !first(events, goal.from)) return [];
  const text =
    timing.seconds === null
      ? `${timing.label}: never reached.`
      : `${timing.label}: took ${formatSeconds(timing.seconds)}.`;
  return [{ rule: `timing:${timing.id}`, text, sources: timing.sources }];
}

/** "1:05" for 65 seconds. */
export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export function buildDebrief(scenario: Scenario, attempt: Attempt): Debrief {
  const events = attemptEvents(attempt, null);
  const callStartedAt = events.find((event) => event.type === 'call-started')?.at ?? attempt.startedAt;
  const allowanceMs = REACTION_SECONDS * 1000 * attempt.maxSpeed;
  const steps: DebriefStep[] = matchScript(scenario, events).map((result) => ({
    id: result.step.id,
    label: result.step.label,
    sources: [...result.step.sources],
    line: scenario.script[result.beat]!.caller,
    status: result.status,
    atSeconds: result.at === null ? null : (result.at - callStartedAt) / 1000,
  }));
  const timed = timings(scenario, events, allowanceMs);
  const input = { events, call: attempt.call, hold: attempt.hold, warningsRequired: attempt.warningsRequired, checks: scenario.checks, allowanceMs };
  const ruled = RULES.flatMap((rule) => rule(input));
  // A goal missed for a reason a rule has already named (a late call-back offer) is said once.
  const named = new Set(ruled.flatMap((finding) => finding.sources));
  const late = timed
    .flatMap((timing) => timingFinding(timing, events, scenario))
    .filter((finding) => finding.sources.length === 0 || !finding.sources.every((id) => named.has(id)));
  const findings: DebriefFinding[] = [...steps.flatMap(stepFinding), ...ruled, ...late].map(({ at, ...finding }) =>
    at === undefined ? finding : { ...finding, atSeconds: (at - callStartedAt) / 1000 },
  );
  return {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    agentName: attempt.agentName,
    playbookId: attempt.playbookId,
    callStartedAt,
    endedAt: attempt.endedAt,
    maxSpeed: attempt.maxSpeed,
    allowanceSeconds: allowanceMs / 1000,
    steps,
    timings: timed,
    findings,
    clean: findings.length === 0,
  };
}
