/**
 * The distinct values of an index, found by jumping from value to value rather than reading every
 * entry (Dexie's uniqueKeys reads them all: over a second for agents' names at 100,000 incidents).
 * Used for the words that begin what was typed ("threat": threat, threatened, threatening) and
 * for the agents' names. Dexie has no such jump, so this one read uses IndexedDB directly.
 */
import type { CallGuideDb } from '../db';
import { entryWord, WORD_SEPARATOR } from './indexing';

const NEXT_AFTER_SEPARATOR = String.fromCharCode(WORD_SEPARATOR.charCodeAt(0) + 1);

async function distinct(
  db: CallGuideDb,
  index: string,
  /** The string keys from `from` to `to` (included); no IDBKeyRange, which belongs to one IndexedDB
   * (an unlocked sealed log reads another, in memory: lib/sealing/unlocked.ts). */
  from: string,
  to: string | null,
  max: number,
  value: (key: IDBValidKey) => string,
  /** The smallest key after every entry with this value. */
  after: (value: string) => string,
): Promise<string[] | null> {
  await db.open();
  const source = db.backendDB().transaction('incidents', 'readonly').objectStore('incidents').index(index);
  return new Promise((resolve, reject) => {
    const values: string[] = [];
    const request = source.openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(values);
      // Numbers and dates sort before strings, binary keys and arrays after; strings compare by
      // code unit, as in JS.
      if (typeof cursor.key === 'number' || cursor.key instanceof Date) return cursor.continue(from);
      if (typeof cursor.key !== 'string') return resolve(values);
      if (cursor.key < from) return cursor.continue(from);
      if (to !== null && cursor.key > to) return resolve(values);
      const found = value(cursor.key);
      values.push(found);
      if (values.length > max) return resolve(null);
      cursor.continue(after(found));
    };
    request.onerror = () => reject(request.error);
  });
}

/** The indexed words that begin with `prefix`, or null when there are more than `max`. */
export function wordsStartingWith(db: CallGuideDb, prefix: string, max: number): Promise<string[] | null> {
  return distinct(db, 'words', prefix, `${prefix}\uffff`, max, (key) => entryWord(String(key)), (word) => word + NEXT_AFTER_SEPARATOR);
}

/** Every agent's name in the log, in order. */
export async function agentNames(db: CallGuideDb, max = 1000): Promise<string[]> {
  // Through Dexie first, so a live query re-runs when a name is added or changed.
  await db.incidents.orderBy('agentName').limit(1).primaryKeys();
  // Strings sort after numbers, dates and binary keys; a name followed by U+0000 is just past it.
  const names = await distinct(db, 'agentName', '', null, max, String, (name) => `${name}\u0000`);
  return names ?? [];
}
