/**
 * An unlocked log keeps up with the desk: an incident the panel saves (or updates) on this computer
 * while the log is unlocked, or one another tab changes or deletes, reaches the log in memory
 * without locking and unlocking again. It watches the last day's incidents in the real database
 * (Dexie's live query, which hears other pages' writes) and hands on only what changed since it
 * last looked; the log's own write-backs are recorded as seen before they are written.
 */
import { liveQuery } from 'dexie';
import type { CallGuideDb } from '../db';
import type { StoredIncident } from '../incidents/record';

export interface DeskWatch {
  /** Records the log itself is about to write (or delete), so they do not come back as news. */
  wrote(records: readonly StoredIncident[], deleted: Iterable<string>): void;
  stop(): void;
}

export function followDesk(
  real: CallGuideDb,
  since: number,
  /** The records as the log read them at unlocking (those older than `since` are ignored). */
  read: readonly StoredIncident[],
  onChange: (changed: StoredIncident[], gone: string[]) => Promise<void>,
): DeskWatch {
  const known = new Map<string, string>();
  for (const record of read) if (record.createdAt >= since) known.set(record.id, JSON.stringify(record));
  let queue = Promise.resolve();
  const subscription = liveQuery(() => real.incidents.where('createdAt').aboveOrEqual(since).toArray()).subscribe({
    next(records) {
      const changed: StoredIncident[] = [];
      const present = new Set<string>();
      for (const record of records) {
        present.add(record.id);
        const signature = JSON.stringify(record);
        if (known.get(record.id) === signature) continue;
        known.set(record.id, signature);
        changed.push(record);
      }
      const gone = [...known.keys()].filter((id) => !present.has(id));
      for (const id of gone) known.delete(id);
      if (changed.length || gone.length) queue = queue.then(() => onChange(changed, gone)).catch((error: unknown) => console.error('Following the desk failed', error));
    },
    error: (error: unknown) => console.error('Following the desk failed', error),
  });
  return {
    wrote(records, deleted) {
      for (const record of records) if (record.createdAt >= since) known.set(record.id, JSON.stringify(record));
      for (const id of deleted) known.delete(id);
    },
    stop: () => subscription.unsubscribe(),
  };
}
