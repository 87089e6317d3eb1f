/**
 * How large a file the guide will read when one is imported. A file past its limit is refused
 * before it is read, with a message saying what was chosen and what fits: a mistaken choice (a
 * backup chosen as a pack, a video) would otherwise freeze the page while it is parsed.
 */
const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** A whole incident log: 100,000 incidents with long notes fit well inside. */
  backup: { bytes: 512 * MB, what: 'an incident log backup' },
  /** A playbook pack: the largest built-in playbook is well under 100 KB. */
  pack: { bytes: 2 * MB, what: 'a playbook pack' },
  /** A playbook pack or referral directory given as JSON text in the organisation's policy. */
  policyJson: { bytes: 2 * MB, what: 'a policy value' },
} as const;

export type ImportKind = keyof typeof IMPORT_LIMITS;

const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Why a file (or text) of `bytes` cannot be imported as `kind`, or null when it fits. */
export function tooLarge(kind: ImportKind, bytes: number): string | null {
  const { bytes: limit, what } = IMPORT_LIMITS[kind];
  if (bytes <= limit) return null;
  return `This is ${size(bytes)}; ${what} can be at most ${size(limit)}. Check that you chose the right file. Nothing was read or changed.`;
}
