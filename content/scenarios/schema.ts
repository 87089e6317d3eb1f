/**
 * Training scenarios as data: a fictional caller, the caller's lines in order, what the agent is
 * expected to do after each line (matched against the call's timeline), and timing goals. The
 * debrief (lib/training/debrief.ts) reads these; nothing here knows about the UI.
 */
import * as v from 'valibot';
import { CALL_EVENT_TYPES } from '../call-events';
import { CallerFieldSchema, IdSchema, LanguageSchema, PhoneNumberSchema, SourcesSchema } from '../schema';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/**
 * What the agent does, as the call's timeline records it (content/call-events.ts), plus
 * what the training session observes itself: 'spelled' (a caller detail opened in the speller)
 * and 'call-ended' (the call closed in the panel).
 */
export const SCENARIO_EVENTS = [...CALL_EVENT_TYPES, 'spelled'] as const;

export const ScenarioEventSchema = v.picklist(SCENARIO_EVENTS);

/**
 * One moment on the timeline. `detail` narrows it: the stage ('caller'), the field typed
 * ('email'), the detail confirmed ('email:true'), the protocol step or input ('location').
 */
export const EventRefSchema = v.object({
  event: ScenarioEventSchema,
  detail: v.optional(text(60)),
});

/** An action the agent is expected to take, with the requirements it demonstrates. */
export const ExpectedStepSchema = v.object({
  ...EventRefSchema.entries,
  id: IdSchema,
  label: text(120),
  sources: SourcesSchema,
  /** The line as it should be said, for the debrief, in the playbook's own words where it has them. */
  say: v.optional(text(300)),
});

/** A line the caller says, then what the agent should do before the caller's next line. */
export const BeatSchema = v.object({
  id: IdSchema,
  caller: text(400),
  /** For the trainer only: how to play the line. */
  note: v.optional(text(300)),
  expect: v.pipe(v.array(ExpectedStepSchema), v.minLength(1, 'each line expects at least one action')),
});

/**
 * A time to beat. 'standard': the organisation's standard sets this time, and `sources` cites it
 * (Communities' 5 minutes on hold). 'training': a target the guide sets for practice, which cites
 * no requirement, because no standard sets it ("999 within two minutes").
 */
export const TimingGoalSchema = v.variant('basis', [
  v.object({
    basis: v.literal('standard'),
    id: IdSchema,
    label: text(120),
    from: EventRefSchema,
    to: EventRefSchema,
    withinSeconds: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(3600)),
    sources: SourcesSchema,
  }),
  v.object({
    basis: v.literal('training'),
    id: IdSchema,
    label: text(120),
    from: EventRefSchema,
    to: EventRefSchema,
    withinSeconds: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(3600)),
  }),
]);

/** The caller as the demo CRM shows them. Everyone is fictional; numbers are Ofcom drama ranges. */
export const ScenarioCallerSchema = v.object({
  title: text(10),
  firstName: text(40),
  surname: text(60),
  address: text(200),
  phone: PhoneNumberSchema,
  mobile: v.optional(PhoneNumberSchema),
  email: v.optional(v.pipe(v.string(), v.email())),
  reference: text(40),
  language: LanguageSchema,
  /** The CRM's recent contact with this caller. */
  history: v.array(text(200)),
});

/** Checks of the outcome, beyond the steps: what the debrief compares with what the call holds. */
export const ScenarioChecksSchema = v.object({
  /** Self-harm: the route the caller's answers call for (SH-4, or SH-5: serious risk or immediate danger). */
  danger: v.optional(v.picklist(['non-urgent', 'serious-or-immediate'])),
  /** Abusive call: warnings due before ending, if not the playbook's procedure's own number. */
  warningsBeforeEnd: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  /** Transfer: words the note of who took the call must contain (TR-3). */
  transferTo: v.optional(text(80)),
  /** Details the caller spells: what the call must hold, ignoring case and spaces (NA-1). */
  captured: v.optional(v.array(v.object({ field: CallerFieldSchema, value: text(120), sources: SourcesSchema }))),
});

export const ScenarioSchema = v.object({
  id: IdSchema,
  title: text(80),
  /** What the scenario practises, for the trainer's picker. */
  summary: text(300),
  /** The organisation whose guide the scenario is written for; absent when any will do. */
  playbookId: v.optional(IdSchema),
  caller: ScenarioCallerSchema,
  script: v.pipe(v.array(BeatSchema), v.minLength(2)),
  timing: v.pipe(v.array(TimingGoalSchema), v.minLength(1)),
  checks: ScenarioChecksSchema,
});

export type ScenarioEvent = v.InferOutput<typeof ScenarioEventSchema>;
export type EventRef = v.InferOutput<typeof EventRefSchema>;
export type ExpectedStep = v.InferOutput<typeof ExpectedStepSchema>;
export type Beat = v.InferOutput<typeof BeatSchema>;
export type TimingGoal = v.InferOutput<typeof TimingGoalSchema>;
export type ScenarioCaller = v.InferOutput<typeof ScenarioCallerSchema>;
export type ScenarioChecks = v.InferOutput<typeof ScenarioChecksSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
