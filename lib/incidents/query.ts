/**
 * The incident log's list: one page of incidents matching a filter, in date order, read through
 * date-ordered index ranges so a page stays quick at 100,000 incidents. Each filter that has an
 * index (kind, status and agent together; each search word) offers a way to read the matches; they
 * are read side by side and the first to fill the page answers. Every record read is checked
 * against the whole filter, so whichever index answers, the answer is the same.
 */
import type { CallGuideDb } from '../db';
import type { Incident, StoredIncident } from './record';
import {
  compareKeys,
  comesAfter,
  matchesFilter,
  resolveFilter,
  type IncidentFilter,
  type PageKey,
  type ResolvedFilter,
  type SearchTerm,
  type SortOrder,
} from './filter';
import { dateSlices } from './dates';
import { fromStored, WORD_SEPARATOR } from './indexing';
import { countRange, facetRanges, wordRange, type OrderedRange } from './ranges';
import { wordsStartingWith } from './skip-scan';
import { memoryIndexOf } from './memory-index';
import { MergedStream, race } from './streams';

export interface PageRequest {
  filter: IncidentFilter;
  order: SortOrder;
  /** The last incident of the previous page; null for the first page. */
  after: PageKey | null;
  size: number;
  now: number;
}

export interface IncidentPage {
  rows: Incident[];
  hasMore: boolean;
  /** How many match in all, when finding the page showed it; otherwise null (see countIncidents). */
  total: number | null;
}

export interface QueryLimits {
  /** Beyond this many words sharing a beginning, the word is checked on each record instead. */
  maxExpansions: number;
  /** Incidents with a follow-up to do (not in date order) are read whole up to this many. */
  readFollowUps: number;
}

/** Measured in Chromium on disk: jumping to the next word about half a millisecond, reading a record about 35 µs. */
const DEFAULT_LIMITS: QueryLimits = { maxExpansions: 12, readFollowUps: 1000 };

/** The ranges holding a search word's incidents, or null if it begins too many words to list. */
async function termRanges(db: CallGuideDb, term: SearchTerm, filter: ResolvedFilter, maxExpansions: number): Promise<OrderedRange[] | null> {
  const start = term.prefix ? term.word : term.word + WORD_SEPARATOR;
  // A read over every entry the term could match, through Dexie, so that a live query also
  // re-runs when an incident with a new word of this beginning arrives.
  await db.incidents.where('words').between(start, `${start}\uffff`).limit(1).primaryKeys();
  const words = term.prefix ? await wordsStartingWith(db, term.word, maxExpansions) : [term.word];
  return words && words.map((word) => wordRange(word, filter));
}

function followUpRecords(db: CallGuideDb, filter: ResolvedFilter) {
  const below = filter.followUpBelow!;
  const index = db.incidents.where('followUpDueAt');
  return below.inclusive ? index.belowOrEqual(below.upper) : index.below(below.upper);
}

function inOrder(records: StoredIncident[], order: SortOrder): StoredIncident[] {
  return records.sort((a, b) => (order === 'newest' ? compareKeys(b, a) : compareKeys(a, b)));
}

export async function queryIncidents(db: CallGuideDb, request: PageRequest, limits: QueryLimits = DEFAULT_LIMITS): Promise<IncidentPage> {
  const memory = memoryIndexOf(db);
  if (memory) {
    // An unlocked sealed log answers from its index in memory; the count is read through Dexie
    // so that a live query re-runs on any change to the log.
    await db.incidents.count();
    return memory.page(request);
  }
  const filter = resolveFilter(request.filter, request.now);
  const accept = (record: StoredIncident) => matchesFilter(record, filter);
  const wanted = request.size + 1;

  // Incidents with a follow-up to do are few: when they are, read them all and sort them.
  if (filter.followUpBelow) {
    const pending = await followUpRecords(db, filter).limit(limits.readFollowUps + 1).toArray();
    if (pending.length <= limits.readFollowUps) {
      const matches = inOrder(pending.filter(accept), request.order);
      const after = matches.filter((record) => comesAfter(record, request.after, request.order));
      return { rows: after.slice(0, request.size).map(fromStored), hasMore: after.length > request.size, total: matches.length };
    }
  }

  const terms = await Promise.all(filter.terms.map((term) => termRanges(db, term, filter, limits.maxExpansions)));
  const options = { order: request.order, anchor: request.after, wanted, accept };
  const words = terms.filter((ranges): ranges is OrderedRange[] => ranges !== null);
  // Without a kind, status or agent, the date index holds every incident: a word's own ranges
  // always hold fewer, so reading by date could only be slower.
  const byFacet = filter.kind || filter.status || filter.agent || words.length === 0;
  const streams = [...(byFacet ? [facetRanges(filter)] : []), ...words].map((ranges) => new MergedStream(db, ranges, options));
  const winner = await race(streams);
  const rows = winner.found;
  // Read to the end on page one: every match has been seen, so the count is exact.
  const total = winner.exhausted && request.after === null ? rows.length : null;
  return { rows: rows.slice(0, request.size).map(fromStored), hasMore: rows.length > request.size, total };
}

/** Counting reads this many date slices in turn, each a short request (see countIncidents). */
const COUNT_SLICES = 24;

/**
 * How many incidents match, when the kind, status, agent and date indexes can say without reading
 * records; null when a search or follow-up filter would need them read. Counting walks the index
 * (about 8 µs an entry on disk) and IndexedDB serves one request at a time, so one count of
 * 100,000 would hold up a search typed meanwhile for most of a second: it is counted a date slice
 * at a time instead, and the list shows its page first and this number after.
 */
export async function countIncidents(db: CallGuideDb, filter: IncidentFilter, now: number): Promise<number | null> {
  const memory = memoryIndexOf(db);
  if (memory) {
    await db.incidents.count();
    return memory.count(filter, now);
  }
  const resolved = resolveFilter(filter, now);
  if (resolved.terms.length > 0 || resolved.followUpBelow || resolved.triage) return null;
  const [first, last] = await Promise.all([db.incidents.orderBy('createdAt').limit(1).keys(), db.incidents.orderBy('createdAt').reverse().limit(1).keys()]);
  if (first.length === 0) return 0;
  const from = Math.max(resolved.from ?? -Infinity, Number(first[0]));
  const to = Math.min(resolved.to ?? Infinity, Number(last[0]) + 1);
  let total = 0;
  for (const [sliceFrom, sliceTo] of dateSlices(from, to, COUNT_SLICES)) {
    const counts = await Promise.all(facetRanges({ ...resolved, from: sliceFrom, to: sliceTo }).map((range) => countRange(db, range)));
    total += counts.reduce((a, b) => a + b, 0);
  }
  return total;
}

/** Every incident matching the filter, in order, a thousand at a time (for export). */
export async function allMatching(
  db: CallGuideDb,
  filter: IncidentFilter,
  options: { order: SortOrder; now: number; onProgress?(read: number): void },
): Promise<Incident[]> {
  const all: Incident[] = [];
  let after: PageKey | null = null;
  for (;;) {
    const page = await queryIncidents(db, { filter, order: options.order, after, size: 1000, now: options.now });
    all.push(...page.rows);
    options.onProgress?.(all.length);
    const last = page.rows.at(-1);
    if (!page.hasMore || !last) return all;
    after = last;
  }
}

