import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import type { Incident } from '../../../lib/incidents/record';
import { getIncident, saveIncident } from '../../../lib/incidents/repository';
import { markReviewed } from '../../../lib/incidents/review';
import type { UnlockedKey } from '../../../lib/sealing/age';
import { sealIncident } from '../../../lib/sealing/record';
import { saveSealedIncident } from '../../../lib/sealing/save';
import { countUnsealed, sealExisting } from '../../../lib/sealing/seal-existing';
import { countNotExported, exportSealed, importSealed, readSealedFile } from '../../../lib/sealing/transfer';
import { unlockLog } from '../../../lib/sealing/unlocked';
import { DAY, NOW } from '../../support/now';
import { freshDatabase, makeIncident } from '../incidents/make-incident';
import { makeKeys } from './keys';

let leader: UnlockedKey;
let deputy: UnlockedKey;
beforeAll(async () => ({ leader, deputy } = await makeKeys()));

let db: CallGuideDb;
let other: CallGuideDb;
beforeEach(() => {
  db = freshDatabase();
  other = freshDatabase();
});
afterEach(async () => {
  await db.delete();
  await other.delete();
});

const twelve = Array.from({ length: 12 }, (_, i) => makeIncident({ id: `old-${i}`, createdAt: NOW - i * DAY, notes: `Old note number ${i}` }));
/** Unlocked on a desk whose team leader keys are the leader's and the deputy's. */
const opened = async (on: CallGuideDb, key: UnlockedKey) => {
  const log = await unlockLog(on, key, { recipients: async () => [leader.recipient, deputy.recipient], now: () => NOW });
  await log.ready;
  return { log, all: (await log.db.incidents.orderBy('id').toArray()) as Incident[] };
};

describe('sealing existing incidents', () => {
  it('loses nothing and leaves nothing half sealed when it stops half-way, and carries on when run again', async () => {
    for (const incident of twelve) await saveIncident(db, incident);
    let sealedSoFar = 0;
    const crashing = async (incident: Incident, recipients: readonly string[], now: number) => {
      if ((sealedSoFar += 1) === 8) throw new Error('the browser was closed');
      return sealIncident(incident, recipients, now);
    };
    await expect(sealExisting(db, [leader.recipient], NOW, { batchSize: 5, sealOne: crashing })).rejects.toThrow('closed');
    expect(await countUnsealed(db)).toBe(7);
    expect(await db.incidents.count()).toBe(12);
    const progress: number[] = [];
    expect(await sealExisting(db, [leader.recipient], NOW, { batchSize: 5, onProgress: (done) => progress.push(done) })).toBe(7);
    expect(progress).toEqual([5, 7]);
    expect(await countUnsealed(db)).toBe(0);
    expect(JSON.stringify(await db.incidents.toArray())).not.toContain('Old note');
    const { log, all } = await opened(db, leader);
    expect(log.problems).toEqual([]);
    expect(all.map((i) => i.notes).sort()).toEqual(twelve.map((i) => i.notes).sort());
    log.close();
  });
});

describe('gathering sealed incidents', () => {
  it('exports each incident once, and imports merged by id keeping the newer review', async () => {
    await saveSealedIncident(db, makeIncident({ id: 'a', notes: 'First desk, first call' }), [leader.recipient, deputy.recipient], NOW);
    await saveSealedIncident(db, makeIncident({ id: 'b', createdAt: NOW - DAY, notes: 'First desk, second call' }), [leader.recipient, deputy.recipient], NOW);
    const first = await exportSealed(db, [leader.recipient, deputy.recipient], NOW);
    expect(first.count).toBe(2);
    expect(first.file).not.toContain('First desk');
    expect(await countNotExported(db)).toBe(0);
    expect((await exportSealed(db, [leader.recipient], NOW + 1)).count).toBe(0);

    // The team leader's log already holds 'a', reviewed there; the file's copy is older.
    await importSealed(other, await readSealedFile(first.file, leader));
    const { log } = await opened(other, leader);
    await markReviewed(log.db, 'a', { by: 'Alex Boyd', at: NOW + DAY, note: 'Discussed with Morag' });
    await log.settled();
    log.close();
    const result = await importSealed(other, await readSealedFile(first.file, deputy));
    expect(result).toEqual({ added: 0, updated: 0, unchanged: 2 });
    const { log: again, all } = await opened(other, deputy);
    expect(all.map((i) => [i.id, i.status, i.notes])).toEqual([
      ['a', 'reviewed', 'First desk, first call'],
      ['b', 'open', 'First desk, second call'],
    ]);
    expect((await getIncident(again.db, 'a'))!.review!.note).toBe('Discussed with Morag');
    again.close();
  });

  it('is read by the standard age tool', async () => {
    await saveSealedIncident(db, makeIncident({ id: 'a', notes: 'Readable by age itself' }), [leader.recipient], NOW);
    const { file } = await exportSealed(db, [leader.recipient], NOW);
    const dir = mkdtempSync(join(tmpdir(), 'sealed-'));
    writeFileSync(join(dir, 'key.txt'), `${leader.identity}\n`);
    writeFileSync(join(dir, 'incidents.age'), file);
    const outer = JSON.parse(execFileSync('age', ['-d', '-i', join(dir, 'key.txt'), join(dir, 'incidents.age')], { encoding: 'utf8' }));
    expect(outer.incidents.map((i: Incident) => [i.id, i.kind, i.status])).toEqual([['a', 'abusive-call', 'open']]);
    writeFileSync(join(dir, 'a.age'), outer.incidents[0].sealed.content);
    const inner = JSON.parse(execFileSync('age', ['-d', '-i', join(dir, 'key.txt'), join(dir, 'a.age')], { encoding: 'utf8' }));
    expect(inner).toMatchObject({ id: 'a', notes: 'Readable by age itself', caller: { name: 'Mr Black' } });
  });
});
