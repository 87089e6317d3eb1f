/**
 * Key ranges over the incident indexes, each already in date order, that a query reads a chunk at
 * a time: the compound kind/status indexes, the date index, and one search word's entries.
 */
import type { IndexableType } from 'dexie';
import type { CallGuideDb } from '../db';
import { INCIDENT_KINDS, INCIDENT_STATUSES, type StoredIncident } from './record';
import type { PageKey, ResolvedFilter, SortOrder } from './filter';
import { WORD_SEPARATOR, wordEntry } from './indexing';

/** Sorts below every string, so `[..., createdAt, LOWEST]` is before every id at that moment. */
const LOWEST = -Infinity;

export interface Bounds {
  lower: IndexableType;
  upper: IndexableType;
  includeLower: boolean;
  includeUpper: boolean;
}

/** One index range; `bounds(anchor)` narrows it to what comes after a page's last incident. */
export interface OrderedRange {
  index: string;
  bounds(anchor: PageKey | null, order: SortOrder): Bounds;
}

function narrowed(whole: Bounds, anchorKey: IndexableType | null, order: SortOrder): Bounds {
  if (anchorKey === null) return whole;
  // Inclusive at the anchor: incidents at the same moment are told apart by id when read.
  return order === 'newest'
    ? { ...whole, upper: anchorKey, includeUpper: true }
    : { ...whole, lower: anchorKey, includeLower: true };
}

/** The ranges that hold exactly the incidents of this kind, status, agent and dates. */
export function facetRanges(filter: ResolvedFilter): OrderedRange[] {
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  if (!filter.kind && !filter.status && !filter.agent) {
    const whole: Bounds = { lower: from, upper: to, includeLower: true, includeUpper: false };
    return [{ index: 'createdAt', bounds: (anchor, order) => narrowed(whole, anchor?.createdAt ?? null, order) }];
  }
  const index = filter.agent ? '[agentName+kind+status+createdAt+id]' : '[kind+status+createdAt+id]';
  const kinds = filter.kind ? [filter.kind] : INCIDENT_KINDS;
  const statuses = filter.status ? [filter.status] : INCIDENT_STATUSES;
  return kinds.flatMap((kind) =>
    statuses.map((status): OrderedRange => {
      const prefix = filter.agent ? [filter.agent, kind, status] : [kind, status];
      const whole: Bounds = { lower: [...prefix, from, LOWEST], upper: [...prefix, to, LOWEST], includeLower: true, includeUpper: false };
      return { index, bounds: (anchor, order) => narrowed(whole, anchor ? [...prefix, anchor.createdAt, anchor.id] : null, order) };
    }),
  );
}

/** One search word's entries within the filter's dates. */
export function wordRange(word: string, filter: ResolvedFilter): OrderedRange {
  const whole: Bounds = {
    lower: wordEntry(word, filter.from ?? 0),
    upper: filter.to === null ? `${word}${WORD_SEPARATOR}\uffff` : wordEntry(word, filter.to),
    includeLower: true,
    includeUpper: false,
  };
  return { index: 'words', bounds: (anchor, order) => narrowed(whole, anchor ? wordEntry(word, anchor.createdAt) : null, order) };
}

export function readRange(db: CallGuideDb, range: OrderedRange, anchor: PageKey | null, order: SortOrder, limit: number): Promise<StoredIncident[]> {
  const { lower, upper, includeLower, includeUpper } = range.bounds(anchor, order);
  const collection = db.incidents.where(range.index).between(lower, upper, includeLower, includeUpper);
  return (order === 'newest' ? collection.reverse() : collection).limit(limit).toArray();
}

export function countRange(db: CallGuideDb, range: OrderedRange): Promise<number> {
  const { lower, upper, includeLower, includeUpper } = range.bounds(null, 'newest');
  return db.incidents.where(range.index).between(lower, upper, includeLower, includeUpper).count();
}
