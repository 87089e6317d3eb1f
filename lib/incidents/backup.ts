/**
 * Backup and restore of the whole log as one JSON file. A file is checked whole before anything
 * is written; a valid one is merged by id in one transaction, so nothing already in the log is
 * lost and nothing is added twice.
 */
import * as v from 'valibot';
import type { CallBack, CallGuideDb } from '../db';
import type { FollowUp, Incident, ReviewNote } from './record';
import { TRAINING_DATABASE } from '../training/mode';
import { formatDateTime } from './format';
import { callerKeys } from './incident';
import { BACKUP_FORMAT, BACKUP_VERSION, CallBackSchema, EnvelopeSchema, IncidentSchema } from './backup-schema';
import { fromStored, toStored } from './indexing';

const BATCH = 1000;
/** How far past the present a date in a backup may be (another desktop's clock a little fast). */
export const FUTURE_MARGIN = 86_400_000;

/** Whether a database is the training one, whose backups say so and go back only into training. */
export const isTraining = (db: CallGuideDb) => db.name.startsWith(TRAINING_DATABASE);
/** Beyond this many, the list of problems says how many more there are. */
const SHOWN_PROBLEMS = 20;

export async function backupBlob(db: CallGuideDb, now: number, onProgress?: (read: number, total: number) => void): Promise<{ blob: Blob; count: number }> {
  // One read transaction: the file is a consistent picture even if the log changes meanwhile.
  return db.transaction('r', db.incidents, db.callBacks, async () => {
    const count = await db.incidents.count();
    const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, training: isTraining(db), exportedAt: new Date(now).toISOString(), count };
    const parts: string[] = [`${JSON.stringify(header).slice(0, -1)},"incidents":[\n`];
    let last: string | null = null;
    let read = 0;
    for (;;) {
      const batch: Incident[] = (await (last === null ? db.incidents.orderBy(':id') : db.incidents.where(':id').above(last)).limit(BATCH).toArray()).map(fromStored);
      if (batch.length === 0) break;
      parts.push(`${read ? ',\n' : ''}${batch.map((incident) => JSON.stringify(incident)).join(',\n')}`);
      read += batch.length;
      last = batch.at(-1)!.id;
      onProgress?.(read, count);
    }
    // Call-backs hold a caller's name, phone and reason too: a backup that left them out would lose
    // them with the desktop. Few (done ones are deleted after a period), so read in one go.
    const callBacks = await db.callBacks.toArray();
    parts.push(`\n],"callBacks":[\n${callBacks.map((callBack) => JSON.stringify(callBack)).join(',\n')}\n]}\n`);
    return { blob: new Blob(parts, { type: 'application/json' }), count: read };
  });
}

/**
 * A backup file of chosen incidents (those past retention, or one caller's, with their call-backs):
 * importable like any other.
 */
export function backupFile(incidents: readonly Incident[], now: number, callBacks: readonly CallBack[] = [], training = false): Blob {
  const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, training, exportedAt: new Date(now).toISOString(), count: incidents.length };
  const body = incidents.map((incident) => JSON.stringify(fromStored(incident))).join(',\n');
  const backs = callBacks.map((callBack) => JSON.stringify(callBack)).join(',\n');
  return new Blob([`${JSON.stringify(header).slice(0, -1)},"incidents":[\n${body}\n],"callBacks":[\n${backs}\n]}\n`], { type: 'application/json' });
}

export type BackupCheck = { ok: true; incidents: Incident[]; callBacks: CallBack[] } | { ok: false; problems: string[] };

interface CheckOptions {
  /** The present: a date in the file later than this (plus FUTURE_MARGIN) is refused. */
  now?: number;
  /** Whether the log it would go into is the training one. */
  training?: boolean;
  onProgress?(checked: number, total: number): void;
  /** Lets the page repaint between chunks of a large file. */
  pause?(): Promise<void>;
}

const issueText = (issue: v.BaseIssue<unknown>) => `${v.getDotPath(issue) ?? 'the incident'}: ${issue.message}`;

export async function checkBackup(text: string, options: CheckOptions = {}): Promise<BackupCheck> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`The file is not a backup: it is not valid JSON (${(error as Error).message}).`] };
  }
  if ((data as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    return { ok: false, problems: ['This file is not a call-guide incident log backup (it has no "format": "call-guide-incident-log").'] };
  }
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) return { ok: false, problems: envelope.issues.slice(0, SHOWN_PROBLEMS).map((issue) => `File: ${issueText(issue)}`) };
  const { version, count, incidents: raw, callBacks: rawCallBacks, training } = envelope.output;
  if (version !== BACKUP_VERSION) {
    return { ok: false, problems: [`The file is backup format version ${version}; this guide reads version ${BACKUP_VERSION}. Update the guide, or export again.`] };
  }
  if (training !== (options.training ?? false)) {
    return {
      ok: false,
      problems: [
        training
          ? 'This is a training backup of practice incidents: it cannot be imported into the real incident log. Import it in training mode.'
          : 'This is a backup of the real incident log: it cannot be imported into training. Leave training mode to import it.',
      ],
    };
  }
  const latest = (options.now ?? Date.now()) + FUTURE_MARGIN;
  const problems: string[] = [];
  if (count !== raw.length) problems.push(`File: it says it holds ${count} incidents but holds ${raw.length}: it may be cut short.`);
  const incidents: Incident[] = [];
  const seen = new Map<string, number>();
  for (let start = 0; start < raw.length; start += BATCH) {
    raw.slice(start, start + BATCH).forEach((item, offset) => {
      const n = start + offset + 1;
      const result = v.safeParse(IncidentSchema, item);
      if (!result.success) {
        problems.push(...result.issues.map((issue) => `Incident ${n}: ${issueText(issue)}`));
        return;
      }
      const incident = rebuilt(result.output as Incident);
      const future = futureDate(incident, latest);
      if (future) problems.push(`Incident ${n}: ${future} is later than ${formatDateTime(latest)}; a backup holds only what has happened.`);
      const first = seen.get(incident.id);
      if (first) problems.push(`Incident ${n}: the same id as incident ${first} (${incident.id}).`);
      else seen.set(incident.id, n);
      incidents.push(incident);
    });
    options.onProgress?.(Math.min(start + BATCH, raw.length), raw.length);
    await options.pause?.();
  }
  const callBacks: CallBack[] = [];
  rawCallBacks.forEach((item, at) => {
    const result = v.safeParse(CallBackSchema, item);
    if (result.success && Math.max(result.output.createdAt, result.output.doneAt ?? 0) > latest) {
      problems.push(`Call-back ${at + 1}: its dates are later than ${formatDateTime(latest)}; a backup holds only what has happened.`);
    } else if (result.success) callBacks.push(result.output);
    else problems.push(...result.issues.map((issue) => `Call-back ${at + 1}: ${issueText(issue)}`));
  });
  if (problems.length === 0) return { ok: true, incidents, callBacks };
  const more = problems.length - SHOWN_PROBLEMS;
  return { ok: false, problems: more > 0 ? [...problems.slice(0, SHOWN_PROBLEMS), `…and ${more} more problems.`] : problems };
}

/**
 * An incident as the guide itself would have stored it: fields derived from others are worked out
 * again, never taken from the file, so an edited file cannot hide an incident from subject access
 * or ring-back recognition (`callerKeys`) or mark it reviewed without a review.
 */
function rebuilt(incident: Incident): Incident {
  return {
    ...incident,
    callerKeys: callerKeys({ phone: incident.caller.phone, mobile: '', reference: incident.caller.reference }),
    status: incident.review ? 'reviewed' : 'open',
  };
}

/** The first moment an incident records that is later than `latest`, named; null if none. */
function futureDate(incident: Incident, latest: number): string | null {
  const moments: [string, number | null][] = [
    ['createdAt', incident.createdAt],
    ['callStartedAt', incident.callStartedAt],
    ['callEndedAt', incident.callEndedAt],
    ['colleagueAlertedAt', incident.colleagueAlertedAt],
    ['emergencyCalledAt', incident.emergencyCalledAt],
    ['review.at', incident.review?.at ?? null],
    ...incident.reviewNotes.map((note, i): [string, number] => [`reviewNotes.${i}.at`, note.at]),
    ...incident.followUps.map((f, i): [string, number | null] => [`followUps.${i}.doneAt`, f.doneAt]),
    ...incident.timeline.map((e, i): [string, number] => [`timeline.${i}.at`, e.at]),
    ...incident.steps.map((s, i): [string, number] => [`steps.${i}.at`, s.at]),
    ...incident.warnings.map((at, i): [string, number] => [`warnings.${i}`, at]),
  ];
  return moments.find(([, at]) => at !== null && at > latest)?.[0] ?? null;
}

const noteKey = (note: ReviewNote) => `${note.at}|${note.by}|${note.note}`;

/**
 * One incident from both sides: the facts as the log already holds them; every review note from
 * either; a follow-up done on either side counts as done; reviewed if either says so.
 */
export function mergeIncident(existing: Incident, incoming: Incident): Incident {
  const notes = new Map([...existing.reviewNotes, ...incoming.reviewNotes].map((note) => [noteKey(note), note]));
  const followUps: FollowUp[] = existing.followUps.map((followUp) => {
    const other = incoming.followUps.find((f) => f.id === followUp.id);
    return followUp.doneAt === null && other && other.doneAt !== null
      ? { ...followUp, doneAt: other.doneAt, doneBy: other.doneBy, doneHow: other.doneHow, doneNote: other.doneNote }
      : followUp;
  });
  const added = incoming.followUps.filter((f) => !existing.followUps.some((e) => e.id === f.id));
  const review = existing.review ?? incoming.review;
  return {
    ...existing,
    status: review ? 'reviewed' : 'open',
    review,
    reviewNotes: [...notes.values()].sort((a, b) => a.at - b.at),
    followUps: [...followUps, ...added],
  };
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Call-backs not in the log before. */
  callBacksAdded: number;
}

/** Call-backs merged by id: new ones added; one done on either side is done. */
async function importCallBacks(db: CallGuideDb, callBacks: readonly CallBack[]): Promise<number> {
  const existing = await db.callBacks.bulkGet(callBacks.map((callBack) => callBack.id));
  const writes = callBacks.flatMap((incoming, at) => {
    const old = existing[at];
    if (!old) return [incoming];
    return old.status === 'due' && incoming.status === 'done' ? [{ ...old, status: 'done' as const, doneAt: incoming.doneAt }] : [];
  });
  await db.callBacks.bulkPut(writes);
  return callBacks.filter((_, at) => !existing[at]).length;
}

/** Writes checked incidents, merged by id, in one transaction: all of them or, on failure, none. */
export async function importIncidents(
  db: CallGuideDb,
  incidents: readonly Incident[],
  onProgress?: (written: number, total: number) => void,
  callBacks: readonly CallBack[] = [],
): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, callBacksAdded: 0 };
  // In id order, so each batch's ids already in the log come from one key range (reading keys is
  // cheap); only those records are read to merge.
  const sorted = [...incidents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await db.transaction('rw', db.incidents, db.callBacks, async () => {
    result.callBacksAdded = await importCallBacks(db, callBacks);
    for (let start = 0; start < sorted.length; start += BATCH) {
      const batch = sorted.slice(start, start + BATCH);
      const present = new Set(await db.incidents.where(':id').between(batch[0]!.id, batch.at(-1)!.id, true, true).primaryKeys());
      const existing = await db.incidents.bulkGet(batch.filter((incident) => present.has(incident.id)).map((incident) => incident.id));
      const before = new Map(existing.filter((record) => record !== undefined).map((record) => [record.id, fromStored(record)]));
      const writes = batch.flatMap((incoming) => {
        const old = before.get(incoming.id);
        if (!old) {
          result.added += 1;
          return [toStored(incoming)];
        }
        const merged = mergeIncident(old, incoming);
        if (JSON.stringify(merged) === JSON.stringify(old)) {
          result.unchanged += 1;
          return [];
        }
        result.updated += 1;
        return [toStored(merged)];
      });
      await db.incidents.bulkPut(writes);
      onProgress?.(start + batch.length, sorted.length);
    }
  });
  return result;
}

/** One incident already in the log that an import would change, and how, for the team leader to agree first. */
export interface ImportChange {
  id: string;
  incident: Incident;
  changes: string[];
}

/**
 * What importing checked incidents would change in the log as it is: only incidents already in it
 * (new ones are only added). Each change is named with who the file says made it, so a copy marked
 * reviewed "by" anyone does not close an open incident unseen.
 */
export async function planImport(db: CallGuideDb, incidents: readonly Incident[]): Promise<ImportChange[]> {
  const existing = await db.incidents.bulkGet(incidents.map((incident) => incident.id));
  return incidents.flatMap((incoming, at) => {
    const stored = existing[at];
    if (!stored) return [];
    const old = fromStored(stored);
    const merged = mergeIncident(old, incoming);
    const changes: string[] = [];
    if (!old.review && merged.review) changes.push(`marked reviewed by ${merged.review.by}, ${formatDateTime(merged.review.at)}`);
    for (const followUp of merged.followUps) {
      const before = old.followUps.find((f) => f.id === followUp.id);
      if (!before) changes.push(`a follow-up added: ${followUp.label}`);
      else if (before.doneAt === null && followUp.doneAt !== null) changes.push(`follow-up recorded done by ${followUp.doneBy ?? 'someone unnamed'}: ${followUp.label}`);
    }
    const added = merged.reviewNotes.length - old.reviewNotes.length;
    if (added > 0) changes.push(added === 1 ? '1 review note added' : `${added} review notes added`);
    return changes.length ? [{ id: old.id, incident: old, changes }] : [];
  });
}
