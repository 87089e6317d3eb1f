/**
 * Training mode at the edge of an extension page: the stored switch with the browser's storage,
 * the page marked (an attribute for the training colours, the tab's title), a reload whenever the
 * switch changes, and the database and clock the page must use.
 */
import type { VNode } from 'preact';
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { DatabaseHandle } from '../lib/db-handle';
import type { Guide } from '../lib/guide';
import {
  createTrainingMode,
  databaseForMode,
  deleteDatabase,
  leaveTraining,
  localModeCache,
  trainingModeItem,
  type TrainingMode,
} from '../lib/training/mode';
import { createSessionState, trainingSessionItem } from '../lib/training/session';
import type { Trainer } from '../lib/training/trainer';
import type { TrainingServices } from '../components/context/training';
import { TrainingFrame } from '../components/training/TrainingBanner';

/** The switch for this page, which reloads when it changes and marks the page while it is on. */
export function pageTrainingMode(): TrainingMode {
  const mode = createTrainingMode({ store: trainingModeItem(), cache: localModeCache(), onSwitched: () => location.reload() });
  markPage(mode.on);
  return mode;
}

function markPage(on: ReadonlySignal<boolean>): void {
  const title = document.title;
  effect(() => {
    document.documentElement.toggleAttribute('data-training', on.value);
    document.title = on.value ? `Training · ${title}` : title;
  });
}

export interface PageTraining extends TrainingServices {
  database: DatabaseHandle;
  /** The page's clock: the scenario clock while a scenario runs in training, else the wall clock. */
  now(): number;
  /** In training, loads the trainer and links it to the panel's guide. */
  follow(guide: Guide): Promise<void>;
}

/** Training mode for the guide's pages (side panel, options): the trainer follows the guide. */
export function startTraining(): PageTraining {
  const mode = pageTrainingMode();
  const sessions = createSessionState({ store: trainingSessionItem(), realNow: () => Date.now() });
  const trainer = signal<Trainer | null>(null);
  const pending: (() => Promise<void>)[] = [];
  void mode.ready.then((on) => on && sessions.watch());

  async function follow(guide: Guide): Promise<void> {
    pending.push(guide.drafts.flush);
    if (!(await mode.ready)) return;
    const { createPanelTrainer } = await import('../lib/training/panel-trainer');
    const loaded = await createPanelTrainer({ guide, sessions, database, realNow: () => Date.now() });
    pending.push(loaded.flush);
    trainer.value = loaded.trainer;
  }

  const database = databaseForMode(mode, sessions.load);
  return {
    on: mode.on,
    database,
    now: sessions.now,
    sessions,
    trainer,
    presenterUrl: browser.runtime.getURL('/presenter.html'),
    follow,
    enter: () => mode.set(true),
    leave: (clear) =>
      leaveTraining(
        {
          mode,
          flush: () => Promise.all(pending.map((flush) => flush())).then(() => undefined),
          deleteDatabase,
          clearSession: () => sessions.save(null),
          slowSession: sessions.slowDown,
        },
        clear,
      ),
  };
}

/**
 * Training mode for a full-tab page (the incident log): the database of the current mode (the
 * real one, or the practice one once the stored switch says training), and the page framed with
 * the training banner while it is on.
 */
export function startTrainingPage(): { database: DatabaseHandle; frame(page: VNode): VNode } {
  const mode = pageTrainingMode();
  return {
    database: databaseForMode(mode),
    frame: (page) => <TrainingFrame on={mode.on}>{page}</TrainingFrame>,
  };
}
