import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { anchorClock } from '../../../lib/training/scenario-clock';
import { createSessionState, parseSession, trainingSessionItem, type TrainingSession } from '../../../lib/training/session';
import { T0 } from './practice';

const session: TrainingSession = { scenarioId: 'long-hold', clock: anchorClock(T0, 60), showCallerLines: true };

describe('the training session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is read only when it validates', () => {
    expect(parseSession(session)).toEqual(session);
    expect(parseSession(null)).toBeNull();
    expect(parseSession({ ...session, clock: { ...session.clock, speed: 0 } })).toBeNull();
    expect(parseSession({ ...session, scenarioId: 'Not An Id' })).toBeNull();
  });

  it('gives the wall clock with no scenario running, and the scenario clock with one', async () => {
    let real = T0;
    const state = createSessionState({ store: trainingSessionItem(), realNow: () => real });
    await state.load();
    real += 1_000;
    expect(state.now()).toBe(real);
    await state.save(session);
    expect(state.now()).toBe(T0 + 60_000);
  });

  it('survives a reload: the same call time, from storage', async () => {
    let real = T0;
    await createSessionState({ store: trainingSessionItem(), realNow: () => real }).save(session);
    real += 5_000;
    const reloaded = createSessionState({ store: trainingSessionItem(), realNow: () => real });
    await reloaded.load();
    expect(reloaded.session.value).toEqual(session);
    expect(reloaded.now()).toBe(T0 + 5 * 60_000);
  });

  it('kept while training is off, runs at real speed from then on', async () => {
    let real = T0;
    const state = createSessionState({ store: trainingSessionItem(), realNow: () => real });
    await state.save(session);
    real += 1_000;
    await state.slowDown();
    real += 60_000;
    expect(state.now()).toBe(T0 + 60_000 + 60_000);
    expect(state.session.value?.clock.speed).toBe(1);
  });

  it('follows another page’s changes (the presenter sees the panel start a scenario)', async () => {
    const presenter = createSessionState({ store: trainingSessionItem(), realNow: () => T0 });
    await presenter.load();
    presenter.watch();
    await createSessionState({ store: trainingSessionItem(), realNow: () => T0 }).save(session);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(presenter.session.value?.scenarioId).toBe('long-hold');
  });
});
