/**
 * Sealing one incident and opening it again. The agent's record and the team leaders' additions
 * are sealed separately, so an agent updating the incident never needs (or touches) what a team
 * leader wrote, and a team leader's note never re-seals the agent's record.
 */
import type { FollowUp, Incident, ReviewNote, StoredIncident } from '../incidents/record';
import { toStored } from '../incidents/indexing';
import { seal, SealingError, isWrongKey } from './age';
import { readableShell, isSealed, type SealedIncident, type SealedParts } from './sealed-record';
import { awaitsRingBack, ringBackKeys } from './ring-back';

/** What a team leader adds; absent parts are empty. */
interface ReviewPart {
  review: ReviewNote | null;
  reviewNotes: ReviewNote[];
  followUps: Pick<FollowUp, 'id' | 'doneBy' | 'doneHow' | 'doneNote'>[];
}

function reviewPart(incident: Incident): ReviewPart | null {
  const followUps = incident.followUps
    .filter((f) => f.doneBy !== null || f.doneHow !== null || f.doneNote !== '')
    .map(({ id, doneBy, doneHow, doneNote }) => ({ id, doneBy, doneHow, doneNote }));
  if (!incident.review && incident.reviewNotes.length === 0 && followUps.length === 0) return null;
  return { review: incident.review, reviewNotes: incident.reviewNotes, followUps };
}

/** The agent's part: the record without the team leaders' additions (kept in `review`). */
export function contentText(incident: Incident): string {
  const { sealed: _sealed, words: _words, followUpDueAt: _due, ...plain } = incident as SealedIncident & Partial<StoredIncident>;
  return JSON.stringify({ ...plain, review: null, reviewNotes: [], followUps: readableShell(incident).followUps });
}

export function reviewText(incident: Incident): string | null {
  const part = reviewPart(incident);
  return part && JSON.stringify(part);
}

/** The stored record for a sealed incident: the readable shell, its ring-back keys, the sealed parts. */
export type SealedStored = StoredIncident & { sealed: SealedParts };

async function sealedRecord(incident: Incident, parts: SealedParts): Promise<SealedStored> {
  const shell = { ...readableShell(incident), sealed: parts } as SealedIncident;
  if (awaitsRingBack(incident)) shell.callerKeys = await ringBackKeys(incident.callerKeys);
  // The search-word index of a sealed incident stays empty: after unlocking, search runs in memory.
  return { ...(toStored(shell) as SealedStored), words: [] };
}

export interface Reuse {
  /** Parts sealed before, reused when their text has not changed (a note need not re-seal the record). */
  content?: { text: string; sealed: string; at: number };
  review?: { text: string | null; sealed: string | null; at: number | null };
}

/** Seals the whole incident (both parts) to the recipients; nothing readable is left in it. */
export async function sealIncident(incident: Incident, recipients: readonly string[], now: number, reuse: Reuse = {}): Promise<SealedStored> {
  const content = contentText(incident);
  const review = reviewText(incident);
  const sameContent = reuse.content && reuse.content.text === content;
  const sameReview = reuse.review && reuse.review.text === review;
  const parts: SealedParts = {
    v: 1,
    content: sameContent ? reuse.content!.sealed : await seal(content, recipients),
    contentAt: sameContent ? reuse.content!.at : now,
    review: sameReview ? reuse.review!.sealed : review === null ? null : await seal(review, recipients),
    reviewAt: sameReview ? reuse.review!.at : review === null ? null : now,
  };
  return sealedRecord(incident, parts);
}

/**
 * An agent's update of an incident already sealed: the agent's part is replaced, what a team
 * leader added (sealed, and readable: status, follow-ups done) is kept as it is.
 */
export async function sealAgentUpdate(update: Incident, existing: SealedIncident, recipients: readonly string[], now: number): Promise<SealedStored> {
  const kept: Incident = {
    ...update,
    createdAt: existing.createdAt,
    status: existing.status,
    followUps: update.followUps.map((f) => {
      const before = existing.followUps.find((e) => e.id === f.id);
      return before ? { ...f, dueAt: before.dueAt, doneAt: before.doneAt } : f;
    }),
  };
  const parts: SealedParts = { ...existing.sealed, content: await seal(contentText(kept), recipients), contentAt: now };
  delete parts.exportedAt;
  return sealedRecord(kept, parts);
}

export class OpenError extends Error {
  constructor(
    readonly id: string,
    readonly reason: 'wrong-key' | 'damaged',
  ) {
    super(reason === 'wrong-key' ? `Incident ${id} was sealed to another team leader key.` : `Incident ${id} is damaged or has been tampered with.`);
  }
}

/** Opens a sealed incident with the key's opener; its readable fields stay authoritative. */
export async function openIncident(record: SealedIncident, open: (sealed: string) => Promise<string>): Promise<{ incident: Incident }> {
  let content: string;
  let review: string | null = null;
  try {
    content = await open(record.sealed.content);
    if (record.sealed.review) review = await open(record.sealed.review);
  } catch (error) {
    throw new OpenError(record.id, isWrongKey(error) ? 'wrong-key' : 'damaged');
  }
  let agent: Incident;
  let added: ReviewPart | null;
  try {
    agent = JSON.parse(content) as Incident;
    added = review === null ? null : (JSON.parse(review) as ReviewPart);
  } catch {
    throw new OpenError(record.id, 'damaged');
  }
  // A sealed part from another incident (a swapped record) is caught here: the ids must agree.
  if (agent.id !== record.id) throw new OpenError(record.id, 'damaged');
  const incident: Incident = {
    ...agent,
    createdAt: record.createdAt,
    status: record.status,
    review: added?.review ?? null,
    reviewNotes: added?.reviewNotes ?? [],
    followUps: record.followUps.map((f) => {
      const done = added?.followUps.find((d) => d.id === f.id);
      return done ? { ...f, doneBy: done.doneBy, doneHow: done.doneHow, doneNote: done.doneNote } : f;
    }),
  };
  return { incident };
}

/** A sealed record opened into the record an unsealed log would hold (its search words included). */
export async function openStored(record: SealedIncident, open: (sealed: string) => Promise<string>): Promise<StoredIncident> {
  return toStored((await openIncident(record, open)).incident);
}

export { isSealed, SealingError };
