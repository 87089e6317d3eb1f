/**
 * The trainer's side of the panel as a model: which scenario runs, the attempt being practised,
 * the caller's current line and the debrief once the call ends. Signals plus plain actions, with
 * storage, the database and the clock passed in, so tests can build their own.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { HoldPolicy } from '../../content/schema';
import type { Scenario } from '../../content/scenarios/schema';
import type { CallData } from '../call/call';
import type { DraftStore } from '../call/draft-store';
import { attemptEvents, endAttempt, isRunning, newAttempt, observe, parseAttempt, usedSpeed, type Attempt, type Observation } from './attempt';
import { buildDebrief } from './debrief';
import { anchorClock } from './scenario-clock';
import { currentBeat } from './script';
import type { SessionState } from './session';

export interface TrainerDeps {
  sessions: SessionState;
  attempts: Pick<DraftStore<Attempt>, 'schedule' | 'flush' | 'load'>;
  scenarios: readonly Scenario[];
  /** The live call in the panel, for the caller's current line while it lasts. */
  liveCall: ReadonlySignal<CallData | null>;
  realNow(): number;
}

export interface StartOptions {
  speed: number;
  showCallerLines: boolean;
}

/** Who practises and under which hold rules: kept with the attempt for its debrief. */
export interface PractiseContext {
  agentName: string;
  playbookId: string;
  hold: HoldPolicy;
  /** Warnings the playbook's abusive-call procedure gives before the call may be ended. */
  warningsRequired: number;
}

export function createTrainer(deps: TrainerDeps) {
  const { sessions } = deps;
  const attempt = signal<Attempt | null>(null);
  const session = sessions.session;
  const scenario = computed(() => deps.scenarios.find((s) => s.id === session.value?.scenarioId) ?? null);
  const running = computed(() => isRunning(attempt.value));
  const events = computed(() => (attempt.value ? attemptEvents(attempt.value, deps.liveCall.value) : []));
  /** Index of the caller's line being answered; null before the scenario starts or after it ends. */
  const beat = computed(() => (scenario.value && running.value ? currentBeat(scenario.value, events.value) : null));
  const debrief = computed(() => {
    const done = attempt.value;
    return scenario.value && done && done.endedAt !== null && done.scenarioId === scenario.value.id ? buildDebrief(scenario.value, done) : null;
  });

  async function load(): Promise<void> {
    await sessions.load();
    attempt.value = parseAttempt(await deps.attempts.load().catch(() => null));
  }

  function setAttempt(next: Attempt | null) {
    attempt.value = next;
    deps.attempts.schedule(next);
  }

  /** Starts (or restarts) a scenario: the clock is anchored now, a new attempt begins. */
  async function start(scenarioId: string, options: StartOptions, context: PractiseContext): Promise<void> {
    const clock = anchorClock(deps.realNow(), options.speed);
    await sessions.save({ scenarioId, clock, showCallerLines: options.showCallerLines });
    setAttempt(newAttempt({ scenarioId, startedAt: clock.scenarioAt, speed: options.speed, ...context }));
  }

  async function again(context: PractiseContext): Promise<void> {
    const current = session.peek();
    if (current) await start(current.scenarioId, { speed: current.clock.speed, showCallerLines: current.showCallerLines }, context);
  }

  async function setSpeed(speed: number): Promise<void> {
    if (!session.peek()) return;
    await sessions.setSpeed(speed);
    const live = attempt.peek();
    if (isRunning(live)) setAttempt(usedSpeed(live, speed));
  }

  async function setShowCallerLines(show: boolean): Promise<void> {
    const current = session.peek();
    if (current) await sessions.save({ ...current, showCallerLines: show });
  }

  function record(observation: Observation): void {
    const live = attempt.peek();
    if (isRunning(live)) setAttempt(observe(live, observation));
  }

  /** The practised call has closed: it is kept for the debrief and written at once. */
  async function callEnded(call: CallData, at: number): Promise<void> {
    const live = attempt.peek();
    if (!isRunning(live)) return;
    setAttempt(endAttempt(live, call, at));
    await deps.attempts.flush();
  }

  /** Ends the scenario: the clock goes back to the wall clock, the attempt and debrief are dropped. */
  async function stop(): Promise<void> {
    setAttempt(null);
    await Promise.all([deps.attempts.flush(), sessions.save(null)]);
  }

  return {
    session,
    attempt,
    scenario,
    running,
    beat,
    debrief,
    load,
    start,
    again,
    setSpeed,
    setShowCallerLines,
    record,
    callEnded,
    stop,
  };
}

export type Trainer = ReturnType<typeof createTrainer>;
