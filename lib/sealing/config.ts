/**
 * Whether incidents are sealed on this desk, and to whom: the organisation's policy
 * (`teamLeaderKeys`) wins; without it, the keys set in Settings on this computer. Also the
 * policy's `restrictions`, the log's controls taken away from a desk. Light: no cryptography.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

/** An X25519 recipient as age writes it: `age1` and 58 bech32 characters. */
const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

export function isRecipient(text: string): boolean {
  return RECIPIENT.test(text.trim());
}

export const RESTRICTIONS = ['export', 'delete', 'backupImport', 'packImport', 'retentionChange'] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

export interface SealingConfig {
  /** The team leaders' recipients; sealing is on when there is at least one. */
  recipients: string[];
  /** Set by the organisation's policy: shown, not editable. */
  locked: boolean;
  restrictions: Restriction[];
  /** Parts of the policy that were ignored, with why. */
  problems: string[];
}

export const teamLeaderKeysItem = storage.defineItem<string[]>('local:teamLeaderKeys', { fallback: [], version: 1 });

/** Keys typed one a line (or separated by commas or spaces); every one must be a recipient. */
export function parseRecipients(text: string): { ok: true; recipients: string[] } | { ok: false; error: string } {
  const recipients = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  const bad = recipients.find((r) => !isRecipient(r));
  if (bad) return { ok: false, error: `“${bad.length > 20 ? `${bad.slice(0, 20)}…` : bad}” is not a team leader key: each starts age1 and has 62 characters.` };
  return { ok: true, recipients };
}

/** A list in policy: a JSON array, or text (a REG_SZ value) of keys, or a JSON array as text. */
function policyList(raw: unknown): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  if (typeof raw !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // Plain text: keys separated by commas, spaces or lines.
  }
  return raw.split(/[\s,]+/).filter(Boolean);
}

export function sealingFrom(managed: unknown, local: unknown): SealingConfig {
  const source = (managed && typeof managed === 'object' ? managed : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const config: SealingConfig = { recipients: [], locked: false, restrictions: [], problems };
  if (source.teamLeaderKeys !== undefined) {
    const list = policyList(source.teamLeaderKeys);
    const keys = list?.filter((key): key is string => typeof key === 'string' && isRecipient(key)).map((key) => key.trim()) ?? [];
    if (!list || keys.length !== list.length) problems.push('teamLeaderKeys: each key must be an age1… recipient; the malformed ones are ignored');
    config.locked = true;
    config.recipients = [...new Set(keys)];
  }
  if (!config.locked) {
    const stored = v.safeParse(v.array(v.string()), local);
    config.recipients = stored.success ? stored.output.filter(isRecipient) : [];
  }
  if (source.restrictions !== undefined) {
    const list = policyList(source.restrictions) ?? [];
    for (const item of list) {
      if ((RESTRICTIONS as readonly unknown[]).includes(item)) config.restrictions.push(item as Restriction);
      else problems.push(`restrictions: "${String(item)}" is not a control that can be taken away`);
    }
  }
  return config;
}

/** The managed storage and the local keys, read now; managed storage absent means no policy. */
export async function readSealing(managed: { get(): Promise<unknown> }, item = teamLeaderKeysItem): Promise<SealingConfig> {
  const [policy, local] = await Promise.all([managed.get().catch(() => null), item.getValue()]);
  return sealingFrom(policy, local);
}
