/**
 * Where guidance comes from, as the content schema (content/schema.ts) checks it: the requirement
 * IDs a line implements, a standard's own words, and the provenance every line carries.
 */
import * as v from 'valibot';
import { STANDARD_IDS } from './standards';

/** Trimmed text of at least one character and at most `max`. */
export const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
/** A requirement ID such as "SH-3" (see content/requirements.ts). */
export const RequirementIdSchema = v.pipe(
  v.string(),
  v.regex(/^(GR|CV|NA|HO|TR|CL|AB|SH|SL|PR|CO|AC|CY|VU|DP|CB|OR)-\d{1,2}$/, 'a requirement ID looks like "HO-1"'),
);
export const SourcesSchema = v.pipe(v.array(RequirementIdSchema), v.minLength(1, 'cite at least one requirement ID'));

export const StandardIdSchema = v.picklist(STANDARD_IDS);

/** A few words of a standard, exactly as it writes them (whitespace aside), and where they are. */
export const QuoteSchema = v.object({
  standard: StandardIdSchema,
  /** The section or heading, as the guide names it beside the line ("6.7", "Six-point plan, step 4"). */
  section: text(120),
  quote: text(600),
});

/**
 * Where a line of guidance comes from.
 * - 'standard': an organisation's standard says it (`also`: other standards that say the same).
 *   Shown as that organisation's only under its own playbook; anywhere else it is the guide's
 *   default, borrowed from that standard, and says so.
 * - 'guide-default': the guide's own, where the standard says nothing; `reason` says why, and
 *   `basedOn` names a standard it follows, if any.
 * - 'organisation': set by the organisation on its desktops (a pack, its policy, or Settings).
 */
export const ProvenanceSchema = v.variant('kind', [
  v.object({ kind: v.literal('standard'), ...QuoteSchema.entries, also: v.optional(v.array(QuoteSchema)) }),
  v.object({ kind: v.literal('guide-default'), reason: text(400), basedOn: v.optional(QuoteSchema) }),
  v.object({ kind: v.literal('organisation'), note: v.optional(text(300)) }),
]);

/** A line of guidance shown beside a call or a protocol, with where it comes from. */
export const CueSchema = v.object({ text: text(300), from: ProvenanceSchema, sources: SourcesSchema });
