/**
 * The agent's own settings: who they are and which organisation's playbook they follow. Stored
 * with the extension storage API as a versioned item; every read is validated, and a value that
 * fails validation falls back to the defaults with a notice rather than crashing the panel.
 */
import * as v from 'valibot';
import { IdSchema } from '../../content/schema-primitives';
import { isUkPhoneNumber } from '../../content/phone';
import { CrmConnectionSchema } from './crm-connection';

export const SettingsSchema = v.object({
  agentName: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'Enter your name as you say it to callers.'),
    v.maxLength(60, 'Your name must be 60 characters or fewer.'),
  ),
  playbookId: IdSchema,
  team: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80, 'The team name must be 80 characters or fewer.')), ''),
  agentPhone: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((value) => value === '' || isUkPhoneNumber(value), 'Enter a UK phone number, such as 01267 234567.'),
    ),
    '',
  ),
  /** A short tone when a check-in or call-back offer is due on hold. */
  soundCues: v.optional(v.boolean(), false),
  /** 'playbook' speaks the playbook's languages in its order; otherwise that language only. */
  greetingLanguage: v.optional(v.picklist(['playbook', 'en', 'cy']), 'playbook'),
  /** The agent's own hold timings, within the playbook's; null keeps the playbook's. */
  holdCheckInSeconds: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(15, 'Check in at least every 15 seconds.'))), null),
  holdMaxSeconds: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(60, 'The longest hold is at least a minute.'))), null),
  /** Where the CRM is and where the caller's details sit on its pages (unless set by policy). */
  crm: v.optional(v.nullable(CrmConnectionSchema), null),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** The storage key and the version of the stored shape (see `items.ts` for migrations). */
export const SETTINGS_KEY = 'local:settings' as const;
export const SETTINGS_VERSION = 1;

export interface LoadedSettings {
  /** Null until the agent has completed first-run set-up. */
  settings: Settings | null;
  /** Shown to the agent when the stored value could not be used. */
  notice: string | null;
}

export const UNREADABLE_NOTICE =
  'Your saved settings could not be read, so the defaults are shown. Please enter your details again.';

export const CRM_DROPPED_NOTICE =
  'The CRM address saved here covers more than one site or uses http, so “Fill from CRM” is off. Enter your CRM’s own https address in Settings.';

/**
 * Turns whatever is in storage into settings the panel can use. `knownPlaybook` says whether a
 * playbook id exists, so a stored id for a playbook that has since been removed is caught too.
 */
export function parseStoredSettings(raw: unknown, knownPlaybook: (id: string) => boolean): LoadedSettings {
  if (raw === null || raw === undefined) return { settings: null, notice: null };
  const result = v.safeParse(SettingsSchema, raw);
  if (!result.success) {
    // A CRM address saved before addresses had to name one https site: the CRM is switched off
    // and the agent told, rather than every setting lost with it.
    const withoutCrm = v.safeParse(SettingsSchema, { ...(raw as object), crm: null });
    if (withoutCrm.success && knownPlaybook(withoutCrm.output.playbookId)) return { settings: withoutCrm.output, notice: CRM_DROPPED_NOTICE };
  }
  if (!result.success || !knownPlaybook(result.output.playbookId)) {
    return { settings: null, notice: UNREADABLE_NOTICE };
  }
  return { settings: result.output, notice: null };
}

export type SettingsErrors = Partial<Record<keyof Settings, string>>;

/** What a settings form submits: the stored shape, with optional fields left out. */
export type SettingsInput = v.InferInput<typeof SettingsSchema>;

/** The playbook facts a setting must stay within. */
export interface PlaybookBounds {
  hold: { checkInSeconds: number; maxHoldSeconds: number };
}

/**
 * Validates what the agent entered; returns the clean settings or one message per bad field.
 * Hold timings may be shorter than the playbook's, never longer.
 */
export function validateSettings(
  input: SettingsInput,
  findPlaybook: (id: string) => PlaybookBounds | undefined,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const result = v.safeParse(SettingsSchema, input);
  const errors: SettingsErrors = {};
  if (!result.success) {
    for (const issue of result.issues) {
      const key = v.getDotPath(issue)?.split('.')[0] as keyof Settings | undefined;
      if (key && !errors[key]) errors[key] = key === 'playbookId' ? 'Choose your organisation.' : issue.message;
    }
    return { ok: false, errors };
  }
  const settings = result.output;
  const playbook = findPlaybook(settings.playbookId);
  if (!playbook) return { ok: false, errors: { playbookId: 'Choose your organisation.' } };
  const { checkInSeconds, maxHoldSeconds } = playbook.hold;
  if (settings.holdCheckInSeconds !== null && settings.holdCheckInSeconds > checkInSeconds) {
    errors.holdCheckInSeconds = `Your playbook checks in every ${checkInSeconds} seconds; choose that or less.`;
  }
  if (settings.holdMaxSeconds !== null && settings.holdMaxSeconds > maxHoldSeconds) {
    errors.holdMaxSeconds = `Your playbook's longest hold is ${maxHoldSeconds / 60} minutes; choose that or less.`;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings };
}
