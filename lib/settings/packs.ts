/**
 * Playbook packs and referral directories from outside the built-in content: validated against
 * the same schema as the built-ins, refused whole with a readable list of problems, and previewed
 * as a list of changes before anything is applied.
 */
import * as v from 'valibot';
import { referralCatalogue } from '../../content';
import { wholePlaybook } from '../../content/playbooks/whole';
import { PlaybookSchema, ReferralDirectorySchema, type Playbook, type ReferralDirectory } from '../../content/schema';
import { tooLarge } from '../import-limits';
import { packDiff, type PackFieldChange, type ResolvedPlaybook } from './pack-diff';
import { upgradeDirectory, upgradePlaybook } from './upgrade-content';

export type PackCheck = { ok: true; playbook: Playbook } | { ok: false; problems: string[] };

export function checkPack(text: string, isBuiltin: (id: string) => boolean): PackCheck {
  const large = tooLarge('pack', new TextEncoder().encode(text).byteLength);
  if (large) return { ok: false, problems: [large] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON: ${(error as Error).message}`] };
  }
  // A pack exported before lines carried their provenance imports in today's shape.
  const result = v.safeParse(PlaybookSchema, upgradePlaybook(raw));
  if (!result.success) {
    return {
      ok: false,
      problems: result.issues.slice(0, 20).map((issue) => `${v.getDotPath(issue) ?? 'pack'}: ${issue.message}`),
    };
  }
  if (isBuiltin(result.output.id)) {
    return {
      ok: false,
      problems: [`id: "${result.output.id}" is a built-in playbook, which cannot be replaced. Give the pack its own id.`],
    };
  }
  return { ok: true, playbook: result.output };
}

/** Stored packs that still validate; anything else is dropped rather than breaking the panel. */
export function validPlaybooks(raw: unknown[]): Playbook[] {
  return raw.flatMap((item) => {
    const result = v.safeParse(PlaybookSchema, upgradePlaybook(item));
    return result.success ? [result.output] : [];
  });
}

export function validDirectory(raw: unknown): ReferralDirectory | null {
  const result = v.safeParse(ReferralDirectorySchema, upgradeDirectory(raw, referralCatalogue));
  return result.success ? result.output : null;
}

/** A built-in playbook as a starting point for the organisation's own pack: whole, its framework and duties too. */
export function copyOfPlaybook(playbook: Playbook): Playbook {
  return { ...structuredClone(wholePlaybook(playbook)), id: `${playbook.id}-own`, organisation: { ...playbook.organisation } };
}

export interface PackPreview {
  /** "New playbook …" or null when the pack replaces one of the same id. */
  heading: string | null;
  /** The playbook the fields are compared with. */
  comparedWith: string;
  changes: PackFieldChange[];
}

/**
 * What importing `next` would change, field by field, against the pack it replaces or, for a new
 * one, the playbook in use now (what it would replace once chosen), each whole (a built-in one with
 * its framework and duties). `resolve` writes out the procedures a playbook runs, so a pack pointing
 * at another procedure shows its lines.
 */
export function packChanges(
  replaced: Playbook | undefined,
  inUse: Playbook | undefined,
  next: Playbook,
  resolve: (playbook: Playbook) => ResolvedPlaybook,
): PackPreview {
  const base = replaced ?? inUse;
  return {
    heading: replaced ? null : `New playbook "${next.organisation.name}" (${next.id}).`,
    comparedWith: base?.organisation.name ?? '',
    changes: base ? packDiff(resolve(wholePlaybook(base)), resolve(wholePlaybook(next))) : [],
  };
}

export function checkDirectory(entries: unknown): { ok: true; directory: ReferralDirectory } | { ok: false; problems: string[] } {
  const result = v.safeParse(ReferralDirectorySchema, entries);
  if (result.success) return { ok: true, directory: result.output };
  return { ok: false, problems: result.issues.slice(0, 20).map((issue) => `${v.getDotPath(issue) ?? 'directory'}: ${issue.message}`) };
}
