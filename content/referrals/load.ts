/**
 * The referral catalogue, loaded on demand: the side panel shows it only in a protocol's later
 * steps, the incident record and Settings, so it is not in the panel's start-up.
 */
import type { ReferralDirectory } from '../schema';

export function loadReferralCatalogue(): Promise<ReferralDirectory> {
  return import('./croydon-plan').then((m) => m.croydonPlanReferrals);
}
