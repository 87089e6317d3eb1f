/**
 * All guidance content, bundled into the extension: nothing is read from outside the project at
 * build or run time. Playbooks are listed in the order the organisation picker shows them.
 */
import type { ReferralDirectory } from './schema';
import { croydonPlanReferrals } from './referrals/croydon-plan';

export { findPlaybook, findProtocol, playbooks, protocols } from './builtins';
export { requirements } from './requirements';

/** The referral services the standards give, each with the callers it serves. */
export const referralCatalogue: ReferralDirectory = croydonPlanReferrals;
