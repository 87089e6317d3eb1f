/**
 * The training session: which scenario is running, the scenario clock's state and whether the
 * trainee sees the caller's lines. Kept in extension storage (versioned, validated on every read)
 * so a reload, the presenter tab and the panel all share it; the practice call itself and its
 * attempt live in the training database.
 */
import { signal } from '@preact/signals-core';
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { IdSchema } from '../../content/schema-primitives';
import { createScenarioClock, type ScenarioClock } from './scenario-clock';

const SessionSchema = v.object({
  scenarioId: IdSchema,
  clock: v.object({
    realAt: v.pipe(v.number(), v.finite()),
    scenarioAt: v.pipe(v.number(), v.finite()),
    speed: v.pipe(v.number(), v.minValue(1), v.maxValue(600)),
  }),
  showCallerLines: v.boolean(),
});

export type TrainingSession = v.InferOutput<typeof SessionSchema>;

/** A stored session, or null when none is running or what is stored does not validate. */
export function parseSession(raw: unknown): TrainingSession | null {
  const result = v.safeParse(SessionSchema, raw);
  return result.success ? result.output : null;
}

export interface SessionStore {
  getValue(): Promise<unknown>;
  setValue(value: TrainingSession | null): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

let item: ReturnType<typeof define> | null = null;
// Version 1 is the first shape, so there is nothing to migrate yet.
const define = () => storage.defineItem<TrainingSession | null>('local:trainingSession', { fallback: null, version: 1 });
export const trainingSessionItem = (): SessionStore => (item ??= define());

export interface SessionDeps {
  store: SessionStore;
  realNow(): number;
}

/**
 * The session as a signal, and the clock every training page uses: call time from the scenario
 * clock while a scenario runs, the wall clock otherwise.
 */
export function createSessionState(deps: SessionDeps) {
  const session = signal<TrainingSession | null>(null);
  let clock: ScenarioClock | null = null;
  let loading: Promise<void> | null = null;

  function accept(next: TrainingSession | null): void {
    clock = next ? createScenarioClock({ realNow: deps.realNow, speed: next.clock.speed, state: next.clock }) : null;
    session.value = next;
  }

  /** Reads the stored session once; later changes (another page's) arrive through `watch`. */
  function load(): Promise<void> {
    return (loading ??= deps.store.getValue().then(
      (raw) => accept(parseSession(raw)),
      () => accept(null),
    ));
  }

  function watch(): () => void {
    return deps.store.watch((raw) => accept(parseSession(raw)));
  }

  function now(): number {
    return clock ? clock.now() : deps.realNow();
  }

  async function save(next: TrainingSession | null): Promise<void> {
    accept(next);
    await deps.store.setValue(next);
  }

  /** The trainer speeds the scenario clock up or down; call time so far is kept. */
  async function setSpeed(speed: number): Promise<void> {
    const current = session.peek();
    if (current && clock) await save({ ...current, clock: clock.setSpeed(speed) });
  }

  /**
   * Kept for the next training session at real speed: at 60x a week away would put the practice
   * call years ahead.
   */
  async function slowDown(): Promise<void> {
    if (session.peek()?.clock.speed !== 1) await setSpeed(1);
  }

  return { session, load, watch, now, save, setSpeed, slowDown };
}

export type SessionState = ReturnType<typeof createSessionState>;
