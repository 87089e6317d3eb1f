/**
 * The versioned backup file of the incident log, and the valibot schema an imported file must
 * pass whole before anything is written. Version 1 is the first format.
 */
import * as v from 'valibot';
import { INCIDENT_KINDS, INCIDENT_STATUSES } from './record';

export const BACKUP_FORMAT = 'call-guide-incident-log';
export const BACKUP_VERSION = 1;

const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));
const NullableTime = v.nullable(Time);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const required = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
/**
 * Anything an agent or team leader typed, or text built from it. The guide does not cap what can
 * be typed (a pasted transcript, a long address), so a backup must take back whatever the log
 * holds: the cap is only there to refuse a file that is not a backup at all.
 */
const TYPED = 2_000_000;
const typed = text(TYPED);
/** Ids and words from the guide's own content and code. */
const ID = 200;

const ReviewNoteSchema = v.object({ by: required(TYPED), at: Time, note: typed });

const FollowUpSchema = v.object({
  id: required(ID),
  kind: v.picklist(['ring', 'write', 'discuss', 'welfare']),
  label: typed,
  dueAt: NullableTime,
  doneAt: NullableTime,
  doneBy: v.nullable(typed),
  doneHow: v.nullable(v.picklist(['rang', 'wrote', 'discussed'])),
  doneNote: typed,
  assignedTo: v.optional(typed),
});

export const IncidentSchema = v.pipe(
  v.object({
    id: required(ID),
    kind: v.picklist(INCIDENT_KINDS),
    status: v.picklist(INCIDENT_STATUSES),
    createdAt: Time,
    callStartedAt: Time,
    callEndedAt: NullableTime,
    agentName: typed,
    playbookId: text(ID),
    summary: typed,
    caller: v.object({ name: typed, phone: typed, reference: typed }),
    callerKeys: v.array(required(TYPED)),
    location: typed,
    steps: v.array(v.object({ id: text(ID), title: typed, at: Time })),
    timeline: v.array(v.object({ at: Time, type: text(ID), label: typed })),
    warnings: v.array(Time),
    answers: v.array(v.object({ id: text(ID), label: typed, value: typed })),
    checklist: v.array(typed),
    route: v.nullable(v.picklist(['non-urgent', 'emergency'])),
    referralsGiven: v.array(text(ID)),
    colleagueAlertedAt: NullableTime,
    emergencyCalledAt: NullableTime,
    outcome: text(ID),
    followUps: v.array(FollowUpSchema),
    notes: typed,
    reviewNotes: v.array(ReviewNoteSchema),
    review: v.nullable(ReviewNoteSchema),
    authorities: v.optional(v.object({ policeInformed: v.boolean(), reference: typed, by: typed, at: Time })),
  }),
  v.check((incident) => (incident.status === 'reviewed') === (incident.review !== null), 'a reviewed incident needs its review (who and when), and an open one has none'),
);

/** A promised call-back (TR-4, TR-6): in backups since the file carried them; older files have none. */
export const CallBackSchema = v.pipe(
  v.object({
    id: required(ID),
    createdAt: Time,
    dueAt: NullableTime,
    agreedTime: typed,
    promiseLabel: typed,
    callerName: typed,
    phone: typed,
    reason: typed,
    status: v.picklist(['due', 'done']),
    doneAt: NullableTime,
  }),
  v.check((callBack) => (callBack.status === 'done') === (callBack.doneAt !== null), 'a done call-back needs when it was done, and a due one has none'),
);

export const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer()),
  /** Made from the training database: practice incidents, never imported into the real log. */
  training: v.optional(v.boolean(), false),
  exportedAt: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  incidents: v.array(v.unknown()),
  callBacks: v.optional(v.array(v.unknown()), []),
});
