/**
 * One practice of a scenario: who practised, with which hold rules, what the training session
 * saw for itself (a detail opened in the speller, the call closing), and the practised call once
 * it has ended. Kept as a draft in the training database, so the debrief survives a reload.
 */
import type { CallerField, HoldPolicy } from '../../content/schema';
import type { ScenarioEvent } from '../../content/scenarios/schema';
import type { CallData, Caller } from '../call/call';

export const ATTEMPT_DRAFT = 'training-attempt';

/** What the call's own timeline does not record, observed by the training session. */
export interface Observation {
  at: number;
  type: 'spelled' | 'call-ended';
  detail?: string;
}

/** What an attempt starts from: the scenario, the agent, the rules in force and the clock's speed. */
export interface AttemptStart {
  scenarioId: string;
  /** Call time when the scenario started. */
  startedAt: number;
  agentName: string;
  playbookId: string;
  /** The hold rules in force (the playbook's, within the agent's own settings). */
  hold: HoldPolicy;
  /** Warnings the playbook's abusive-call procedure asks for before ending (absent in older practices). */
  warningsRequired?: number;
  speed: number;
}

export interface Attempt extends Omit<AttemptStart, 'speed'> {
  /** The fastest the scenario clock ran during the attempt: reaction time is scaled by it. */
  maxSpeed: number;
  observations: Observation[];
  /** The practised call, kept when it ends (the live draft is deleted then). */
  call: CallData | null;
  endedAt: number | null;
}

/** One moment of the practice, from the call's timeline or the session's own observations. */
export interface TimelineEvent {
  at: number;
  type: ScenarioEvent;
  detail?: string;
}

export function newAttempt(start: AttemptStart): Attempt {
  const { speed, ...rest } = start;
  return { ...rest, maxSpeed: speed, observations: [], call: null, endedAt: null };
}

export const isRunning = (attempt: Attempt | null): attempt is Attempt => attempt !== null && attempt.endedAt === null;

export function observe(attempt: Attempt, observation: Observation): Attempt {
  return { ...attempt, observations: [...attempt.observations, observation] };
}

export function usedSpeed(attempt: Attempt, speed: number): Attempt {
  return speed > attempt.maxSpeed ? { ...attempt, maxSpeed: speed } : attempt;
}

export function endAttempt(attempt: Attempt, call: CallData, at: number): Attempt {
  return { ...observe(attempt, { at, type: 'call-ended' }), call, endedAt: at };
}

/** A stored attempt, if it has the shape this version writes; anything else is dropped. */
export function parseAttempt(raw: unknown): Attempt | null {
  const attempt = raw as Partial<Attempt> | null;
  const valid =
    typeof attempt?.scenarioId === 'string' &&
    typeof attempt.startedAt === 'number' &&
    Array.isArray(attempt.observations) &&
    typeof attempt.hold?.checkInSeconds === 'number';
  return valid ? (attempt as Attempt) : null;
}

/**
 * The practice as one ordered list: the call's timeline (the live call while it lasts, the kept
 * one after) merged with the observations, oldest first; ties keep the timeline's order first.
 */
export function attemptEvents(attempt: Attempt, liveCall: CallData | null): TimelineEvent[] {
  const call = attempt.call ?? liveCall;
  const timeline: TimelineEvent[] = (call?.timeline ?? []).map((event) => ({ ...event }));
  const merged = [...timeline, ...attempt.observations.map((event) => ({ ...event }))];
  return merged
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.at - b.event.at || a.order - b.order)
    .map(({ event }) => event);
}

const DETAIL_FIELDS: readonly CallerField[] = ['email', 'address', 'phone', 'reference', 'name'];

/** The caller detail whose value is `text` (what "Spell email" and the like hand the speller). */
export function spelledField(caller: Caller, text: string): CallerField | null {
  const wanted = text.trim();
  if (!wanted) return null;
  const value = (field: CallerField) =>
    field === 'name' ? [caller.firstName, caller.surname].filter(Boolean).join(' ') : caller[field];
  return DETAIL_FIELDS.find((field) => value(field).trim() === wanted) ?? null;
}
