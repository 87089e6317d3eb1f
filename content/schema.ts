/**
 * The content model: one valibot schema per kind of guidance, used both for the TypeScript types
 * (InferOutput) and for validating content at test time and imported packs at run time.
 *
 * Wording on screen is ours and short; the steps, their order and every phone number come from
 * the organisations' standards and cite the requirement IDs they implement (`sources`). Every
 * line the guide shows also says where it comes from (`from`, a Provenance): a standard, quoted
 * word for word (the content test finds each quote in content/standards/), the guide's own
 * default with its reason, or the organisation's own set-up (a pack, policy or settings).
 */
import * as v from 'valibot';
import { IdSchema, PhoneNumberSchema } from './schema-primitives';
import { qualityFrameworkSchema } from './reviews/schema';
import { DutiesSchema, DutyLineSchema, FactSchema, UnansweredCallBackSchema } from './schema-duties';
import { CueSchema, ProvenanceSchema, QuoteSchema, RequirementIdSchema, SourcesSchema, StandardIdSchema, text } from './schema-provenance';
import { ChecklistItemSchema, ProtocolKindSchema, ProtocolSchema, ProtocolStepSchema, ProtocolUseSchema, StepInputSchema, StepKindSchema } from './schema-protocol';

export { CueSchema, ProvenanceSchema, QuoteSchema, RequirementIdSchema, SourcesSchema, StandardIdSchema } from './schema-provenance';
export { DutiesSchema, DutyLineSchema, FactSchema, UnansweredCallBackSchema } from './schema-duties';
export { ChecklistItemSchema, ProtocolKindSchema, ProtocolSchema, ProtocolStepSchema, ProtocolUseSchema, StepInputSchema, StepKindSchema } from './schema-protocol';

export { IdSchema, PhoneNumberSchema } from './schema-primitives';

const IsoDateSchema = v.pipe(v.string(), v.isoDate('a date is written YYYY-MM-DD'));
const ClockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM'));

export const NationSchema = v.picklist(['england', 'wales', 'scotland', 'northern-ireland']);

/** Where an organisation's callers are, for the services that serve them. */
export const LocationSchema = v.object({
  /** Absent where the standard does not say. */
  nation: v.optional(NationSchema),
  /** Local areas by id ('croydon'), matched against a local service's areas. */
  areas: v.array(IdSchema),
  description: text(160),
  from: ProvenanceSchema,
});

/** Which callers a referral service serves. */
export const ServesSchema = v.variant('scope', [
  v.object({ scope: v.literal('uk') }),
  v.object({ scope: v.literal('nations'), nations: v.pipe(v.array(NationSchema), v.minLength(1)) }),
  v.object({
    scope: v.literal('local'),
    nation: NationSchema,
    areas: v.pipe(v.array(IdSchema), v.minLength(1)),
    description: text(160),
  }),
  /** Added by the organisation for its own callers. */
  v.object({ scope: v.literal('organisation') }),
]);

export const LanguageSchema = v.picklist(['en', 'cy']);
export const TimeOfDaySchema = v.picklist(['morning', 'afternoon', 'evening']);
export const CallKindSchema = v.picklist(['new', 'transferred']);
export const WeekdaySchema = v.picklist(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const SalutationSchema = v.object({ en: v.optional(text(40)), cy: v.optional(text(40)) });

/**
 * Greeting templates. Placeholders: {salutation}, {agent}, {organisation}, {team}, {agentPhone}.
 * `languages` lists the languages spoken, in order: ['cy', 'en'] makes the salutation bilingual
 * with Welsh first ("Prynhawn da, Good afternoon"). `alwaysAll`: the standard requires every one
 * of them, so settings cannot narrow the greeting to one language.
 */
export const GreetingSchema = v.object({
  languages: v.pipe(v.array(LanguageSchema), v.minLength(1)),
  alwaysAll: v.optional(v.boolean()),
  salutations: v.object({
    morning: SalutationSchema,
    afternoon: SalutationSchema,
    /** Absent where the standard has no evening salutation: the afternoon one is used after 18:00. */
    evening: v.optional(SalutationSchema),
  }),
  /** Where the salutations come from. */
  salutationsFrom: ProvenanceSchema,
  templates: v.pipe(
    v.array(
      v.object({
        callKind: CallKindSchema,
        text: text(300),
        from: ProvenanceSchema,
        sources: SourcesSchema,
      }),
    ),
    v.minLength(1),
  ),
  note: v.optional(text(400)),
});

export const CallerFieldSchema = v.picklist(['name', 'address', 'phone', 'email', 'reference']);

const seconds = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const HoldPolicySchema = v.object({
  /** Prompt to check in with a caller on hold after this many seconds. */
  checkInSeconds: seconds(15, 600),
  /** Never hold longer than this. */
  maxHoldSeconds: seconds(60, 1800),
  /** Offer a call-back once the hold reaches this (before the maximum). */
  offerCallBackSeconds: seconds(30, 1800),
  /** Where each figure comes from: the standard's, the guide's default, or the organisation's. */
  from: v.object({ checkIn: ProvenanceSchema, offerCallBack: ProvenanceSchema, maxHold: ProvenanceSchema }),
  note: text(400),
  sources: SourcesSchema,
});

export const DurationSchema = v.object({
  amount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  unit: v.picklist(['minutes', 'hours', 'working-days']),
});

export const CallBackPromiseSchema = v.object({
  id: IdSchema,
  label: text(160),
  /** Absent when the standard sets no deadline and the time is agreed with the caller. */
  within: v.optional(DurationSchema),
  /** Count only time when the organisation is open. */
  withinOpeningHours: v.boolean(),
  from: ProvenanceSchema,
  sources: SourcesSchema,
});

export const MessageFieldSchema = v.object({
  id: IdSchema,
  label: text(80),
  required: v.boolean(),
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
  from: ProvenanceSchema,
  sources: SourcesSchema,
});

export const ContactSchema = v.object({ name: text(80), phone: PhoneNumberSchema });


export const PlaybookSchema = v.object({
  id: IdSchema,
  organisation: v.object({
    name: text(120),
    /** How the organisation is named in greetings. */
    greetingName: text(120),
  }),
  /** The organisation's own standard, for built-in playbooks; absent in a pack. */
  standard: v.optional(StandardIdSchema),
  /** Where the organisation's callers are. */
  location: LocationSchema,
  teams: v.array(text(80)),
  greeting: GreetingSchema,
  callerDetails: v.object({
    fields: v.pipe(v.array(CallerFieldSchema), v.minLength(1)),
    from: ProvenanceSchema,
    sources: SourcesSchema,
  }),
  hold: HoldPolicySchema,
  callBacks: v.pipe(v.array(CallBackPromiseSchema), v.minLength(1)),
  message: v.object({
    fields: v.pipe(v.array(MessageFieldSchema), v.minLength(1)),
    sayWhenColleagueBack: v.boolean(),
    from: ProvenanceSchema,
    sources: SourcesSchema,
  }),
  closing: v.pipe(v.array(ChecklistItemSchema), v.minLength(1)),
  openingHours: v.optional(OpeningHoursSchema),
  /** Answer targets and other figures the standard sets, shown under "Standards for …". */
  facts: v.array(FactSchema),
  protocols: v.object({ abusive: ProtocolUseSchema, selfHarm: ProtocolUseSchema }),
  /** Lines the playbook says instead of a protocol's defaults, by step id. */
  protocolLines: v.optional(v.record(IdSchema, v.array(text(200)))),
  /** Moray: the line manager's follow-up after a terminated call (AB-12). */
  abusiveFollowUp: v.optional(
    v.object({
      ringWithinHours: v.pipe(v.number(), v.integer(), v.minValue(1)),
      writeWithinHours: v.pipe(v.number(), v.integer(), v.minValue(1)),
      /** What the line manager confirms to the caller, in the standard's order. */
      confirms: v.array(text(200)),
      from: ProvenanceSchema,
      sources: SourcesSchema,
    }),
  ),
  /**
   * Moray: what the Director may decide on a report of repeated abuse (AB-14), offered to the team
   * leader writing the recommendation, and how soon the caller is told the decision in writing.
   */
  directorReport: v.optional(
    v.object({
      /** Repeated behaviour over this many months calls for the report. */
      overMonths: v.pipe(v.number(), v.integer(), v.minValue(1)),
      options: v.pipe(v.array(text(160)), v.minLength(1)),
      informWithinHours: v.pipe(v.number(), v.integer(), v.minValue(1)),
      from: ProvenanceSchema,
      sources: SourcesSchema,
    }),
  ),
  supportPartners: v.array(ContactSchema),
  /**
   * The call quality framework team leaders review calls against, in a pack (absent: the guide's
   * default list). The built-in playbooks' are in content/reviews/frameworks.ts, out of the start-up.
   */
  quality: v.optional(qualityFrameworkSchema(ProvenanceSchema, SourcesSchema)),
  /**
   * What the standard asks at particular moments of a call, in a pack (absent: the guide's lines).
   * The built-in playbooks' are in content/playbooks/duties/, out of the start-up.
   */
  duties: v.optional(DutiesSchema),
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
  /** Whose callers it serves; only they are offered it. */
  serves: ServesSchema,
  /** Where that coverage comes from: the standard, or the guide's understanding (check it). */
  servesFrom: ProvenanceSchema,
  /** Where the number comes from: for the built-in list, the standard's line, digit for digit. */
  from: ProvenanceSchema,
  /** The day the entry was copied from its source (or added by the organisation). */
  copiedOn: IsoDateSchema,
  /** Set only when someone in the organisation has checked it with the service itself. */
  checked: v.optional(v.object({ on: IsoDateSchema, by: v.optional(text(80)) })),
  sources: SourcesSchema,
});

/** Referral services: the guide's list from the standards, or an organisation's own. */
export const ReferralDirectorySchema = v.object({
  id: IdSchema,
  name: text(120),
  entries: v.array(ReferralSchema),
  note: text(400),
  /** An organisation's own list may say where its callers are, in place of the playbook's. */
  location: v.optional(LocationSchema),
});

export const RequirementSchema = v.object({
  id: RequirementIdSchema,
  text: text(800),
  source: text(200),
  /** [call]: the agent acts on it in a call; [log]: for team leaders; [info]: a fact to show. */
  tag: v.optional(v.picklist(['call', 'log', 'info'])),
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
export type ProtocolKind = v.InferOutput<typeof ProtocolKindSchema>;
export type ProtocolStep = v.InferOutput<typeof ProtocolStepSchema>;
export type StepKind = v.InferOutput<typeof StepKindSchema>;
export type ChecklistItem = v.InferOutput<typeof ChecklistItemSchema>;
export type StepInput = v.InferOutput<typeof StepInputSchema>;
export type Referral = v.InferOutput<typeof ReferralSchema>;
export type ReferralDirectory = v.InferOutput<typeof ReferralDirectorySchema>;
export type Requirement = v.InferOutput<typeof RequirementSchema>;
export type Cue = v.InferOutput<typeof CueSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type DutyLine = v.InferOutput<typeof DutyLineSchema>;
export type Duties = v.InferOutput<typeof DutiesSchema>;
export type UnansweredCallBack = v.InferOutput<typeof UnansweredCallBackSchema>;
export type CallBackPromise = v.InferOutput<typeof CallBackPromiseSchema>;
export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;
export type QualityFramework = NonNullable<Playbook['quality']>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Location = v.InferOutput<typeof LocationSchema>;
export type Nation = v.InferOutput<typeof NationSchema>;
export type Serves = v.InferOutput<typeof ServesSchema>;
