/**
 * The scenario clock: call time that runs `speed` times faster than the wall clock from the
 * moment it is anchored, so a five-minute hold passes in five seconds at 60x. Its state is plain
 * data, kept with the training session, so the same call time carries on after a reload.
 */

/** The speeds a trainer can pick. */
export const SPEEDS = [1, 10, 60] as const;
export type Speed = (typeof SPEEDS)[number];

export interface ClockState {
  /** Wall-clock time (ms) when the clock was last anchored. */
  realAt: number;
  /** Call time (ms) at that moment. */
  scenarioAt: number;
  speed: number;
}

export function anchorClock(real: number, speed: number): ClockState {
  return { realAt: real, scenarioAt: real, speed };
}

export function scenarioTime(state: ClockState, real: number): number {
  return state.scenarioAt + (real - state.realAt) * state.speed;
}

/** A new speed from now on; call time so far is kept, never jumps. */
export function withSpeed(state: ClockState, real: number, speed: number): ClockState {
  return { realAt: real, scenarioAt: scenarioTime(state, real), speed };
}

export interface ScenarioClockOptions {
  realNow(): number;
  /** The speed to start at, from now; a stored `state` carries its own. */
  speed: number;
  /** A stored state to carry on from (after a reload); anchored now when absent. */
  state?: ClockState;
}

export function createScenarioClock({ realNow, speed, state }: ScenarioClockOptions) {
  let current = state ?? anchorClock(realNow(), speed);
  return {
    now: () => scenarioTime(current, realNow()),
    /** Changes speed from this moment; returns the state to store. */
    setSpeed(next: number): ClockState {
      current = withSpeed(current, realNow(), next);
      return current;
    },
  };
}

export type ScenarioClock = ReturnType<typeof createScenarioClock>;
