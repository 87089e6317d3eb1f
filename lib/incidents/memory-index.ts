/**
 * The search index of an unlocked sealed log, built in memory (lib/sealing/unlocked.ts): the
 * incidents in date order and each search word's incidents, so a search or filter over 10,000
 * opened incidents is a scan of arrays, not of an IndexedDB emulated in JavaScript. The database
 * in memory stays the record of what is there (every other view reads it); this index follows its
 * every change, and queryIncidents and countIncidents answer from it when a database has one.
 */
import type { CallGuideDb } from '../db';
import type { StoredIncident } from './record';
import { compareKeys, comesAfter, matchesFilter, resolveFilter, type IncidentFilter, type PageKey, type ResolvedFilter, type SortOrder } from './filter';
import { entryWord, fromStored, toStored } from './indexing';
import type { Incident } from './record';

export interface MemoryPage {
  rows: Incident[];
  hasMore: boolean;
  total: number;
}

export class MemoryIndex {
  private readonly byId = new Map<string, StoredIncident>();
  /** Oldest first; rebuilt on the next read after a change. */
  private ordered: StoredIncident[] | null = null;
  /** Each distinct word, sorted, with the ids of the incidents that hold it. */
  private words: { list: string[]; ids: Map<string, Set<string>> } | null = null;

  constructor(records: Iterable<StoredIncident>) {
    for (const record of records) this.byId.set(record.id, record);
  }

  /** Builds the word index now (unlocking does, so that the first search is as quick as the next). */
  prepare(): void {
    this.inOrder();
    this.wordIndex();
  }

  put(record: StoredIncident): void {
    // A record changed in place in a database that keeps no words (an unlocked log's) comes
    // without them: they are worked out again here.
    this.byId.set(record.id, record.words ? record : toStored(fromStored(record)));
    this.changed();
  }

  delete(id: string): void {
    this.byId.delete(id);
    this.changed();
  }

  private changed(): void {
    this.ordered = null;
    this.words = null;
  }

  private inOrder(): StoredIncident[] {
    this.ordered ??= [...this.byId.values()].sort(compareKeys);
    return this.ordered;
  }

  private wordIndex() {
    if (!this.words) {
      const ids = new Map<string, Set<string>>();
      for (const record of this.byId.values()) {
        for (const entry of record.words ?? []) {
          const word = entryWord(entry);
          let set = ids.get(word);
          if (!set) ids.set(word, (set = new Set()));
          set.add(record.id);
        }
      }
      this.words = { list: [...ids.keys()].sort(), ids };
    }
    return this.words;
  }

  /** The ids holding a term: the word itself, or every word it begins when it is a prefix. */
  private idsFor(word: string, prefix: boolean): Set<string> {
    const { list, ids } = this.wordIndex();
    if (!prefix) return ids.get(word) ?? new Set();
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]! < word) low = mid + 1;
      else high = mid;
    }
    const found = new Set<string>();
    for (let i = low; i < list.length && list[i]!.startsWith(word); i += 1) for (const id of ids.get(list[i]!)!) found.add(id);
    return found;
  }

  /** Every incident matching, in order; the words through the word index, the rest record by record. */
  private matching(filter: ResolvedFilter, order: SortOrder): StoredIncident[] {
    const sets = filter.terms.map((term) => this.idsFor(term.word, term.prefix));
    const rest: ResolvedFilter = { ...filter, terms: [] };
    const accept = (record: StoredIncident) => sets.every((set) => set.has(record.id)) && matchesFilter(record, rest);
    const all = this.inOrder();
    const found: StoredIncident[] = [];
    for (let i = 0; i < all.length; i += 1) {
      const record = all[order === 'oldest' ? i : all.length - 1 - i]!;
      if (accept(record)) found.push(record);
    }
    return found;
  }

  page(request: { filter: IncidentFilter; order: SortOrder; after: PageKey | null; size: number; now: number }): MemoryPage {
    const found = this.matching(resolveFilter(request.filter, request.now), request.order);
    const after = request.after ? found.filter((record) => comesAfter(record, request.after, request.order)) : found;
    return { rows: after.slice(0, request.size).map(fromStored), hasMore: after.length > request.size, total: found.length };
  }

  count(filter: IncidentFilter, now: number): number {
    return this.matching(resolveFilter(filter, now), 'oldest').length;
  }
}

const indexes = new WeakMap<CallGuideDb, MemoryIndex>();

export function attachMemoryIndex(db: CallGuideDb, index: MemoryIndex): void {
  indexes.set(db, index);
}

export function memoryIndexOf(db: CallGuideDb): MemoryIndex | undefined {
  return indexes.get(db);
}
