import { signal } from '@preact/signals';
import { act, render } from '@testing-library/preact';
import { vi } from 'vitest';
import { GuideProviders } from '../../../app/providers';
import { callServices } from '../../../components/context/call';
import { Panel, preloadPanelViews } from '../../../components/panel/Panel';
import type { TrainingServices } from '../../../components/context/training';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import { lazyDatabase } from '../../../lib/db-handle';
import { createGuide } from '../../../lib/guide';
import { plainOrgConfig } from '../../../lib/settings/org-config';
import { createPanelTrainer } from '../../../lib/training/panel-trainer';
import { createSessionState, type SessionStore } from '../../../lib/training/session';
import type { Trainer } from '../../../lib/training/trainer';
import { NOW } from '../../support/now';

/** A session store in memory, shared by the pages of one test. */
export function memorySessions(): SessionStore {
  let value: unknown = null;
  return { getValue: async () => value, setValue: async (next) => void (value = next), watch: () => () => {} };
}

/**
 * The whole panel in training mode, as app/guide-page.tsx assembles it: the guide on a practice database
 * and the session's clock, the trainer following it, and the clock moved by `advance`.
 */
export async function renderTraining(options: { on?: boolean; playbookId?: string; start?: number } = {}) {
  let real = options.start ?? NOW;
  const stored = { agentName: 'Calum Reid', playbookId: options.playbookId ?? 'moray' };
  const settings = { getValue: async () => stored, setValue: async () => {}, watch: () => () => {} };
  const database = lazyDatabase(`training-panel-${Math.random()}`);
  const sessions = createSessionState({ store: memorySessions(), realNow: () => real });
  await sessions.load();
  let ids = 0;
  const guide = createGuide({
    settings,
    org: plainOrgConfig(playbooks, protocols, referralCatalogue, null),
    now: sessions.now,
    db: database,
    newId: () => `id-${(ids += 1)}`,
  });
  await act(() => guide.load());
  await preloadPanelViews();
  const on = signal(options.on ?? true);
  const trainer = signal<Trainer | null>(null);
  if (on.value) {
    const made = await createPanelTrainer({ guide, sessions, database, realNow: () => real });
    trainer.value = made.trainer;
  }
  const training: TrainingServices = {
    on,
    enter: vi.fn(async () => {}),
    leave: vi.fn(async (_clear: boolean) => {}),
    sessions,
    trainer,
    presenterUrl: '/presenter.html',
  };
  const clipboard = { writeText: vi.fn(async (_text: string) => {}) };
  const services = { ...callServices(guide, database, { clipboard, playCue: vi.fn() }), clipboard };
  render(
    <GuideProviders app={guide.app} call={services} training={training}>
      <Panel incidentLogUrl="/incidents.html" />
    </GuideProviders>,
  );
  const advance = (ms: number) => {
    real += ms;
    act(() => guide.app.tick());
  };
  return { guide, training, trainer: trainer.value, database, advance };
}
