import { afterEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { saveIncident } from '../../../lib/incidents/repository';
import { callerIncidents, subjectKeys } from '../../../lib/incidents/subject-access';
import { DAY, NOW } from '../../support/now';
import { freshDatabase, makeIncident } from './make-incident';

let db: CallGuideDb;
afterEach(async () => {
  await db.delete();
});

describe('subject access', () => {
  it("finds every incident about one caller by phone number or reference, however they were typed, oldest first", async () => {
    db = freshDatabase();
    await saveIncident(db, makeIncident({ id: 'by-ref', createdAt: NOW - DAY, callerKeys: ['ref:MHP42'] }));
    await saveIncident(db, makeIncident({ id: 'both', createdAt: NOW - 2 * DAY, callerKeys: ['tel:01632960999', 'ref:MHP42'] }));
    await saveIncident(db, makeIncident({ id: 'someone-else', callerKeys: ['tel:07700900123'] }));
    expect(subjectKeys({ phone: '+44 1632 960 999', reference: ' mhp 42 ' })).toEqual(['tel:01632960999', 'ref:MHP42']);
    const found = await callerIncidents(db, subjectKeys({ phone: '+44 1632 960 999', reference: 'mhp42' }));
    expect(found.map((i) => i.id)).toEqual(['both', 'by-ref']);
    expect(await callerIncidents(db, subjectKeys({ phone: '123', reference: '' }))).toEqual([]);
  });
});
