/** Referral entries must be re-verified yearly; older ones are flagged wherever they appear. */
const YEAR_MS = 365 * 24 * 3_600_000;

export function isStale(verifiedOn: string, now: number): boolean {
  const verified = new Date(`${verifiedOn}T00:00:00`).getTime();
  return Number.isNaN(verified) || now - verified > YEAR_MS;
}
