import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import { scenarios } from '../../../content/scenarios';
import type { SettingsStore } from '../../../lib/app-state';
import { askToHold, holdAgreed, nextStage, updateCaller } from '../../../lib/call/call';
import { createDraftStore } from '../../../lib/call/draft-store';
import { lazyDatabase, type DatabaseHandle } from '../../../lib/db-handle';
import { createGuide, type Guide } from '../../../lib/guide';
import { plainOrgConfig } from '../../../lib/settings/org-config';
import { ATTEMPT_DRAFT, type Attempt } from '../../../lib/training/attempt';
import { followGuide } from '../../../lib/training/follow';
import { createSessionState, trainingSessionItem } from '../../../lib/training/session';
import { createTrainer, type Trainer } from '../../../lib/training/trainer';
import { MORAY_HOLD, T0 } from './practice';

const settings: SettingsStore = {
  getValue: async () => ({ agentName: 'Calum Reid', playbookId: 'calico' }),
  setValue: async () => {},
  watch: () => () => {},
};
const context = { agentName: 'Calum Reid', playbookId: 'calico', hold: MORAY_HOLD, warningsRequired: 2 };
const immediate = { delayMs: 0 };

interface Page {
  guide: Guide;
  trainer: Trainer;
  flush(): Promise<void>;
  advance(ms: number): void;
  now(): number;
}

let real = T0;
let database: DatabaseHandle;

/** A panel page in training: the guide and the trainer on one practice database and clock. */
async function openPage(): Promise<Page> {
  const sessions = createSessionState({ store: trainingSessionItem(), realNow: () => real });
  await sessions.load();
  let ids = 0;
  const guide = createGuide({ settings, org: plainOrgConfig(playbooks, protocols, referralCatalogue, null), now: sessions.now, db: database, newId: () => `id-${(ids += 1)}`, draftOptions: immediate });
  await guide.load();
  const attempts = createDraftStore<Attempt>(database, ATTEMPT_DRAFT, { delayMs: 0 });
  const trainer = createTrainer({ sessions, attempts, scenarios, liveCall: guide.call.call, realNow: () => real });
  await trainer.load();
  followGuide(trainer, guide, sessions.now);
  return {
    guide,
    trainer,
    flush: async () => {
      await guide.drafts.flush();
      await attempts.flush();
    },
    advance: (ms) => void (real += ms),
    now: sessions.now,
  };
}

describe('the trainer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    real = T0;
    database = lazyDatabase(`training-test-${Math.random()}`);
  });

  it('starts a scenario on the scenario clock and follows the caller’s lines as the trainee acts', async () => {
    const { guide, trainer, advance } = await openPage();
    await trainer.start('long-hold', { speed: 60, showCallerLines: true }, context);
    expect(trainer.beat.value).toBe(0);
    guide.call.start('new');
    expect(trainer.beat.value).toBe(1);
    advance(1_000);
    guide.call.update(nextStage);
    guide.call.update((c, at) => updateCaller(c, at, { surname: 'Nowak' }));
    guide.call.update(askToHold);
    guide.call.update(holdAgreed);
    expect(guide.call.call.value!.hold!.startedAt).toBe(T0 + 60_000);
    expect(trainer.scenario.value?.script[trainer.beat.value!]!.id).toBe('on-hold');
  });

  it('sees a detail opened in the speller, and the call closing, then debriefs it', async () => {
    const { guide, trainer, flush } = await openPage();
    await trainer.start('ordinary-call', { speed: 1, showCallerLines: false }, context);
    guide.call.start('new');
    guide.call.update((c, at) => updateCaller(c, at, { email: 'priya.shah-42@example.org' }));
    guide.app.spell('priya.shah-42@example.org');
    expect(trainer.attempt.value?.observations).toEqual([{ at: T0, type: 'spelled', detail: 'email' }]);
    await guide.call.end();
    await flush();
    const debrief = trainer.debrief.value!;
    expect(debrief.scenarioId).toBe('ordinary-call');
    expect(debrief.steps.find((step) => step.id === 'email-spelled')?.status).toBe('done');
    expect(debrief.clean).toBe(false);
    expect(trainer.running.value).toBe(false);
  });

  it('keeps the attempt and its debrief over a reload', async () => {
    const first = await openPage();
    await first.trainer.start('warm-transfer', { speed: 10, showCallerLines: true }, context);
    first.guide.call.start('new');
    await first.guide.call.end();
    await first.flush();
    const reloaded = await openPage();
    expect(reloaded.trainer.debrief.value?.scenarioId).toBe('warm-transfer');
    expect(reloaded.trainer.session.value?.clock.speed).toBe(10);
  });

  it('records the fastest speed used, so the debrief allows for it', async () => {
    const { trainer, advance } = await openPage();
    await trainer.start('long-hold', { speed: 1, showCallerLines: true }, context);
    advance(10_000);
    await trainer.setSpeed(60);
    expect(trainer.session.value?.clock).toEqual({ realAt: T0 + 10_000, scenarioAt: T0 + 10_000, speed: 60 });
    await trainer.setSpeed(10);
    expect(trainer.attempt.value?.maxSpeed).toBe(60);
  });

  it('practises again with a fresh attempt, and stops back on the wall clock', async () => {
    const { guide, trainer, advance, now } = await openPage();
    await trainer.start('abusive-calms', { speed: 60, showCallerLines: true }, context);
    guide.call.start('new');
    await guide.call.end();
    await trainer.again(context);
    expect(trainer.running.value).toBe(true);
    expect(trainer.debrief.value).toBeNull();
    await trainer.stop();
    advance(1_000);
    expect(trainer.session.value).toBeNull();
    expect(trainer.attempt.value).toBeNull();
    expect(now()).toBe(real);
  });

  it('ignores calls made with no scenario running', async () => {
    const { guide, trainer } = await openPage();
    guide.call.start('new');
    guide.app.spell('anything');
    await guide.call.end();
    expect(trainer.attempt.value).toBeNull();
  });
});
