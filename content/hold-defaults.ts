/**
 * The guide's default hold timings, stated once (HO-2, HO-3): where an organisation's standard sets
 * none, its playbook takes these (content/playbooks/guide-defaults.ts), and lib/settings/effective.ts
 * keeps the call-back offer the same minute before any shorter limit an organisation or agent sets.
 * Where each figure comes from is said beside it; the playbooks' reasons say it in words.
 */
import { quote } from './provenance';

export const guideHold = {
  /** A check-in every minute: Croydon asks to "check in frequently" and gives no interval. */
  checkInSeconds: 60,
  /** The longest hold, 5 minutes: Communities 6.2's advice. */
  maxHoldSeconds: 300,
  /** The call-back is offered this long before the longest hold. */
  offerCallBackBeforeMaxSeconds: 60,
  /** However short the longest hold, the offer never comes sooner than this into a hold. */
  earliestOfferSeconds: 30,
} as const;

/** When the call-back is offered, for a longest hold of `maxHoldSeconds`. */
export const offerCallBackAt = (maxHoldSeconds: number) => maxHoldSeconds - guideHold.offerCallBackBeforeMaxSeconds;

/** The standards the default figures follow. */
export const guideHoldBasis = {
  checkIn: quote.croydon('CSA promise', 'check in frequently if I need them to continue to be on hold'),
  maxHold: quote.communities('6.2', 'it is advisable not to do so for more than 5 minutes'),
};
