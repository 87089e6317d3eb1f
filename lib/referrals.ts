/**
 * Which referral services a caller is offered: only those that serve them. A UK-wide service
 * serves everyone; a national one, callers in its nations; a local one, callers in its areas; one
 * the organisation added, its own callers. Where the organisation's location is not known (the
 * standard does not say and nobody has set it), only UK-wide services are offered.
 */
import type { Location, Referral, ReferralDirectory } from '../content/schema';

/** Checks with the service are due again after a year; older ones are flagged wherever shown. */
const YEAR_MS = 365 * 24 * 3_600_000;

export function servesCallers(entry: Referral, location: Location): boolean {
  const serves = entry.serves;
  switch (serves.scope) {
    case 'uk':
    case 'organisation':
      return true;
    case 'nations':
      return location.nation !== undefined && serves.nations.includes(location.nation);
    case 'local':
      return location.nation === serves.nation && serves.areas.some((area) => location.areas.includes(area));
  }
}

export interface CallerReferrals {
  /** The services that serve these callers, in the list's order. */
  entries: Referral[];
  /** Where the callers are, as the organisation or its playbook says. */
  location: Location;
  /** True when some entry is local to these callers or added by the organisation. */
  hasLocal: boolean;
  /** Entries of the list left out because they do not serve these callers. */
  leftOut: Referral[];
}

/** The organisation's own list if it has one, else the guide's, narrowed to the callers' area. */
export function referralsFor(location: Location, catalogue: ReferralDirectory, own: ReferralDirectory | null): CallerReferrals {
  const where = own?.location ?? location;
  const list = own?.entries ?? catalogue.entries;
  const entries = list.filter((entry) => servesCallers(entry, where));
  return {
    entries,
    location: where,
    hasLocal: entries.some((entry) => entry.serves.scope === 'local' || entry.serves.scope === 'organisation'),
    leftOut: list.filter((entry) => !entries.includes(entry)),
  };
}

/** The last check with the service is missing or more than a year old. */
export function needsChecking(entry: Referral, now: number): boolean {
  if (!entry.checked) return true;
  const checked = new Date(`${entry.checked.on}T00:00:00`).getTime();
  return Number.isNaN(checked) || now - checked > YEAR_MS;
}
