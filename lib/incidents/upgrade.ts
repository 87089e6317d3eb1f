/**
 * Version 3 of the database, for incidents recorded before it: the new fields get what the old
 * record already says (a timeline from its steps, no review notes, follow-ups not yet done by
 * anyone named), then the indexed fields are derived as on every write.
 */
import type { FollowUp, Incident, StoredIncident } from './record';
import { incidentWords, nextFollowUpDue, wordEntry } from './indexing';
import { timelineFromRecord } from './timeline';

export function upgradeToVersion3(record: Partial<StoredIncident>): void {
  record.timeline ??= timelineFromRecord(record);
  record.reviewNotes ??= [];
  record.review ??= null;
  record.followUps = (record.followUps ?? []).map(
    (followUp): FollowUp => ({ ...followUp, doneBy: followUp.doneBy ?? null, doneHow: followUp.doneHow ?? null, doneNote: followUp.doneNote ?? '' }),
  );
  record.words = incidentWords(record as Incident).map((word) => wordEntry(word, record.createdAt ?? 0));
  const due = nextFollowUpDue(record as Incident);
  if (due === undefined) delete record.followUpDueAt;
  else record.followUpDueAt = due;
}
