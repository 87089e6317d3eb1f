// The unlocked sealed log answers search and filter from an index in memory: it must give exactly
// what the indexed IndexedDB query gives on the same incidents, page by page, in both orders.
import { beforeAll, describe, expect, it } from 'vitest';
import { toStored } from '../../../lib/incidents/indexing';
import { attachMemoryIndex, MemoryIndex } from '../../../lib/incidents/memory-index';
import { countIncidents, queryIncidents } from '../../../lib/incidents/query';
import { NO_FILTER, type IncidentFilter, type PageKey, type SortOrder } from '../../../lib/incidents/filter';
import type { CallGuideDb } from '../../../lib/db';
import { DAY, followUp, freshDatabase, makeIncident } from './make-incident';
import { NOW } from '../../support/now';

const NOTES = ['Caller threatened the office', 'Threats about the boiler', 'Rent arrears, caller shouting', 'Damp in the bedroom', 'Solicitor letter threatening'];
const incidents = Array.from({ length: 240 }, (_, i) =>
  makeIncident({
    id: `inc-${String(i).padStart(3, '0')}`,
    // Some share a time, so the id breaks the tie.
    createdAt: NOW - Math.floor(i / 2) * 3 * 3_600_000,
    kind: i % 3 === 0 ? 'self-harm' : 'abusive-call',
    status: i % 4 === 0 ? 'reviewed' : 'open',
    agentName: `Agent ${i % 5}`,
    notes: `${NOTES[i % NOTES.length]} number${i % 7}`,
    followUps: i % 6 === 0 ? [followUp({ dueAt: NOW + (i % 12 === 0 ? -DAY : DAY) })] : [],
  }),
);

let plain: CallGuideDb;
let memory: CallGuideDb;
beforeAll(async () => {
  plain = freshDatabase();
  memory = freshDatabase();
  const stored = incidents.map(toStored);
  await plain.incidents.bulkPut(stored);
  await memory.incidents.bulkPut(stored);
  attachMemoryIndex(memory, new MemoryIndex(stored));
});

const FILTERS: Partial<IncidentFilter>[] = [
  {},
  { kind: 'self-harm' },
  { status: 'open', agent: 'Agent 2' },
  { from: NOW - 60 * 3_600_000, to: NOW - 10 * 3_600_000 },
  { text: 'threa' },
  { text: 'threatened office' },
  { text: 'number3' },
  { text: 'boil', kind: 'abusive-call' },
  { text: 'nothing-like-this' },
  { followUp: 'pending' },
  { followUp: 'overdue', status: 'open' },
];

async function allPages(db: CallGuideDb, filter: Partial<IncidentFilter>, order: SortOrder): Promise<string[]> {
  const ids: string[] = [];
  let after: PageKey | null = null;
  for (;;) {
    const page = await queryIncidents(db, { filter: { ...NO_FILTER, ...filter }, order, after, size: 25, now: NOW });
    ids.push(...page.rows.map((row) => row.id));
    if (!page.hasMore) return ids;
    after = page.rows.at(-1)!;
  }
}

describe('the in-memory index of an unlocked log', () => {
  it('finds the same incidents in the same order as the indexed query, page by page', async () => {
    for (const filter of FILTERS) {
      for (const order of ['newest', 'oldest'] as const) {
        const expected = await allPages(plain, filter, order);
        expect(await allPages(memory, filter, order), JSON.stringify({ filter, order })).toEqual(expected);
      }
    }
    expect((await allPages(memory, { text: 'threa' }, 'newest')).length).toBeGreaterThan(0);
  });

  it('counts what it lists', async () => {
    for (const filter of FILTERS) {
      const listed = (await allPages(plain, filter, 'newest')).length;
      expect(await countIncidents(memory, { ...NO_FILTER, ...filter }, NOW)).toBe(listed);
    }
  });

  it('follows a change: a new incident is found by its words, a deleted one is gone', async () => {
    const db = freshDatabase();
    const index = new MemoryIndex([]);
    attachMemoryIndex(db, index);
    const added = toStored(makeIncident({ id: 'new-1', notes: 'Caller mentioned the allotment' }));
    index.put(added);
    await db.incidents.put(added);
    const found = await queryIncidents(db, { filter: { ...NO_FILTER, text: 'allot' }, order: 'newest', after: null, size: 10, now: NOW });
    expect(found.rows.map((r) => r.id)).toEqual(['new-1']);
    index.delete('new-1');
    await db.incidents.delete('new-1');
    expect((await queryIncidents(db, { filter: { ...NO_FILTER, text: 'allot' }, order: 'newest', after: null, size: 10, now: NOW })).rows).toEqual([]);
  });
});
