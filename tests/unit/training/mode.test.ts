import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REAL_DATABASE, type CallGuideDb } from '../../../lib/db';
import type { StoredIncident } from '../../../lib/incidents/record';
import { lazyDatabase } from '../../../lib/db-handle';
import {
  createTrainingMode,
  databaseForMode,
  databaseName,
  deleteDatabase,
  leaveTraining,
  localModeCache,
  REAL_DATABASE_NAME,
  TRAINING_DATABASE,
  trainingModeItem,
  type ModeCache,
} from '../../../lib/training/mode';

function memoryCache(initial = false): ModeCache & { value: boolean } {
  const cache = { value: initial, read: () => cache.value, write: (on: boolean) => void (cache.value = on) };
  return cache;
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the training mode switch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off unless true is stored, through the real versioned item', async () => {
    const mode = createTrainingMode({ store: trainingModeItem(), cache: memoryCache(), onSwitched: vi.fn() });
    expect(await mode.ready).toBe(false);
    await trainingModeItem().setValue(true);
    const again = createTrainingMode({ store: trainingModeItem(), cache: memoryCache(), onSwitched: vi.fn() });
    expect(await again.ready).toBe(true);
    await fakeBrowser.storage.local.set({ trainingMode: 'yes' });
    expect(await createTrainingMode({ store: trainingModeItem(), cache: memoryCache(), onSwitched: vi.fn() }).ready).toBe(false);
  });

  it('marks the page from the cached copy at once, and follows the stored switch when it is read', async () => {
    const cache = memoryCache(true);
    const mode = createTrainingMode({ store: trainingModeItem(), cache, onSwitched: vi.fn() });
    expect(mode.on.value).toBe(true);
    await mode.ready;
    await flushPromises();
    expect(mode.on.value).toBe(false);
    expect(cache.value).toBe(false);
  });

  it('reloads the page when any page turns training on or off', async () => {
    const onSwitched = vi.fn();
    const mode = createTrainingMode({ store: trainingModeItem(), cache: memoryCache(), onSwitched });
    await mode.ready;
    await trainingModeItem().setValue(true);
    await flushPromises();
    expect(onSwitched).toHaveBeenCalledTimes(1);
  });

  it('keeps its cached copy in localStorage, and survives a localStorage that throws', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) } as Storage;
    const cache = localModeCache(storage);
    expect(cache.read()).toBe(false);
    cache.write(true);
    expect(cache.read()).toBe(true);
    const broken = localModeCache({ getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage);
    expect(broken.read()).toBe(false);
    expect(() => broken.write(true)).not.toThrow();
  });
});

describe('the database of each mode', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the real database as lib/db.ts does, and a separate one for training', () => {
    expect(REAL_DATABASE_NAME).toBe(REAL_DATABASE);
    expect(databaseName(false)).toBe(REAL_DATABASE);
    expect(databaseName(true)).toBe(TRAINING_DATABASE);
    expect(TRAINING_DATABASE).not.toBe(REAL_DATABASE);
  });

  it('opens only once the stored switch is known, never on the cached copy', async () => {
    await trainingModeItem().setValue(false);
    const mode = createTrainingMode({ store: trainingModeItem(), cache: memoryCache(true), onSwitched: vi.fn() });
    const before = vi.fn(async () => {});
    const db = await databaseForMode(mode, before)();
    expect(db.name).toBe(REAL_DATABASE);
    expect(before).not.toHaveBeenCalled();
    db.close();
  });

  it('real incidents never see training data, and training never sees real incidents', async () => {
    const open = async (training: boolean) => {
      await trainingModeItem().setValue(training);
      const mode = createTrainingMode({ store: trainingModeItem(), cache: memoryCache(), onSwitched: vi.fn() });
      return databaseForMode(mode)();
    };
    const training = await open(true);
    await training.incidents.put(incident('practice-1', 'Practice: caller calmed down'));
    await training.drafts.put({ id: 'live-call', savedAt: 1, data: { practice: true } });
    const real = await open(false);
    await real.incidents.put(incident('real-1', 'Real: call ended after five warnings'));

    expect(await ids(real)).toEqual(['real-1']);
    expect(await real.drafts.count()).toBe(0);
    expect(await ids(training)).toEqual(['practice-1']);
    training.close();
    real.close();
  });
});

describe('leaving training', () => {
  it('clearing: pending writes land, then the practice database and session go, then the switch', async () => {
    const order: string[] = [];
    const deps = {
      mode: { set: async (on: boolean) => void order.push(`mode ${on}`) },
      flush: async () => void order.push('flush'),
      deleteDatabase: async (name: string) => void order.push(`delete ${name}`),
      clearSession: async () => void order.push('clear session'),
      slowSession: async () => void order.push('slow session'),
    };
    await leaveTraining(deps, true);
    expect(order).toEqual(['flush', `delete ${TRAINING_DATABASE}`, 'clear session', 'mode false']);
    order.length = 0;
    await leaveTraining(deps, false);
    expect(order).toEqual(['flush', 'slow session', 'mode false']);
  });

  it('really deletes the practice database and leaves the real one alone', async () => {
    const training = await lazyDatabase(TRAINING_DATABASE)();
    await training.incidents.put(incident('practice-2', 'Practice'));
    const real = await lazyDatabase(REAL_DATABASE)();
    await real.incidents.put(incident('real-2', 'Real'));
    await deleteDatabase(TRAINING_DATABASE);
    const { Dexie } = await import('dexie');
    expect(await Dexie.getDatabaseNames()).not.toContain(TRAINING_DATABASE);
    expect(await ids(real)).toContain('real-2');
    real.close();
  });

  it('a page still holding the practice database does not bring it back empty after it is deleted', async () => {
    const training = await lazyDatabase(TRAINING_DATABASE)();
    await training.incidents.put(incident('practice-3', 'Practice'));
    const real = await lazyDatabase(REAL_DATABASE)();
    await deleteDatabase(TRAINING_DATABASE);
    // Before the page reloads into real mode, a late write (an autosave, a live query) fails
    // rather than recreating the database.
    await expect(training.drafts.put({ id: 'live-call', savedAt: 2, data: {} })).rejects.toThrow();
    const { Dexie } = await import('dexie');
    expect(await Dexie.getDatabaseNames()).not.toContain(TRAINING_DATABASE);
    // The real database's connection is not affected by the other database going.
    await real.incidents.put(incident('real-3', 'Real'));
    expect(await ids(real)).toContain('real-3');
    real.close();
  });
});

async function ids(db: CallGuideDb): Promise<string[]> {
  return (await db.incidents.toArray()).map((row) => row.id);
}

function incident(id: string, summary: string): StoredIncident {
  return { id, summary, kind: 'abusive-call', status: 'open', createdAt: 1, agentName: 'Morag Innes', callerKeys: [], words: [] } as unknown as StoredIncident;
}
