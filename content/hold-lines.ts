/**
 * What the hold bar says, and where it comes from (HO-1..HO-3). The times themselves are the
 * playbook's (content/playbooks/), each with its own provenance.
 */
import { croydon, guideDefault, quote } from './provenance';
import type { Provenance } from './schema';

export interface HoldLine {
  text: string;
  from: Provenance;
}

const CSA = 'CSA promise';

/** HO-1: ask before holding. */
export const askToHoldLine: HoldLine = {
  text: 'May I put you on hold for a moment?',
  from: croydon(CSA, "I will ask for the resident's approval prior to placing them on hold"),
};

/** HO-2: check in while the caller holds. */
export const checkInLine: HoldLine = {
  text: "Thank you for holding. I'm still looking into this for you. Are you OK to hold a little longer?",
  from: croydon(CSA, 'check in frequently if I need them to continue to be on hold'),
};

/** HO-3: offer a call-back rather than a long hold. */
export const offerCallBackLine: HoldLine = {
  text: "This is taking longer than I'd like. Can I call you back instead, so you're not waiting?",
  from: guideDefault(
    "The guide's wording for the offer to call back.",
    quote.communities('6.2', 'if it is going to take longer than this, then offer to call them back'),
  ),
};

export const overLimitLine: HoldLine = {
  text: "I'm sorry for the wait. Let me take your number and call you back.",
  from: guideDefault(
    "The guide's wording for the offer to call back.",
    quote.communities('6.2', 'if it is going to take longer than this, then offer to call them back'),
  ),
};

/** The hold bar's prompt for each phase; `limit` is the longest hold, as "5 minutes". */
export const holdPrompts = {
  holding: () => 'On hold',
  'check-in-due': () => 'Check in with the caller now',
  'offer-call-back': (limit: string) => `Close to ${limit} on hold: offer to call back`,
  'over-limit': (limit: string) => `Over ${limit} on hold: offer to call back now`,
} as const;
