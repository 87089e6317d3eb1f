import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { getIncident, saveIncident } from '../../../lib/incidents/repository';
import { addReviewNote, markReviewed, recordFollowUp, reopen } from '../../../lib/incidents/review';
import { NO_FILTER } from '../../../lib/incidents/filter';
import { queryIncidents } from '../../../lib/incidents/query';
import { DAY, HOUR, NOW } from '../../support/now';
import { followUp, freshDatabase, makeIncident } from './make-incident';

let db: CallGuideDb;
beforeEach(async () => {
  db = freshDatabase();
  await saveIncident(db, makeIncident({ id: 'inc', followUps: [followUp({ dueAt: NOW + DAY })] }));
});
afterEach(async () => {
  await db.delete();
});

const ids = (filter: Partial<typeof NO_FILTER>) =>
  queryIncidents(db, { filter: { ...NO_FILTER, ...filter }, order: 'newest', after: null, size: 5, now: NOW + 2 * DAY }).then((p) => p.rows.map((r) => r.id));

describe('reviewing an incident', () => {
  it('keeps each note with who wrote it and when, and makes it searchable', async () => {
    await addReviewNote(db, 'inc', { by: ' Alex Boyd ', at: NOW, note: ' Spoke to Morag; she is fine. ' });
    await addReviewNote(db, 'inc', { by: 'Sam Reid', at: NOW + HOUR, note: 'Caller known to housing officer.' });
    const incident = (await getIncident(db, 'inc'))!;
    expect(incident.reviewNotes).toEqual([
      { by: 'Alex Boyd', at: NOW, note: 'Spoke to Morag; she is fine.' },
      { by: 'Sam Reid', at: NOW + HOUR, note: 'Caller known to housing officer.' },
    ]);
    expect(incident.status).toBe('open');
    expect(await ids({ text: 'housing officer' })).toEqual(['inc']);
  });

  it('marks it reviewed with who and when, and can reopen it, keeping the history', async () => {
    await markReviewed(db, 'inc', { by: 'Alex Boyd', at: NOW, note: 'No further action.' });
    expect(await getIncident(db, 'inc')).toMatchObject({ status: 'reviewed', review: { by: 'Alex Boyd', at: NOW, note: 'No further action.' } });
    expect(await ids({ status: 'reviewed' })).toEqual(['inc']);
    await reopen(db, 'inc', { by: 'Sam Reid', at: NOW + HOUR });
    const incident = (await getIncident(db, 'inc'))!;
    expect(incident).toMatchObject({ status: 'open', review: null });
    expect(incident.reviewNotes.map((n) => `${n.by}: ${n.note}`)).toEqual(['Alex Boyd: No further action.', 'Sam Reid: Reopened for review.']);
    expect(await ids({ status: 'open' })).toEqual(['inc']);
  });

  it('refuses a review without a name, or a note with no text', async () => {
    await expect(markReviewed(db, 'inc', { by: '  ', at: NOW, note: '' })).rejects.toThrow('Type your name');
    await expect(addReviewNote(db, 'inc', { by: 'Alex', at: NOW, note: ' ' })).rejects.toThrow('Type the note');
    await expect(markReviewed(db, 'gone', { by: 'Alex', at: NOW, note: '' })).rejects.toThrow('no longer in the log');
    expect((await getIncident(db, 'inc'))!.status).toBe('open');
  });

  it('records a follow-up done: by whom, how, when; it is no longer pending or overdue', async () => {
    expect(await ids({ followUp: 'overdue' })).toEqual(['inc']);
    await recordFollowUp(db, 'inc', 'ring', { by: 'Alex Boyd', at: NOW + HOUR, how: 'rang', note: 'Explained why the call ended.' });
    expect((await getIncident(db, 'inc'))!.followUps[0]).toMatchObject({ doneAt: NOW + HOUR, doneBy: 'Alex Boyd', doneHow: 'rang', doneNote: 'Explained why the call ended.' });
    expect(await ids({ followUp: 'pending' })).toEqual([]);
    await expect(recordFollowUp(db, 'inc', 'nope', { by: 'Alex', at: NOW, how: 'wrote', note: '' })).rejects.toThrow('not on this incident');
  });
});
