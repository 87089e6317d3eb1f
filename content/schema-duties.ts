/**
 * What each organisation's standard asks at particular moments of a call, and the figures and
 * promises it sets, as the content schema (content/schema.ts) checks them.
 */
import * as v from 'valibot';
import { IdSchema } from './schema-primitives';
import { ProvenanceSchema, SourcesSchema, text } from './schema-provenance';

/** A figure or promise the standard sets, for the "Standards for …" panel. */
export const FactSchema = v.object({
  id: IdSchema,
  text: text(300),
  /** Lines the standard lists under it, shown in full (a promise, a list of numbers). */
  items: v.optional(v.array(text(400))),
  from: ProvenanceSchema,
  sources: SourcesSchema,
});

/** One line of an organisation's own guidance for a moment of the call, with where it comes from. */
export const DutyLineSchema = v.object({
  id: IdSchema,
  text: text(400),
  /** Words to say to the caller, if any. */
  say: v.optional(text(300)),
  from: ProvenanceSchema,
  sources: SourcesSchema,
});

/**
 * Moray 4.2's procedure when a call-back goes unanswered (CB-6): each attempt recorded with the
 * message left, attempts for `days` calendar days (in the evening for a caller only available
 * then), then the letter.
 */
export const UnansweredCallBackSchema = v.object({
  days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(14)),
  keepTrying: text(300),
  evening: text(300),
  letter: text(300),
  from: ProvenanceSchema,
  sources: SourcesSchema,
});

/**
 * The duties a standard sets for particular moments of a call, each only where the organisation's
 * own standard says it. An empty list means the standard says nothing there: the panel then shows
 * the guide's own line (content/duty-defaults.ts), marked as such, never another standard's.
 */
export const DutiesSchema = v.object({
  /** Under the Complaint cue in the enquiry stage (CO). */
  complaint: v.array(DutyLineSchema),
  /** For a caller who needs another language or format (AC). */
  access: v.array(DutyLineSchema),
  /** For a caller who chose Welsh (CY). */
  welsh: v.array(DutyLineSchema),
  /** Someone calling on the customer's behalf (DP). */
  onBehalf: v.array(DutyLineSchema),
  /** Asked when someone calls on the customer's behalf: is the customer's permission known? */
  permission: v.optional(v.object({ question: text(200), ifNot: text(300), from: ProvenanceSchema, sources: SourcesSchema })),
  /** A vulnerable caller (VU). */
  vulnerable: v.array(DutyLineSchema),
  /** Cues in the enquiry stage, each dismissable (CB-2, CB-7, OR-6, SL-6). */
  enquiry: v.array(DutyLineSchema),
  /** Shown with a transfer and a message: dealing with the enquiry comes first (CB-1). */
  lastResort: v.array(DutyLineSchema),
  /** Shown with a message and a call-back (CB-3, CB-5, DP-4). */
  message: v.array(DutyLineSchema),
  unanswered: v.optional(UnansweredCallBackSchema),
});
