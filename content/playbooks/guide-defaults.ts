/**
 * The sections several playbooks share where their standards are silent: the guide's own greeting,
 * hold timings, message form and closing lines, each marked as the guide's default and naming the
 * standard it follows. Each playbook passes how it names its own standard ("Calico's policy",
 * "Longhurst's standard") and anything its standard does say; the words, figures and order are
 * those each playbook had written out in full.
 */
import { guideHold, guideHoldBasis, offerCallBackAt } from '../hold-defaults';
import { guideDefault, quote } from '../provenance';
import type { ChecklistItem, Greeting, HoldPolicy, Playbook, Provenance, Quote } from '../schema';

/** English salutations where the standard gives none ("Good evening" included). */
export const englishSalutations: Greeting['salutations'] = {
  morning: { en: 'Good morning' },
  afternoon: { en: 'Good afternoon' },
  evening: { en: 'Good evening' },
};

export const NEW_CALL_WITH_TEAM = '{salutation}, {organisation} {team}, {agent} speaking. How can I help?';
const TRANSFERRED_CALL = '{salutation}, {team}, {agent} speaking. How can I help?';

/**
 * The guide's greeting for a standard with no script: `from` says so and names what the standard
 * does ask; `newCall` is the template for a new call.
 */
export function guideGreeting(from: Provenance, note: string, newCall = NEW_CALL_WITH_TEAM): Greeting {
  return {
    languages: ['en'],
    salutations: englishSalutations,
    salutationsFrom: from,
    templates: [
      { callKind: 'new', text: newCall, from, sources: ['GR-1', 'GR-2'] },
      { callKind: 'transferred', text: TRANSFERRED_CALL, from, sources: ['GR-1', 'GR-2'] },
    ],
    note,
  };
}

/** The guide's hold timings, figures only (content/hold-defaults.ts). */
export const guideHoldTimings = {
  checkInSeconds: guideHold.checkInSeconds,
  maxHoldSeconds: guideHold.maxHoldSeconds,
  offerCallBackSeconds: offerCallBackAt(guideHold.maxHoldSeconds),
};

/** Hold for a standard that sets no hold rules: `who` is "Calico's policy" and the like. */
export function guideDefaultHold(who: string, own: Partial<Pick<HoldPolicy, 'note'> & { offerCallBack: Provenance }> = {}): HoldPolicy {
  const none = `${who} sets no hold rules`;
  return {
    ...guideHoldTimings,
    from: {
      checkIn: guideDefault(`${none}: a check-in every minute is the guide's default, from Croydon's standard.`, guideHoldBasis.checkIn),
      offerCallBack: own.offerCallBack ?? guideDefault(`${none}: the guide offers a call-back a minute before its 5-minute default.`),
      maxHold: guideDefault(`${none}: 5 minutes is the guide's default, from Communities' standard.`, guideHoldBasis.maxHold),
    },
    note: own.note ?? `${none}: the times are the guide's defaults.`,
    sources: ['HO-1', 'HO-2', 'HO-3', 'HO-4'],
  };
}

/** Communities 6.2's line on what a message takes, the basis of the guide's message form. */
export const TAKE_DETAILS = quote.communities('6.2', "take the caller's name and telephone number and agree a time when either you or somebody else will call them back");

/** The guide's message form for a standard that sets none. */
export function guideDefaultMessage(who: string, basedOn: Quote = TAKE_DETAILS, sources: string[] = ['TR-4']): Playbook['message'] {
  return {
    fields: [
      { id: 'caller-name', label: 'Caller name', required: true },
      { id: 'phone', label: 'Phone number', required: true },
      { id: 'reason', label: 'What the call is about', required: true },
      { id: 'call-back-time', label: 'Agreed call-back time', required: true },
      { id: 'contact-point', label: 'Contact point given to the caller', required: true },
    ],
    sayWhenColleagueBack: false,
    from: guideDefault(`${who} sets no message form: these fields are the guide's default, from Communities' standard.`, basedOn),
    sources,
  };
}

/** "Is there anything else?", for a standard that does not say it. */
export function anythingElse(who: string): ChecklistItem {
  return {
    id: 'anything-else',
    label: 'Asked if there is anything else',
    say: 'Is there anything else I can help with?',
    from: guideDefault(`${who} does not say this: the guide's default, from Communities' standard.`, quote.communities('8', 'ask if there is anything else they would like help with')),
    sources: ['CL-4'],
  };
}

/** Thanking the caller, for a standard that does not say it: `basedOn` is what it does say. */
export function thanked(who: string, basedOn: Quote): ChecklistItem {
  return {
    id: 'thanked',
    label: 'Thanked the caller',
    say: 'Thank you for calling.',
    from: guideDefault(`${who} does not say this: the guide's default.`, basedOn),
    sources: ['CL-5'],
  };
}
