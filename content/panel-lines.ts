/**
 * The guidance the call and protocol screens show around the playbook's own data: prompts and
 * lines that tell the agent what to do, each with where it comes from and the requirements it
 * implements, checked by the content test like every other cue. Lines that take a figure from the
 * call are functions; `sample` is what the content test checks.
 */
import { communities, croydon, guideDefault, moray, quote } from './provenance';
import type { Cue } from './schema';

export interface PanelLine<A extends unknown[] = []> extends Omit<Cue, 'text'> {
  text: (...values: A) => string;
  /** The line with sample figures, for the content checks. */
  sample: string;
}

function line<A extends unknown[]>(text: (...values: A) => string, sample: A, rest: Omit<Cue, 'text'>): PanelLine<A> {
  return { text, sample: text(...sample), ...rest };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const plan = (step: number) => `Six-point plan, step ${step}`;
const S62 = '6.2 Managing the Call Effectively';
const S44 = '4.4 Dealing with Rude or Aggressive Customers';
const CSA = 'CSA promise';
const S67 = '6.7 Dealing with Abusive Calls';

/** The caller stage (GR-5, GR-7, NA-1, NA-2). */
export const callerLines = {
  askName: {
    text: 'Ask for their name and use it throughout.',
    from: communities(S62, "Find out the customer's name and use it throughout the conversation"),
    sources: ['GR-7'],
  },
  confirmDetails: {
    text: 'Ask the caller to confirm each one; spell it back in NATO phonetics.',
    from: croydon(CSA, 'I will use NATO phonetics to check spellings and repeat information back to residents'),
    sources: ['NA-1', 'NA-2'],
  },
  /** Under the greeting when the agent's direct number is needed for a transferred call. */
  addDirectNumber: {
    text: 'Add your direct number in Settings to offer it on transferred calls.',
    from: communities(S62, 'If you are receiving a call transferred to you by someone else, you must also offer your name and telephone number'),
    sources: ['GR-5'],
  },
} satisfies Record<string, Cue>;

/** The enquiry stage's notes (CL-6). */
export const enquiryLines = {
  notes: {
    text: 'Enough for another officer to see the key points and agreed actions (CL-6).',
    from: moray('4.2 Telephone Accessibility', 'Sufficient notes of a conversation will be taken, so that any other officer dealing with the case can see the key points raised by the customer, and any agreed actions or outcomes.'),
    sources: ['CL-6'],
  },
} satisfies Record<string, Cue>;

/** AB-13: the same caller rings back before the follow-up after a call was ended. */
export const ringBackLines = {
  whatToDo: {
    text: 'Help them if they are no longer abusive. If they are, warn them, then end the call again. (AB-13)',
    from: moray(S44, 'Should the same customer ring back before the line manager has contacted them, the officer will deal with the call if the customer has stopped being rude or abusive.'),
    sources: ['AB-13'],
  },
} satisfies Record<string, Cue>;

/** The protocol screens: the self-harm route and hold (HO-5, SH-3..SH-5), the warnings (AB-3). */
export const protocolLines = {
  takeOffHold: {
    text: 'The caller is on hold. Take them off hold now.',
    from: croydon(plan(2), 'If the customer is on the phone - Do not put them on hold'),
    sources: ['HO-5'],
  },
  /** Said by the hold button and the hold key while the self-harm protocol is open. */
  holdBlocked: {
    text: 'Hold is off: a caller who may harm themselves must never be put on hold (HO-5).',
    from: croydon(plan(2), 'If the customer is on the phone - Do not put them on hold'),
    sources: ['HO-5'],
  },
  neverHold: {
    text: 'Never hold this caller. (HO-5)',
    from: croydon(plan(2), 'If the customer is on the phone - Do not put them on hold'),
    sources: ['HO-5'],
  },
  /** Above the route buttons, which are the two route steps' own titles. */
  routeQuestion: {
    text: 'Your judgement: is the caller at serious risk or in immediate danger?',
    from: croydon(plan(5), 'Summon Emergency help - customer is distressed at serious risk or in immediate danger'),
    sources: ['SH-4', 'SH-5'],
  },
  askAndWrite: {
    text: 'Ask, and write the answer',
    from: croydon(plan(3), "Record key information such as the customer's location and any plans they have to go elsewhere to harm themselves."),
    sources: ['SH-3'],
  },
} satisfies Record<string, Cue>;

/** Lines that take a figure from the call. */
export const protocolCountLines = {
  warningsGiven: line((given: number, required: number) => `Warnings given: ${given} of ${required}`, [1, 5], {
    from: guideDefault("The guide counts the warnings the procedure's steps give.", quote.communities(S67, 'there is no alternative but to terminate the call')),
    sources: ['AB-3'],
  }),
  earlyEnd: line((required: number) => `The procedure asks for ${plural(required, 'warning')}; end the call now?`, [5], {
    from: guideDefault("The guide asks before a call is ended short of the procedure's warnings.", quote.communities(S67, 'there is no alternative but to terminate the call')),
    sources: ['AB-3'],
  }),
  noLocalReferrals: line(
    (area: string) => `Your organisation has not set local referral numbers. These serve callers in ${area}; 999 is for serious risk or immediate danger.`,
    ['Lancashire, England'],
    { from: croydon(plan(4), 'Provide referral advice'), sources: ['SH-4', 'SH-5'] },
  ),
};

/** Every line above as a cue with an id (a function line by its sample), for the content checks. */
export function panelCues(): (Cue & { id: string })[] {
  const groups = { caller: callerLines, enquiry: enquiryLines, 'ring-back': ringBackLines, protocol: protocolLines };
  return [
    ...Object.entries(groups).flatMap(([prefix, group]) =>
      Object.entries(group).map(([id, cue]: [string, Cue]) => ({ id: `${prefix}-${id}`, ...cue })),
    ),
    ...Object.entries(protocolCountLines).map(([id, { sample, from, sources }]) => ({ id: `protocol-${id}`, text: sample, from, sources })),
  ];
}
