import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { deleteExpired, incidentsByIds, previewRetention } from '../../../lib/incidents/retention';
import { readRetention, retentionItem } from '../../../lib/incidents/retention-setting';
import { saveIncident } from '../../../lib/incidents/repository';
import { addMonths, DAY, NOW } from '../../support/now';
import { freshDatabase, makeIncident } from './make-incident';

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
    // The same wall time twelve months after reviewed-350 was recorded.
    expect(preview.nextDueAt).toBe(addMonths(NOW - 350 * DAY, 12));
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
