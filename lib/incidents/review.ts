/**
 * What a team leader records on an incident: review notes, the mark that it has been reviewed
 * (who and when), and each follow-up done. The log has no accounts, so the team leader types
 * their name; each change is one transaction that re-derives the indexed fields.
 */
import type { CallGuideDb } from '../db';
import type { FollowUpMethod, Incident, ReviewNote } from './record';
import { fromStored, toStored } from './indexing';

export class ReviewError extends Error {}

/** One edit of one incident in a transaction, the indexed fields derived again. */
export async function changeIncident(db: CallGuideDb, id: string, edit: (incident: Incident) => Incident): Promise<Incident> {
  return db.transaction('rw', db.incidents, async () => {
    const stored = await db.incidents.get(id);
    if (!stored) throw new ReviewError('This incident is no longer in the log.');
    const updated = edit(fromStored(stored));
    await db.incidents.put(toStored(updated));
    return updated;
  });
}

function signed(entry: ReviewNote): ReviewNote {
  const by = entry.by.trim();
  if (!by) throw new ReviewError('Type your name: the log records who reviewed.');
  return { by, at: entry.at, note: entry.note.trim() };
}

export async function addReviewNote(db: CallGuideDb, id: string, entry: ReviewNote): Promise<Incident> {
  const note = signed(entry);
  if (!note.note) throw new ReviewError('Type the note to add.');
  return changeIncident(db, id, (incident) => ({ ...incident, reviewNotes: [...incident.reviewNotes, note] }));
}

/** Marks the incident reviewed; a note given here is kept with the review notes too. */
export async function markReviewed(db: CallGuideDb, id: string, entry: ReviewNote): Promise<Incident> {
  const review = signed(entry);
  return changeIncident(db, id, (incident) => ({
    ...incident,
    status: 'reviewed',
    review,
    reviewNotes: review.note ? [...incident.reviewNotes, review] : incident.reviewNotes,
  }));
}

/** Back to open, e.g. marked reviewed by mistake; the reopening is noted, the history kept. */
export async function reopen(db: CallGuideDb, id: string, entry: Omit<ReviewNote, 'note'>): Promise<Incident> {
  const note = signed({ ...entry, note: 'Reopened for review.' });
  return changeIncident(db, id, (incident) => ({ ...incident, status: 'open', review: null, reviewNotes: [...incident.reviewNotes, note] }));
}

export interface FollowUpDone {
  by: string;
  at: number;
  how: FollowUpMethod;
  note: string;
}

export async function recordFollowUp(db: CallGuideDb, id: string, followUpId: string, done: FollowUpDone): Promise<Incident> {
  const { by, note } = signed({ by: done.by, at: done.at, note: done.note });
  return changeIncident(db, id, (incident) => {
    if (!incident.followUps.some((f) => f.id === followUpId)) throw new ReviewError('That follow-up is not on this incident.');
    return {
      ...incident,
      followUps: incident.followUps.map((f) =>
        f.id === followUpId ? { ...f, doneAt: done.at, doneBy: by, doneHow: done.how, doneNote: note } : f,
      ),
    };
  });
}
