/**
 * Which agents had a review of a call in a range of time (the month before the one on screen),
 * without reading those reviews: probes of the `[agentName+callAt]` index.
 *
 * Reading a month's envelopes costs about as much per review as anything else IndexedDB does per
 * request, so a list of names from them cost as much as the month itself. Instead, the agents
 * already known (those with a review this month) split the index into gaps; an agent still to be
 * found is in one of them. Every gap is probed for its first key at once, in one read-only
 * transaction (the requests queue together, rather than a round trip each), and a gap that holds
 * an agent is probed again past that agent. The requests go to IndexedDB itself: through Dexie
 * each cost as much again.
 */
import type { CallGuideDb } from '../db';

/** An array sorts after every number in IndexedDB: `[name, AFTER]` is past all of name's keys. */
const AFTER: never[] = [];

function gapRange(after: string | null, before: string | null): IDBKeyRange | null {
  if (after === null) return before === null ? null : IDBKeyRange.upperBound([before], true);
  return before === null ? IDBKeyRange.lowerBound([after, AFTER], true) : IDBKeyRange.bound([after, AFTER], [before], true, true);
}

/** Agents (as stored) with a review of a call from `start` (included) to `end` (excluded), leaving out `known`. */
export async function agentsBetween(db: CallGuideDb, start: number, end: number, known: Iterable<string>): Promise<string[]> {
  // Through Dexie (which opens the database first), so that a live query over this read follows
  // reviews moved into or out of the range.
  await db.reviews.where('callAt').between(start, end, true, false).count();
  const index = db.backendDB().transaction('reviews', 'readonly').objectStore('reviews').index('[agentName+callAt]');
  // IndexedDB orders strings by UTF-16 code units, as `<` does.
  const anchors = [...new Set(known)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const found: string[] = [];
  return new Promise((resolve, reject) => {
    let pending = 0;
    const done = () => {
      pending -= 1;
      if (pending === 0) resolve(found);
    };
    const ask = <T>(request: IDBRequest<T>, then: (result: T) => void) => {
      pending += 1;
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        then(request.result);
        done();
      };
    };
    const probe = (after: string | null, before: string | null) =>
      ask(index.openKeyCursor(gapRange(after, before)), (cursor) => {
        if (!cursor) return;
        const [agent, earliest] = cursor.key as [string, number];
        if (earliest >= start && earliest < end) found.push(agent);
        // Its earliest call is before the range: is there one in it?
        else if (earliest < start) ask(index.count(IDBKeyRange.bound([agent, start], [agent, end], false, true)), (count) => count > 0 && found.push(agent));
        probe(agent, before);
      });
    [null, ...anchors].forEach((after, i) => probe(after, anchors[i] ?? null));
  });
}
