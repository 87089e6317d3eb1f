/**
 * What a team leader filters the log by, and the one test every query applies to the records it
 * reads, so whichever index a query starts from, the answer is the same.
 */
import type { IncidentKind, IncidentStatus, StoredIncident } from './record';
import { endOfDay } from './dates';
import { searchTokens, WORD_SEPARATOR } from './indexing';
import { hasFlag, type TriageFlag } from './triage';

/** Follow-ups not done yet; due by the end of today (overdue included); overdue now. */
export type FollowUpFilter = 'pending' | 'due' | 'overdue';
export type SortOrder = 'newest' | 'oldest';

export interface IncidentFilter {
  kind: IncidentKind | null;
  status: IncidentStatus | null;
  /** The agent's name exactly as recorded. */
  agent: string | null;
  /** From this moment (inclusive), milliseconds. */
  from: number | null;
  /** Up to this moment (exclusive), milliseconds. */
  to: number | null;
  followUp: FollowUpFilter | null;
  /** Words to find in the notes, the caller's exact words and other answers. */
  text: string;
  /** What happened on the call (999 called, call ended...); absent means any. */
  triage?: TriageFlag | null;
}

export const NO_FILTER: IncidentFilter = { kind: null, status: null, agent: null, from: null, to: null, followUp: null, text: '' };

/** A search word; words of three letters or more also find longer words they begin. */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

export interface ResolvedFilter extends IncidentFilter {
  terms: SearchTerm[];
  /** Follow-ups due before this (or at it, when inclusive), for the follow-up index. */
  followUpBelow: { upper: number; inclusive: boolean } | null;
}

function searchTerms(text: string): SearchTerm[] {
  return searchTokens(text).map((word) => ({ word, prefix: word.length >= 3 }));
}

export function resolveFilter(filter: IncidentFilter, now: number): ResolvedFilter {
  const followUpBelow =
    filter.followUp === 'pending'
      ? { upper: Infinity, inclusive: true }
      : filter.followUp === 'due'
        ? { upper: endOfDay(now), inclusive: false }
        : filter.followUp === 'overdue'
          ? { upper: now, inclusive: false }
          : null;
  return { ...filter, agent: filter.agent || null, terms: searchTerms(filter.text), followUpBelow };
}

function hasWord(record: StoredIncident, term: SearchTerm): boolean {
  const start = term.prefix ? term.word : term.word + WORD_SEPARATOR;
  return (record.words ?? []).some((entry) => entry.startsWith(start));
}

export function matchesFilter(record: StoredIncident, filter: ResolvedFilter): boolean {
  if (filter.kind && record.kind !== filter.kind) return false;
  if (filter.status && record.status !== filter.status) return false;
  if (filter.agent && record.agentName !== filter.agent) return false;
  if (filter.from !== null && record.createdAt < filter.from) return false;
  if (filter.to !== null && record.createdAt >= filter.to) return false;
  if (filter.triage && !hasFlag(record, filter.triage)) return false;
  const below = filter.followUpBelow;
  if (below) {
    const due = record.followUpDueAt;
    if (due === undefined || due > below.upper || (due === below.upper && !below.inclusive)) return false;
  }
  return filter.terms.every((term) => hasWord(record, term));
}

/** Where a page ends: the next page starts after this incident, in the chosen order. */
export interface PageKey {
  createdAt: number;
  id: string;
}

export function compareKeys(a: PageKey, b: PageKey): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function comesAfter(record: PageKey, anchor: PageKey | null, order: SortOrder): boolean {
  if (!anchor) return true;
  const cmp = compareKeys(record, anchor);
  return order === 'newest' ? cmp < 0 : cmp > 0;
}
