/**
 * The versioned backup file of the incident log, and the valibot schema an imported file must
 * pass whole before anything is written. Version 1 is the first format.
 */
import * as v from 'valibot';
import { INCIDENT_KINDS, INCIDENT_STATUSES } from '../db';

export const BACKUP_FORMAT = 'call-guide-incident-log';
export const BACKUP_VERSION = 1;

const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));
const NullableTime = v.nullable(Time);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const required = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const ReviewNoteSchema = v.object({ by: required(120), at: Time, note: text(10_000) });

const FollowUpSchema = v.object({
  id: required(80),
  kind: v.picklist(['ring', 'write', 'discuss']),
  label: text(300),
  dueAt: NullableTime,
  doneAt: NullableTime,
  doneBy: v.nullable(text(120)),
  doneHow: v.nullable(v.picklist(['rang', 'wrote', 'discussed'])),
  doneNote: text(10_000),
});

export const IncidentSchema = v.pipe(
  v.object({
    id: required(200),
    kind: v.picklist(INCIDENT_KINDS),
    status: v.picklist(INCIDENT_STATUSES),
    createdAt: Time,
    callStartedAt: Time,
    callEndedAt: NullableTime,
    agentName: text(120),
    playbookId: text(80),
    summary: text(2000),
    caller: v.object({ name: text(200), phone: text(40), reference: text(80) }),
    callerKeys: v.array(required(100)),
    location: text(2000),
    steps: v.array(v.object({ id: text(80), title: text(300), at: Time })),
    timeline: v.array(v.object({ at: Time, type: text(60), label: text(500) })),
    warnings: v.array(Time),
    answers: v.array(v.object({ id: text(80), label: text(300), value: text(20_000) })),
    checklist: v.array(text(500)),
    route: v.nullable(v.picklist(['non-urgent', 'emergency'])),
    referralsGiven: v.array(text(80)),
    colleagueAlertedAt: NullableTime,
    emergencyCalledAt: NullableTime,
    outcome: text(60),
    followUps: v.array(FollowUpSchema),
    notes: text(50_000),
    reviewNotes: v.array(ReviewNoteSchema),
    review: v.nullable(ReviewNoteSchema),
  }),
  v.check((incident) => (incident.status === 'reviewed') === (incident.review !== null), 'a reviewed incident needs its review (who and when), and an open one has none'),
);

export const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer()),
  exportedAt: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  incidents: v.array(v.unknown()),
});
