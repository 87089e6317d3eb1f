import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import type { Incident } from '../../../lib/incidents/record';
import { NO_FILTER, type IncidentFilter, type SortOrder } from '../../../lib/incidents/filter';
import { searchableText, searchTokens } from '../../../lib/incidents/indexing';
import { allMatching, countIncidents, queryIncidents, type QueryLimits } from '../../../lib/incidents/query';
import { saveIncident } from '../../../lib/incidents/repository';
import { markReviewed } from '../../../lib/incidents/review';
import { DAY, dayStart, HOUR, NOW } from '../../support/now';
import { followUp, freshDatabase, makeIncident } from './make-incident';
import { runs } from '../../support/runs';

let db: CallGuideDb;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const filter = (f: Partial<IncidentFilter>): IncidentFilter => ({ ...NO_FILTER, ...f });

/** What the list should show, worked out the slow, obvious way. */
function expected(incidents: Incident[], f: IncidentFilter, order: SortOrder): string[] {
  const terms = searchTokens(f.text);
  const dueBelow = f.followUp === 'overdue' ? NOW : f.followUp === 'due' ? dayStart(NOW, 1) : Infinity;
  return incidents
    .filter((i) => !f.kind || i.kind === f.kind)
    .filter((i) => !f.status || i.status === f.status)
    .filter((i) => !f.agent || i.agentName === f.agent)
    .filter((i) => (f.from === null || i.createdAt >= f.from) && (f.to === null || i.createdAt < f.to))
    .filter((i) => {
      if (!f.followUp) return true;
      const pending = i.followUps.filter((u) => u.doneAt === null).map((u) => u.dueAt ?? Infinity);
      return pending.length > 0 && (f.followUp === 'pending' || Math.min(...pending) < dueBelow);
    })
    .filter((i) => {
      const words = searchTokens(searchableText(i));
      return terms.every((t) => words.some((w) => (t.length >= 3 ? w.startsWith(t) : w === t)));
    })
    .sort((a, b) => (order === 'newest' ? -1 : 1) * (a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)))
    .map((i) => i.id);
}

async function everyPage(f: IncidentFilter, order: SortOrder, size: number, limits?: QueryLimits) {
  const ids: string[] = [];
  let after = null;
  let totals: (number | null)[] = [];
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await queryIncidents(db, { filter: f, order, after, size, now: NOW }, limits);
    ids.push(...page.rows.map((r) => r.id));
    totals.push(page.total);
    if (!page.hasMore) break;
    after = page.rows.at(-1)!;
  }
  totals = [...new Set(totals)];
  return { ids, totals };
}

const WORDS = ['threat', 'threatened', 'office', 'offer', 'kill', 'ok', 'solicitor', 'police', 'cwm', 'ŵyr'];

const incidentArb = fc.record({
  n: fc.integer({ min: 0, max: 1_000_000 }),
  // Few distinct moments, so several incidents share one: paging must not skip or repeat them.
  minute: fc.integer({ min: 0, max: 12 }),
  kind: fc.constantFrom('abusive-call' as const, 'self-harm' as const),
  reviewed: fc.boolean(),
  agent: fc.constantFrom('Morag Innes', 'Rhian Jones', 'Alex Boyd'),
  words: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
  due: fc.option(fc.integer({ min: -48, max: 48 }), { nil: undefined }),
  done: fc.boolean(),
});

const filterArb = fc.record({
  kind: fc.constantFrom(null, 'abusive-call' as const, 'self-harm' as const),
  status: fc.constantFrom(null, 'open' as const, 'reviewed' as const),
  agent: fc.constantFrom(null, 'Morag Innes', 'Alex Boyd'),
  from: fc.constantFrom(null, NOW - 20 * 60_000),
  to: fc.constantFrom(null, NOW - 5 * 60_000),
  followUp: fc.constantFrom(null, 'pending' as const, 'due' as const, 'overdue' as const),
  text: fc.constantFrom('', 'threat', 'off', 'ok', 'office police', 'thre kill', 'wyr', 'nothing'),
});

describe('the incident list query', () => {
  it('pages through exactly the matching incidents, in order, whichever index it starts from', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(incidentArb, { minLength: 0, maxLength: 40, size: 'max', selector: (i) => i.n }),
        filterArb,
        fc.constantFrom<SortOrder>('newest', 'oldest'),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom<QueryLimits>({ maxExpansions: 12, readFollowUps: 1000 }, { maxExpansions: 1, readFollowUps: 0 }),
        async (specs, f, order, size, limits) => {
          await db.incidents.clear();
          const incidents = specs.map((s) =>
            makeIncident({
              id: `inc-${s.n}`,
              createdAt: NOW - 30 * 60_000 + s.minute * 60_000,
              kind: s.kind,
              status: s.reviewed ? 'reviewed' : 'open',
              review: s.reviewed ? { by: 'Alex Boyd', at: NOW, note: '' } : null,
              agentName: s.agent,
              notes: s.words.join(' '),
              followUps: s.due === undefined ? [] : [followUp({ dueAt: s.due === 0 ? null : NOW + s.due * HOUR, doneAt: s.done ? NOW : null })],
            }),
          );
          for (const incident of incidents) await saveIncident(db, incident);
          const { ids, totals } = await everyPage(f, order, size, limits);
          const want = expected(incidents, f, order);
          expect(ids).toEqual(want);
          for (const total of totals) if (total !== null) expect(total).toBe(want.length);
        },
      ),
      { numRuns: runs(120) },
    );
    // 120 logs written and paged through: several seconds on a busy machine, more than the 5 s default.
  }, 60_000);

  it('neither skips nor repeats incidents recorded at the same moment across a page break', async () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) await saveIncident(db, makeIncident({ id, createdAt: NOW, notes: 'threat threatened' }));
    // More incidents without those words, so the search reads the words' own index ranges.
    for (let i = 0; i < 20; i += 1) await saveIncident(db, makeIncident({ id: `other-${i}`, createdAt: NOW - DAY - i, notes: 'rude' }));
    const streamed: QueryLimits = { maxExpansions: 12, readFollowUps: 0 };
    expect((await everyPage(filter({ to: NOW + 1 }), 'newest', 2, streamed)).ids.slice(0, 5)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect((await everyPage(filter({ from: NOW, status: 'open' }), 'oldest', 2, streamed)).ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Two words begin "threa" in each: each incident is still listed once.
    expect((await everyPage(filter({ text: 'threa' }), 'newest', 3, streamed)).ids).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('says how many match: from the indexes when no search or follow-up is involved, or when one page holds them all', async () => {
    for (let i = 0; i < 5; i += 1) await saveIncident(db, makeIncident({ id: `a${i}`, createdAt: NOW - i * DAY, notes: 'solicitor letter' }));
    await saveIncident(db, makeIncident({ id: 'b', kind: 'self-harm', createdAt: NOW - 9 * DAY }));
    expect(await countIncidents(db, NO_FILTER, NOW)).toBe(6);
    expect(await countIncidents(db, filter({ kind: 'abusive-call', from: NOW - 2.5 * DAY }), NOW)).toBe(3);
    expect(await countIncidents(db, filter({ text: 'solicitor' }), NOW)).toBeNull();
    const page = (f: Partial<IncidentFilter>, size: number) => queryIncidents(db, { filter: filter(f), order: 'newest', after: null, size, now: NOW });
    expect(await page({ text: 'solicitor' }, 10)).toMatchObject({ total: 5, hasMore: false });
    expect(await page({ text: 'solicitor' }, 2)).toMatchObject({ total: null, hasMore: true });
    expect((await page({ text: 'zebra' }, 2)).total).toBe(0);
  });

  it('finds words whatever their accents and case, and ignores words too common to search', async () => {
    await saveIncident(db, makeIncident({ id: 'welsh', answers: [{ id: 'ab-caller-words', label: 'Words', value: 'Dyna’r ŴYR yn y CWM' }] }));
    const ids = (text: string) => queryIncidents(db, { filter: filter({ text }), order: 'newest', after: null, size: 5, now: NOW }).then((p) => p.rows.map((r) => r.id));
    expect(await ids('wyr')).toEqual(['welsh']);
    expect(await ids('Cwm')).toEqual(['welsh']);
    expect(await ids('the')).toEqual(['welsh']);
  });

  it('exports every match, a thousand at a time', async () => {
    await db.incidents.bulkPut([]);
    for (let i = 0; i < 2500; i += 1) await db.incidents.put({ ...makeIncident({ id: `bulk-${String(i).padStart(4, '0')}`, createdAt: NOW - i * 1000 }), words: [] });
    const progress: number[] = [];
    const all = await allMatching(db, NO_FILTER, { order: 'newest', now: NOW, onProgress: (n) => progress.push(n) });
    expect(all).toHaveLength(2500);
    expect(all[0]!.id).toBe('bulk-0000');
    expect(progress).toEqual([1000, 2000, 2500]);
  }, 30_000);
});

describe('the list as a live query', () => {
  it('updates when an incident matching the search is saved, even with a word not seen before', async () => {
    const { liveQuery } = await import('dexie');
    await saveIncident(db, makeIncident({ id: 'first', createdAt: NOW - DAY, notes: 'threat' }));
    const seen: string[][] = [];
    const subscription = liveQuery(() =>
      queryIncidents(db, { filter: filter({ text: 'threa' }), order: 'newest', after: null, size: 10, now: NOW }),
    ).subscribe({ next: (page) => seen.push(page.rows.map((r) => r.id)) });
    await expect.poll(() => seen.at(-1)).toEqual(['first']);
    await saveIncident(db, makeIncident({ id: 'second', createdAt: NOW, notes: 'threatening' }));
    await expect.poll(() => seen.at(-1)).toEqual(['second', 'first']);
    subscription.unsubscribe();
  });

  it('updates when a listed incident changes, e.g. is reviewed', async () => {
    const { liveQuery } = await import('dexie');
    for (let i = 0; i < 30; i += 1) await saveIncident(db, makeIncident({ id: `i${i}`, createdAt: NOW - i * HOUR, notes: i % 2 ? 'threat' : 'rude' }));
    const statuses: string[] = [];
    const subscription = liveQuery(() =>
      queryIncidents(db, { filter: filter({ text: 'threat' }), order: 'newest', after: null, size: 5, now: NOW }, { maxExpansions: 12, readFollowUps: 0 }),
    ).subscribe({ next: (page) => statuses.push(page.rows[0]!.status) });
    await expect.poll(() => statuses.at(-1)).toBe('open');
    await markReviewed(db, 'i1', { by: 'Alex Boyd', at: NOW, note: '' });
    await expect.poll(() => statuses.at(-1)).toBe('reviewed');
    subscription.unsubscribe();
  });
});
