import { describe, expect, it } from 'vitest';
import { anchorClock, createScenarioClock, scenarioTime, withSpeed } from '../../../lib/training/scenario-clock';
import { NOW } from '../../support/now';

describe('the scenario clock', () => {
  it('runs at the wall clock’s pace at 1x, from the moment it starts', () => {
    let real = NOW;
    const clock = createScenarioClock({ realNow: () => real, speed: 1 });
    expect(clock.now()).toBe(NOW);
    real += 90_000;
    expect(clock.now()).toBe(NOW + 90_000);
  });

  it('at 60x a five-minute hold passes in five seconds', () => {
    let real = NOW;
    const clock = createScenarioClock({ realNow: () => real, speed: 60 });
    real += 5_000;
    expect(clock.now() - NOW).toBe(5 * 60_000);
  });

  it('changes speed without a jump: call time so far is kept', () => {
    let real = NOW;
    const clock = createScenarioClock({ realNow: () => real, speed: 10 });
    real += 6_000; // one minute of call time
    clock.setSpeed(60);
    expect(clock.now()).toBe(NOW + 60_000);
    real += 1_000;
    expect(clock.now()).toBe(NOW + 120_000);
    clock.setSpeed(1);
    real += 1_000;
    expect(clock.now()).toBe(NOW + 121_000);
  });

  it('carries on after a reload from its stored state', () => {
    let real = NOW;
    const first = createScenarioClock({ realNow: () => real, speed: 60 });
    real += 2_000;
    const stored = JSON.parse(JSON.stringify(first.setSpeed(60)));
    real += 3_000; // the page reloads meanwhile
    const again = createScenarioClock({ realNow: () => real, speed: 1, state: stored });
    expect(again.now()).toBe(NOW + 5 * 60_000);
  });

  it('is plain data and pure functions underneath', () => {
    const state = anchorClock(NOW, 10);
    expect(scenarioTime(state, NOW + 1_000)).toBe(NOW + 10_000);
    expect(withSpeed(state, NOW + 1_000, 1)).toEqual({ realAt: NOW + 1_000, scenarioAt: NOW + 10_000, speed: 1 });
  });
});
