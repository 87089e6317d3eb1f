/**
 * The content model: one valibot schema per kind of guidance, used both for the TypeScript types
 * (InferOutput) and for validating content at test time and imported packs at run time.
 *
 * Wording on screen is ours and short; the steps, their order and every phone number come from
 * the organisations' standards and cite the requirement IDs they implement (`sources`).
 */
import * as v from 'valibot';
import { IdSchema, PhoneNumberSchema } from './schema-primitives';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** A requirement ID such as "SH-3" (see content/requirements.ts). */
export const RequirementIdSchema = v.pipe(
  v.string(),
  v.regex(/^(GR|CV|NA|HO|TR|CL|AB|SH|SL|PR)-\d{1,2}$/, 'a requirement ID looks like "HO-1"'),
);
export const SourcesSchema = v.pipe(v.array(RequirementIdSchema), v.minLength(1, 'cite at least one requirement ID'));

export { IdSchema, PhoneNumberSchema } from './schema-primitives';

const IsoDateSchema = v.pipe(v.string(), v.isoDate('a date is written YYYY-MM-DD'));
const ClockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM'));

/** Where a piece of content comes from: the standard's file and the section inside it. */
export const DocumentRefSchema = v.object({
  document: text(120),
  section: text(120),
});

export const LanguageSchema = v.picklist(['en', 'cy']);
export const TimeOfDaySchema = v.picklist(['morning', 'afternoon', 'evening']);
export const CallKindSchema = v.picklist(['new', 'transferred']);
export const WeekdaySchema = v.picklist(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const SalutationSchema = v.object({ en: v.optional(text(40)), cy: v.optional(text(40)) });

/**
 * Greeting templates. Placeholders: {salutation}, {agent}, {organisation}, {team}, {agentPhone}.
 * `languages` lists the languages spoken, in order: ['cy', 'en'] makes the salutation bilingual
 * with Welsh first ("Prynhawn da, Good afternoon").
 */
export const GreetingSchema = v.object({
  languages: v.pipe(v.array(LanguageSchema), v.minLength(1)),
  salutations: v.object({
    morning: SalutationSchema,
    afternoon: SalutationSchema,
    /** Absent where the standard has no evening salutation: the afternoon one is used after 18:00. */
    evening: v.optional(SalutationSchema),
  }),
  templates: v.pipe(
    v.array(
      v.object({
        callKind: CallKindSchema,
        text: text(300),
        sources: SourcesSchema,
      }),
    ),
    v.minLength(1),
  ),
  note: v.optional(text(400)),
});

export const CallerFieldSchema = v.picklist(['name', 'address', 'phone', 'email', 'reference']);

export const HoldPolicySchema = v.object({
  /** Prompt to check in with a caller on hold after this many seconds. */
  checkInSeconds: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(600)),
  /** Never hold longer than this. */
  maxHoldSeconds: v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(1800)),
  /** Offer a call-back once the hold reaches this (before the maximum). */
  offerCallBackSeconds: v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(1800)),
  /** 'standard' when the organisation's own document sets the figures, else the guide's default. */
  basis: v.picklist(['standard', 'guide-default']),
  note: text(400),
  sources: SourcesSchema,
});

export const DurationSchema = v.object({
  amount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  unit: v.picklist(['minutes', 'hours', 'working-days']),
});

export const CallBackPromiseSchema = v.object({
  id: IdSchema,
  label: text(120),
  /** Absent when the standard sets no deadline and the time is agreed with the caller. */
  within: v.optional(DurationSchema),
  /** Count only time when the organisation is open. */
  withinOpeningHours: v.boolean(),
  sources: SourcesSchema,
});

export const MessageFieldSchema = v.object({
  id: IdSchema,
  label: text(80),
  required: v.boolean(),
});

export const ChecklistItemSchema = v.object({
  id: IdSchema,
  label: text(160),
  say: v.optional(text(200)),
  sources: SourcesSchema,
});

export const OpeningHoursSchema = v.object({
  periods: v.array(
    v.object({
      days: v.pipe(v.array(WeekdaySchema), v.minLength(1)),
      opens: ClockTimeSchema,
      closes: ClockTimeSchema,
    }),
  ),
  note: v.optional(text(400)),
  sources: SourcesSchema,
});

export const ProtocolUseSchema = v.object({
  protocol: IdSchema,
  /** 'own' when the organisation's document has this procedure; 'shared' when it borrows another's. */
  basis: v.picklist(['own', 'shared']),
  note: text(400),
});

export const ContactSchema = v.object({ name: text(80), phone: PhoneNumberSchema });

export const PlaybookSchema = v.object({
  id: IdSchema,
  organisation: v.object({
    name: text(120),
    /** How the organisation is named in greetings. */
    greetingName: text(120),
  }),
  teams: v.array(text(80)),
  source: DocumentRefSchema,
  greeting: GreetingSchema,
  callerDetails: v.object({
    fields: v.pipe(v.array(CallerFieldSchema), v.minLength(1)),
    sources: SourcesSchema,
  }),
  hold: HoldPolicySchema,
  callBacks: v.pipe(v.array(CallBackPromiseSchema), v.minLength(1)),
  message: v.object({
    fields: v.pipe(v.array(MessageFieldSchema), v.minLength(1)),
    sayWhenColleagueBack: v.boolean(),
    sources: SourcesSchema,
  }),
  closing: v.pipe(v.array(ChecklistItemSchema), v.minLength(1)),
  openingHours: v.optional(OpeningHoursSchema),
  answerTarget: v.optional(v.object({ text: text(160), sources: SourcesSchema })),
  protocols: v.object({ abusive: ProtocolUseSchema, selfHarm: ProtocolUseSchema }),
  /** Lines the playbook says instead of a protocol's defaults, by step id. */
  protocolLines: v.optional(v.record(IdSchema, v.array(text(200)))),
  /** Moray: the line manager's follow-up after a terminated call (AB-12). */
  abusiveFollowUp: v.optional(
    v.object({
      ringWithinHours: v.pipe(v.number(), v.integer(), v.minValue(1)),
      writeWithinHours: v.pipe(v.number(), v.integer(), v.minValue(1)),
      sources: SourcesSchema,
    }),
  ),
  /**
   * Moray: what the Director may decide on a report of repeated abuse (AB-14), offered to the team
   * leader writing the recommendation, and how soon the caller is told the decision in writing.
   */
  directorOptions: v.optional(
    v.object({
      options: v.pipe(v.array(text(160)), v.minLength(1)),
      informWithinHours: v.pipe(v.number(), v.integer(), v.minValue(1)),
      sources: SourcesSchema,
    }),
  ),
  supportPartners: v.array(ContactSchema),
  referralDirectory: IdSchema,
});

export const StepInputSchema = v.object({
  id: IdSchema,
  label: text(160),
  kind: v.picklist(['text', 'longtext', 'yes-no', 'time']),
  /** Shown large and pinned once filled (the caller's location in SH-3). */
  prominent: v.optional(v.boolean()),
  sources: SourcesSchema,
});

export const ProtocolStepSchema = v.object({
  id: IdSchema,
  title: text(80),
  /** What the agent does, in a sentence or two. */
  action: text(400),
  /** Short lines to say to the caller. */
  say: v.array(text(200)),
  checklist: v.array(ChecklistItemSchema),
  inputs: v.array(StepInputSchema),
  /** 'call' steps happen with the caller on the line; 'after' steps once the call has ended. */
  phase: v.picklist(['call', 'after']),
  sources: SourcesSchema,
});

export const CueSchema = v.object({ text: text(240), sources: SourcesSchema });

export const ProtocolSchema = v.object({
  id: IdSchema,
  title: text(80),
  source: DocumentRefSchema,
  steps: v.pipe(v.array(ProtocolStepSchema), v.minLength(1)),
  /** Cues shown throughout the protocol (AB-11, SH-9). */
  standing: v.array(CueSchema),
  do: v.array(CueSchema),
  dont: v.array(CueSchema),
});

export const ReferralSchema = v.object({
  id: IdSchema,
  name: text(120),
  /** What the service offers, in a few words. */
  description: text(240),
  phone: v.optional(PhoneNumberSchema),
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('http'))),
  hours: text(120),
  audience: text(120),
  source: DocumentRefSchema,
  /** The day this entry was last checked against its source. */
  verifiedOn: IsoDateSchema,
  sources: SourcesSchema,
});

export const ReferralDirectorySchema = v.object({
  id: IdSchema,
  name: text(120),
  entries: v.pipe(v.array(ReferralSchema), v.minLength(1)),
  note: text(400),
});

export const RequirementSchema = v.object({
  id: RequirementIdSchema,
  text: text(800),
  source: text(200),
});

export type RequirementId = v.InferOutput<typeof RequirementIdSchema>;
export type Language = v.InferOutput<typeof LanguageSchema>;
export type TimeOfDay = v.InferOutput<typeof TimeOfDaySchema>;
export type CallKind = v.InferOutput<typeof CallKindSchema>;
export type CallerField = v.InferOutput<typeof CallerFieldSchema>;
export type Greeting = v.InferOutput<typeof GreetingSchema>;
export type HoldPolicy = v.InferOutput<typeof HoldPolicySchema>;
export type Playbook = v.InferOutput<typeof PlaybookSchema>;
export type Protocol = v.InferOutput<typeof ProtocolSchema>;
export type ProtocolStep = v.InferOutput<typeof ProtocolStepSchema>;
export type Referral = v.InferOutput<typeof ReferralSchema>;
export type ReferralDirectory = v.InferOutput<typeof ReferralDirectorySchema>;
export type Requirement = v.InferOutput<typeof RequirementSchema>;
export type Cue = v.InferOutput<typeof CueSchema>;
export type CallBackPromise = v.InferOutput<typeof CallBackPromiseSchema>;
export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;
