/**
 * The organisation's call quality settings by policy (`callQuality` in managed storage): the target
 * rating and the minimum reviews per agent per month, over the playbook's. Read on its own, like
 * every part of the policy: a bad value is ignored and named, the playbook's figures then apply.
 */
import * as v from 'valibot';

export const QualityOverrideSchema = v.object({
  targetPercent: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  minimumPerMonth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
});
export type QualityOverride = v.InferOutput<typeof QualityOverrideSchema>;

export function parseQualityPolicy(managed: unknown): { override: QualityOverride | null; problem: string | null } {
  const raw = managed && typeof managed === 'object' ? (managed as Record<string, unknown>).callQuality : undefined;
  if (raw === undefined) return { override: null, problem: null };
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { override: null, problem: 'callQuality: not valid JSON, so the playbook’s figures apply' };
    }
  }
  const result = v.safeParse(QualityOverrideSchema, value);
  if (result.success) return { override: result.output, problem: null };
  const issue = result.issues[0];
  return { override: null, problem: `callQuality: ${v.getDotPath(issue) ?? ''} ${issue.message}, so the playbook’s figures apply`.replace(/\s+/g, ' ') };
}
