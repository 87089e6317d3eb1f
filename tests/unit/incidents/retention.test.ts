import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { deleteExpired, incidentsByIds, previewRetention, retentionCutoff } from '../../../lib/incidents/retention';
import { readRetention, retentionItem } from '../../../lib/incidents/retention-setting';
import { saveIncident } from '../../../lib/incidents/repository';
import { addMonths, DAY, MINUTE, NOW } from '../../support/now';
import { freshDatabase, makeIncident, passesRetention } from './make-incident';

const reviewed = { status: 'reviewed' as const, review: { by: 'Alex Boyd', at: NOW - 300 * DAY, note: '' } };
let db: CallGuideDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDatabase();
  await saveIncident(db, makeIncident({ id: 'reviewed-400', createdAt: NOW - 400 * DAY, ...reviewed }));
  await saveIncident(db, makeIncident({ id: 'reviewed-370', createdAt: NOW - 370 * DAY, ...reviewed }));
  await saveIncident(db, makeIncident({ id: 'open-500', createdAt: NOW - 500 * DAY, kind: 'self-harm' }));
  await saveIncident(db, makeIncident({ id: 'reviewed-350', createdAt: NOW - 350 * DAY, ...reviewed, kind: 'self-harm' }));
  await saveIncident(db, makeIncident({ id: 'reviewed-100', createdAt: NOW - 100 * DAY, ...reviewed }));
});
afterEach(async () => {
  await db.delete();
});

describe('retention', () => {
  it('says what is due for deletion now, what falls due next and when, and what is kept because open', async () => {
    const preview = await previewRetention(db, NOW, 12);
    expect(preview.cutoff).toBe(addMonths(NOW, -12));
    expect(preview.dueIds.sort()).toEqual(['reviewed-370', 'reviewed-400']);
    expect(preview.upcoming).toBe(1);
    expect(preview.nextDueAt).toBe(passesRetention(NOW - 350 * DAY, 12));
    expect(preview.openPastRetention).toBe(1);
    expect((await previewRetention(db, NOW, 3)).dueIds).toHaveLength(4);
  });

  it('deletes only what it said it would, and keeps one reopened meanwhile', async () => {
    const { dueIds } = await previewRetention(db, NOW, 12);
    expect((await incidentsByIds(db, dueIds)).map((i) => i.id).sort()).toEqual(['reviewed-370', 'reviewed-400']);
    await db.incidents.update('reviewed-370', { status: 'open', review: null });
    expect(await deleteExpired(db, [...dueIds, 'reviewed-100', 'open-500'], NOW, 12)).toBe(1);
    expect((await db.incidents.toCollection().primaryKeys()).sort()).toEqual(['open-500', 'reviewed-100', 'reviewed-350', 'reviewed-370']);
  });

  it('counts calendar months back from now, ending on the shorter month’s last day (31 March less a month is 28 or 29 February)', async () => {
    const cutoff = addMonths(NOW, -1);
    await saveIncident(db, makeIncident({ id: 'just-before', createdAt: cutoff - MINUTE, ...reviewed }));
    await saveIncident(db, makeIncident({ id: 'just-after', createdAt: cutoff + MINUTE, ...reviewed }));
    const preview = await previewRetention(db, NOW, 1);
    expect(preview.cutoff).toBe(cutoff);
    expect(preview.dueIds).toContain('just-before');
    expect(preview.dueIds).not.toContain('just-after');
    // Deleting uses the same cutoff as the preview.
    expect(await deleteExpired(db, ['just-before', 'just-after'], NOW, 1)).toBe(1);
    expect(await db.incidents.get('just-after')).toBeDefined();
  });

  it.each([
    // The months are calendar months, clamped to the shorter month's end.
    { now: '31 Mar 2027 10:00', months: 1, cutoff: '28 Feb 2027 10:00', at: [2027, 2, 31, 10, 0], expected: [2027, 1, 28, 10, 0] },
    { now: '31 Mar 2028 10:00', months: 1, cutoff: '29 Feb 2028 10:00', at: [2028, 2, 31, 10, 0], expected: [2028, 1, 29, 10, 0] },
    { now: '29 Feb 2028 12:00', months: 12, cutoff: '28 Feb 2027 12:00', at: [2028, 1, 29, 12, 0], expected: [2027, 1, 28, 12, 0] },
    { now: '31 May 2027 09:30', months: 3, cutoff: '28 Feb 2027 09:30', at: [2027, 4, 31, 9, 30], expected: [2027, 1, 28, 9, 30] },
    { now: '15 Jan 2027 08:00', months: 1, cutoff: '15 Dec 2026 08:00', at: [2027, 0, 15, 8, 0], expected: [2026, 11, 15, 8, 0] },
  ])('on $now, $months months back is $cutoff (local time)', async ({ at, months, expected }) => {
    const local = ([y, mo, d, h, mi]: number[]) => new Date(y!, mo!, d!, h!, mi!);
    expect(new Date((await previewRetention(db, local(at).getTime(), months)).cutoff)).toEqual(local(expected));
  });

  it('says an incident falls due when deletion would take it, even when its day is missing from the later month', async () => {
    // Recorded on 31 January: a month on, the cutoff passes it only once February is over.
    const recorded = new Date(2027, 0, 31, 14, 0).getTime();
    await db.incidents.clear();
    await saveIncident(db, makeIncident({ id: 'end-of-january', createdAt: recorded, ...reviewed }));
    const { nextDueAt } = await previewRetention(db, recorded + DAY, 1);
    expect(nextDueAt).not.toBeNull();
    expect((await previewRetention(db, nextDueAt! - 1, 1)).dueIds).toEqual([]);
    expect((await previewRetention(db, nextDueAt! + 1, 1)).dueIds).toEqual(['end-of-january']);
    expect(new Date(nextDueAt!)).toEqual(new Date(2027, 2, 1));
    expect(nextDueAt).toBe(passesRetention(recorded, 1));
  });

  it('on 31 March, with a month kept, deletes nothing recorded in the last 29 days, and preview and deletion agree', async () => {
    const now = new Date(2027, 2, 31, 10, 0).getTime();
    await db.incidents.clear();
    await saveIncident(db, makeIncident({ id: 'four-weeks-old', createdAt: new Date(2027, 2, 2, 10, 0).getTime(), ...reviewed }));
    await saveIncident(db, makeIncident({ id: 'end-of-february', createdAt: new Date(2027, 1, 28, 9, 0).getTime(), ...reviewed }));
    expect(new Date(retentionCutoff(now, 1))).toEqual(new Date(2027, 1, 28, 10, 0));
    const { dueIds } = await previewRetention(db, now, 1);
    expect(dueIds).toEqual(['end-of-february']);
    expect(await deleteExpired(db, ['four-weeks-old', 'end-of-february'], now, 1)).toBe(1);
    expect(await db.incidents.get('four-weeks-old')).toBeDefined();
  });

  it('keeps the period in extension storage: 12 months unless set, and a damaged value reads as 12', async () => {
    expect(await readRetention()).toEqual({ months: 12 });
    await retentionItem.setValue({ months: 24 });
    expect(await readRetention()).toEqual({ months: 24 });
    await fakeBrowser.storage.local.set({ retention: { months: 'lots' } });
    expect(await readRetention()).toEqual({ months: 12 });
    await fakeBrowser.storage.local.set({ retention: { months: 0 } });
    expect(await readRetention()).toEqual({ months: 12 });
  });
});
