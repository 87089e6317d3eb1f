/**
 * Training mode: a stored switch that every extension page reads at start. In training the
 * page's database is a separate one, so nothing practised mixes with real incidents, drafts or
 * call-backs. Changing the switch reloads every open page, which is the simplest way to be sure
 * no page keeps the other database or clock open.
 */
import { signal } from '@preact/signals-core';
import { storage } from 'wxt/utils/storage';
import type { CallGuideDb } from '../db';
import { lazyDatabase, type DatabaseHandle } from '../db-handle';

export const TRAINING_DATABASE = 'call-guide-training';
/**
 * lib/db.ts's REAL_DATABASE, written out rather than imported so the panel's start-up does not
 * load Dexie with it; tests/unit/training/mode.test.ts holds the two equal.
 */
export const REAL_DATABASE_NAME = 'call-guide';

export function databaseName(training: boolean): string {
  return training ? TRAINING_DATABASE : REAL_DATABASE_NAME;
}

export interface ModeStore {
  getValue(): Promise<unknown>;
  setValue(value: boolean): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

let item: ReturnType<typeof define> | null = null;
// Version 1 is the first shape (a boolean), so there is nothing to migrate yet.
const define = () => storage.defineItem<boolean>('local:trainingMode', { fallback: false, version: 1 });
/** Defined on first use, like the panel's other items, so the settings are read first. */
export const trainingModeItem = (): ModeStore => (item ??= define());

/** Only `true` turns training on: anything else stored there is real mode. */
export const isTraining = (stored: unknown): boolean => stored === true;

/**
 * A synchronous copy of the switch in localStorage, so a page marks itself as training in its
 * first render. The stored item stays the truth: the database waits for it, never for the copy.
 */
export interface ModeCache {
  read(): boolean;
  write(on: boolean): void;
}

const CACHE_KEY = 'call-guide:training-mode';

export function localModeCache(store: Storage | undefined = globalThis.localStorage): ModeCache {
  return {
    read() {
      try {
        return store?.getItem(CACHE_KEY) === 'on';
      } catch {
        return false;
      }
    },
    write(on) {
      try {
        store?.setItem(CACHE_KEY, on ? 'on' : 'off');
      } catch {
        // Only the first render's marking depends on the copy; the banner follows the stored item.
      }
    },
  };
}

export interface TrainingModeDeps {
  store: ModeStore;
  cache: ModeCache;
  /** Called when another page (or this one) turns training on or off: the page reloads. */
  onSwitched(): void;
}

export function createTrainingMode(deps: TrainingModeDeps) {
  const on = signal(deps.cache.read());
  /** The stored switch; if storage cannot be read, the page's last known mode stands. */
  const ready: Promise<boolean> = deps.store.getValue().then(isTraining, () => on.peek());
  void ready.then((value) => {
    on.value = value;
    deps.cache.write(value);
  });
  deps.store.watch((stored) => {
    const next = isTraining(stored);
    deps.cache.write(next);
    if (next !== on.peek()) deps.onSwitched();
  });

  return {
    on,
    ready,
    set: (value: boolean) => deps.store.setValue(value),
  };
}

export type TrainingMode = ReturnType<typeof createTrainingMode>;

/**
 * The page's database: the real one or the training one, opened only once the stored switch is
 * known (never on the strength of the cached copy). In training, `beforeTraining` runs first so
 * the scenario clock is in place before the practice call is restored.
 */
export function databaseForMode(mode: Pick<TrainingMode, 'ready'>, beforeTraining: () => Promise<void> = async () => {}): DatabaseHandle {
  let opened: Promise<CallGuideDb> | null = null;
  return () =>
    (opened ??= mode.ready.then(async (training) => {
      if (training) await beforeTraining();
      return lazyDatabase(databaseName(training))();
    }));
}

export interface LeaveDeps {
  mode: Pick<TrainingMode, 'set'>;
  /** Writes still queued for the practice database land before it is deleted, not after. */
  flush(): Promise<void>;
  deleteDatabase(name: string): Promise<void>;
  clearSession(): Promise<void>;
  /** A kept session's clock goes back to real speed while training is off. */
  slowSession(): Promise<void>;
}

/** Leaves training, clearing the practice data first if the trainer chose to. */
export async function leaveTraining(deps: LeaveDeps, clear: boolean): Promise<void> {
  await deps.flush();
  if (clear) {
    await deps.deleteDatabase(TRAINING_DATABASE);
    await deps.clearSession();
  } else {
    await deps.slowSession();
  }
  await deps.mode.set(false);
}

/** Deletes a database whole, loading Dexie only when it is needed. */
export async function deleteDatabase(name: string): Promise<void> {
  const { Dexie } = await import('dexie');
  await Dexie.delete(name);
}
