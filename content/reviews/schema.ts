/**
 * The call quality framework a playbook carries: the items a call is reviewed against, each with
 * its provenance, the target rating and the minimum reviews per agent per month.
 *
 * Written as a function of the provenance and citation schemas, so content/schema.ts can add it to
 * the playbook without this module importing that one (no import loop).
 */
import * as v from 'valibot';
import { IdSchema } from '../schema-primitives';

/**
 * What a live call records that may be evidence for an item, offered in side-by-side coaching for
 * the team leader to accept or reject (never marked on its own):
 * - 'hold-asked': every hold began with asking the caller (HO-1);
 * - 'hold-check-in': check-ins while the caller was on hold (HO-2);
 * - 'name-in-greeting': the greeting on screen gave the agent's name (GR-1);
 * - 'spelled': the caller's details confirmed with the NATO speller at hand (NA-1);
 * - 'next-steps': next steps and timescales ticked at the close (CV-5).
 */
export const EVIDENCE_KINDS = ['hold-asked', 'hold-check-in', 'name-in-greeting', 'spelled', 'next-steps'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export function qualityFrameworkSchema<P extends v.GenericSchema, S extends v.GenericSchema>(provenance: P, sources: S) {
  return v.object({
    /** What the framework is called under this playbook ("CSA promise"). */
    name: text(120),
    /** Where the framework as a whole comes from (Croydon: its call quality framework). */
    from: provenance,
    items: v.pipe(
      v.array(
        v.object({
          id: IdSchema,
          /** The statement a call is reviewed against, in the standard's words where it has them. */
          text: text(400),
          evidence: v.optional(v.array(v.picklist(EVIDENCE_KINDS))),
          from: provenance,
          sources,
        }),
      ),
      v.minLength(1, 'a framework has at least one item'),
    ),
    /** The call quality rating to aim for, in per cent. */
    target: v.object({ percent: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), from: provenance, sources }),
    /** Reviews per agent per month, at least. */
    minimumPerMonth: v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)), from: provenance, sources }),
    note: v.optional(text(400)),
  });
}
