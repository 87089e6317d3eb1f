/**
 * The agent's own settings: who they are and which organisation's playbook they follow. Stored
 * with the extension storage API as a versioned item; every read is validated, and a value that
 * fails validation falls back to the defaults with a notice rather than crashing the panel.
 */
import * as v from 'valibot';
import { IdSchema } from '../../content/schema-primitives';
import { isUkPhoneNumber } from '../phone';

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
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** The storage key and the version of the stored shape (see `settings-item.ts` for migrations). */
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

/**
 * Turns whatever is in storage into settings the panel can use. `knownPlaybook` says whether a
 * playbook id exists, so a stored id for a playbook that has since been removed is caught too.
 */
export function parseStoredSettings(raw: unknown, knownPlaybook: (id: string) => boolean): LoadedSettings {
  if (raw === null || raw === undefined) return { settings: null, notice: null };
  const result = v.safeParse(SettingsSchema, raw);
  if (!result.success || !knownPlaybook(result.output.playbookId)) {
    return { settings: null, notice: UNREADABLE_NOTICE };
  }
  return { settings: result.output, notice: null };
}

export type SettingsErrors = Partial<Record<keyof Settings, string>>;

/** What the settings form holds: text fields as typed, plus the switches. */
export type SettingsInput = Record<'agentName' | 'playbookId' | 'team' | 'agentPhone', string> & { soundCues?: boolean };

/** Validates what the agent typed; returns the clean settings or one message per bad field. */
export function validateSettings(
  input: SettingsInput,
  knownPlaybook: (id: string) => boolean,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const result = v.safeParse(SettingsSchema, input);
  const errors: SettingsErrors = {};
  if (!result.success) {
    for (const issue of result.issues) {
      const key = v.getDotPath(issue) as keyof Settings | null;
      if (key && !errors[key]) errors[key] = key === 'playbookId' ? 'Choose your organisation.' : issue.message;
    }
  } else if (!knownPlaybook(result.output.playbookId)) {
    errors.playbookId = 'Choose your organisation.';
  }
  if (result.success && Object.keys(errors).length === 0) return { ok: true, settings: result.output };
  return { ok: false, errors };
}
