/**
 * The organisation's policy, pushed by IT through the browser's enterprise policies into the
 * extension's managed storage (schema: public/managed_schema.json). Policy wins over the agent's
 * own settings, and values it locks cannot be edited. Every part is validated on its own: a bad
 * part is ignored and named, so one mistake in a policy file never breaks the guide.
 */
import * as v from 'valibot';
import { PlaybookSchema, ReferralDirectorySchema, type Playbook, type ReferralDirectory } from '../../content/schema';
import { IdSchema } from '../../content/schema-primitives';
import { referralCatalogue } from '../../content';
import { PolicyCrmSchema, type CrmConnection } from './crm-connection';
import { CallBackDaysSchema } from '../call/call-back-retention';
import { tooLarge } from '../import-limits';
import { upgradeDirectory, upgradePlaybook } from './upgrade-content';

export const LOCKABLE = [
  'organisation',
  'team',
  'hold',
  'retentionMonths',
  'callBackRetentionDays',
  'referralDirectory',
  'crm',
  'greetingLanguage',
  /** Importing and removing playbook packs on the desktop (the policy's own `playbookPack` still applies). */
  'packs',
] as const;
export type Lockable = (typeof LOCKABLE)[number];

const HoldOverrideSchema = v.object({
  checkInSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(600))),
  maxHoldSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(1800))),
});
export type HoldOverride = v.InferOutput<typeof HoldOverrideSchema>;

/** The call quality target and the minimum reviews per agent per month, over the playbook's. */
export const QualityOverrideSchema = v.object({
  targetPercent: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  minimumPerMonth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
});
export type QualityOverride = v.InferOutput<typeof QualityOverrideSchema>;

/** How the greeting is spoken: the playbook's languages in its order, or one of them only. */
export const GREETING_LANGUAGES = ['playbook', 'en', 'cy'] as const;

export interface Policy {
  organisation?: string;
  team?: string;
  greetingLanguage?: (typeof GREETING_LANGUAGES)[number];
  teams?: string[];
  playbookPack?: Playbook;
  referralDirectory?: ReferralDirectory;
  hold?: HoldOverride;
  retentionMonths?: number;
  /** Days a call-back marked done is kept. */
  callBackRetentionDays?: number;
  crm?: CrmConnection;
  /** Call quality reviews' target and minimum (effective.ts lays them over the playbook's). */
  callQuality?: QualityOverride;
  locked: Lockable[];
}

export interface ParsedPolicy {
  policy: Policy | null;
  /** Parts of the policy that were ignored, with why, for the settings screen to show. */
  problems: string[];
}

export const POLICY_PARTS = {
  organisation: IdSchema,
  team: v.pipe(v.string(), v.maxLength(80)),
  teams: v.array(v.pipe(v.string(), v.maxLength(80))),
  greetingLanguage: v.picklist(GREETING_LANGUAGES),
  hold: HoldOverrideSchema,
  retentionMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  callBackRetentionDays: CallBackDaysSchema,
  crm: PolicyCrmSchema,
} as const;

function parseJsonPart<T>(
  raw: unknown,
  schema: v.GenericSchema<unknown, T>,
  name: string,
  problems: string[],
  upgrade: (value: unknown) => unknown = (value) => value,
): T | undefined {
  if (raw === undefined) return undefined;
  let value: unknown = raw;
  if (typeof raw === 'string') {
    const large = tooLarge('policyJson', new TextEncoder().encode(raw).byteLength);
    if (large) {
      problems.push(`${name}: ${large}`);
      return undefined;
    }
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`${name}: not valid JSON`);
      return undefined;
    }
  }
  const result = v.safeParse(schema, upgrade(value));
  if (result.success) return result.output;
  problems.push(...result.issues.slice(0, 5).map((issue) => `${name}: ${v.getDotPath(issue) ?? ''} ${issue.message}`.trim()));
  return undefined;
}

export function parsePolicy(raw: unknown): ParsedPolicy {
  if (raw === null || raw === undefined || typeof raw !== 'object' || Object.keys(raw).length === 0) {
    return { policy: null, problems: [] };
  }
  const source = raw as Record<string, unknown>;
  const problems: string[] = [];
  const policy: Policy = { locked: [] };
  for (const [name, schema] of Object.entries(POLICY_PARTS)) {
    if (source[name] === undefined) continue;
    const result = v.safeParse(schema, source[name]);
    if (result.success) (policy as unknown as Record<string, unknown>)[name] = result.output;
    else problems.push(`${name}: ${result.issues[0]?.message ?? 'invalid'}, so your own setting is used (still locked if the policy locks it)`);
  }
  // Values written for an older guide are read in today's shape (upgrade-content.ts).
  policy.playbookPack = parseJsonPart(source.playbookPack, PlaybookSchema, 'playbookPack', problems, upgradePlaybook);
  policy.referralDirectory = parseJsonPart(source.referralDirectory, ReferralDirectorySchema, 'referralDirectory', problems, (value) =>
    upgradeDirectory(value, referralCatalogue),
  );
  // An object, or its JSON as text (a REG_SZ value); a bad one leaves the playbook's figures.
  const known = problems.length;
  policy.callQuality = parseJsonPart(source.callQuality, QualityOverrideSchema, 'callQuality', problems);
  for (let at = known; at < problems.length; at += 1) problems[at] = `${problems[at]}, so the playbook’s figures apply`;
  // A lock holds whether or not its value is valid: a mistyped value (retentionMonths: 240) must
  // not hand the setting back to the agent.
  if (Array.isArray(source.locked)) {
    for (const key of source.locked) {
      if ((LOCKABLE as readonly unknown[]).includes(key)) policy.locked.push(key as Lockable);
      else problems.push(`locked: "${String(key)}" is not a setting that can be locked`);
    }
  }
  return { policy, problems };
}
