/**
 * The safeguarding procedures as the content schema (content/schema.ts) checks them: their steps,
 * what a step asks for, and which procedure a playbook runs.
 */
import * as v from 'valibot';
import { IdSchema } from './schema-primitives';
import { CueSchema, ProvenanceSchema, SourcesSchema, text } from './schema-provenance';

export const ChecklistItemSchema = v.object({
  id: IdSchema,
  label: text(160),
  say: v.optional(text(200)),
  from: ProvenanceSchema,
  sources: SourcesSchema,
});

export const StepInputSchema = v.object({
  id: IdSchema,
  label: text(160),
  kind: v.picklist(['text', 'longtext', 'yes-no', 'time']),
  /** Shown large and pinned once filled (the caller's location in SH-3). */
  prominent: v.optional(v.boolean()),
  /**
   * A question to ask, answered in this field (SH-3's risk questions): what to say, and where the
   * question comes from. A question with an answer counts as asked.
   */
  say: v.optional(text(200)),
  from: v.optional(ProvenanceSchema),
  sources: SourcesSchema,
});

/**
 * What a step is, which decides how the panel shows it and what pressing its action does:
 * - 'warning': a line said to the caller before ending an abusive call, counted and timed;
 * - 'end-call': the call is ended;
 * - 'plain': something the agent does, then moves on;
 * - 'support-partner': a colleague alerted (SH-2); 'gather': questions, then the agent's choice of
 *   route (SH-3); 'referrals': the referral services (SH-4); 'emergency': 999 (SH-5);
 * - 'file-note': a file note composed from the call to send on (Moray 4.4);
 * - 'record': the incident record, saved before the protocol can finish.
 */
export const StepKindSchema = v.picklist([
  'warning',
  'end-call',
  'plain',
  'support-partner',
  'gather',
  'referrals',
  'emergency',
  'file-note',
  'record',
]);

export const ProtocolStepSchema = v.object({
  id: IdSchema,
  kind: StepKindSchema,
  title: text(80),
  /** What the agent does, in a sentence or two. */
  action: text(400),
  /** Short lines to say to the caller, in the guide's words. */
  say: v.array(text(200)),
  checklist: v.array(ChecklistItemSchema),
  inputs: v.array(StepInputSchema),
  /** 'call' steps happen with the caller on the line; 'after' steps once the call has ended. */
  phase: v.picklist(['call', 'after']),
  from: ProvenanceSchema,
  sources: SourcesSchema,
});

export const ProtocolKindSchema = v.picklist(['abusive-call', 'self-harm']);

/** A procedure for one kind of safeguarding call, as one organisation's standard (or the guide) sets it. */
export const ProtocolSchema = v.object({
  id: IdSchema,
  kind: ProtocolKindSchema,
  title: text(80),
  /** Where the procedure as a whole comes from. */
  from: ProvenanceSchema,
  steps: v.pipe(v.array(ProtocolStepSchema), v.minLength(1)),
  /** Cues shown throughout the protocol (AB-11, SH-9). */
  standing: v.array(CueSchema),
  do: v.array(CueSchema),
  dont: v.array(CueSchema),
});

/** Which procedure a playbook runs for a kind of call, and a line about it for the agent. */
export const ProtocolUseSchema = v.object({
  procedure: IdSchema,
  note: text(400),
  /** An organisation's own procedure, carried in its pack (its id is `procedure`). */
  custom: v.optional(ProtocolSchema),
});
