/**
 * The agent's settings, kept crash-safe. Extension storage writes to disk in its own time, so
 * settings saved in the first second after set-up could be lost in a crash (the browser reopened
 * with set-up to do again). Each save is also written to the guide's database first, where a
 * commit is on disk (strict durability), with the time; extension storage stays the store the
 * pages read and watch. At start a copy newer than what extension storage holds is put back.
 */
import type { SettingsStore } from '../app-state';
import type { DatabaseHandle } from '../db-handle';

/** The row in the drafts table that holds the copy. */
export const SETTINGS_COPY = 'settings';

interface Stamped {
  savedAt?: number;
}

const savedAt = (value: unknown): number => (value && typeof value === 'object' && typeof (value as Stamped).savedAt === 'number' ? (value as Stamped).savedAt! : -Infinity);

export interface DurableOptions {
  now?: () => number;
  /** When to compare with the copy if extension storage had settings: after the first screen. */
  later?: (run: () => void) => void;
}

export function durableSettings(store: SettingsStore, db: DatabaseHandle, options: DurableOptions = {}): SettingsStore {
  const { now = Date.now, later = (run) => void setTimeout(run, 1000) } = options;

  /** The copy, if it is newer than `stored`. */
  async function newerCopy(stored: unknown): Promise<unknown> {
    try {
      const row = await (await db()).drafts.get(SETTINGS_COPY);
      return row && row.savedAt > savedAt(stored) ? row.data : undefined;
    } catch {
      return undefined;
    }
  }

  return {
    async getValue() {
      const stored = await store.getValue();
      if (stored === null || stored === undefined) {
        // Nothing in extension storage: first run, or a set-up a crash took from it.
        const copy = await newerCopy(stored);
        if (copy === undefined) return stored;
        await store.setValue(copy).catch(() => {});
        return copy;
      }
      later(() => void newerCopy(stored).then((copy) => (copy === undefined ? undefined : store.setValue(copy))).catch(() => {}));
      return stored;
    },
    async setValue(value) {
      const at = now();
      const stamped = value && typeof value === 'object' ? { ...value, savedAt: at } : value;
      try {
        const open = await db();
        if (stamped === null || stamped === undefined) await open.drafts.delete(SETTINGS_COPY);
        else await open.drafts.put({ id: SETTINGS_COPY, savedAt: at, data: stamped });
      } catch {
        // A database that cannot be written still leaves extension storage, as before.
      }
      await store.setValue(stamped);
    },
    watch: (callback) => store.watch(callback),
  };
}
