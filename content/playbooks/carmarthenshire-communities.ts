/**
 * Carmarthenshire Department for Communities: a short bilingual greeting, Welsh first, always
 * (6.1 and footnote 1), the 5-minute advice on hold (6.2), closing (6.3, 8) and its own
 * abusive-call steps (6.7). It has no self-harm plan: that is Croydon's, as the guide's default.
 */
import { communities, guideDefault } from '../provenance';
import type { Playbook } from '../schema';
import { guideHold, guideHoldBasis, offerCallBackAt } from '../hold-defaults';

const S61 = '6.1 Call Answering';
const S62 = '6.2 Managing the Call Effectively';
const S63 = '6.3 Closing the Call';
const F8 = '8, face to face';
const GREETING = communities(S61, 'Provide a short bilingual greeting');

export const carmarthenshireCommunitiesPlaybook: Playbook = {
  id: 'carmarthenshire-communities',
  organisation: {
    name: 'Carmarthenshire County Council, Department for Communities',
    greetingName: 'Communities Department',
  },
  standard: 'communities',
  location: {
    nation: 'wales',
    areas: ['carmarthenshire'],
    description: 'Carmarthenshire, Wales',
    from: communities('7', 'Use Carmarthenshire County Council headed paper'),
  },
  teams: ['Communities Department'],
  greeting: {
    languages: ['cy', 'en'],
    alwaysAll: true,
    salutations: {
      morning: { cy: 'Bore da', en: 'Good morning' },
      afternoon: { cy: 'Prynhawn da', en: 'Good afternoon' },
      evening: { cy: 'Noswaith dda', en: 'Good evening' },
    },
    salutationsFrom: communities('6.1, footnote 1', '"Bore da, Good morning" or "Prynhawn da, Good afternoon"'),
    templates: [
      { callKind: 'new', text: '{salutation}, {team}.', from: GREETING, sources: ['GR-4', 'GR-2'] },
      {
        callKind: 'transferred',
        text: '{salutation}, {team}, {agent} speaking. My number is {agentPhone}.',
        from: communities(S62, 'If you are receiving a call transferred to you by someone else, you must also offer your name and telephone number'),
        sources: ['GR-5', 'GR-4'],
      },
    ],
    note: 'Always bilingual, Welsh first. The standard gives morning and afternoon; "Noswaith dda, Good evening" is the guide\'s addition for late calls. Say "Communities Department" or your team name, whichever helps the caller most; no abbreviations.',
  },
  callerDetails: {
    fields: ['name', 'phone'],
    from: communities(S62, "Find out the customer's name and use it throughout the conversation"),
    sources: ['GR-7', 'GR-6', 'GR-9', 'NA-1', 'NA-2'],
  },
  hold: {
    checkInSeconds: guideHold.checkInSeconds,
    // Its own standard's 5 minutes (6.2), which the guide's default follows.
    maxHoldSeconds: 300,
    offerCallBackSeconds: offerCallBackAt(300),
    from: {
      checkIn: guideDefault("Communities' standard sets no check-in: every minute is the guide's default, from Croydon's standard.", guideHoldBasis.checkIn),
      offerCallBack: guideDefault("The standard says to offer a call-back if it will take longer: the guide prompts a minute before 5 minutes."),
      maxHold: communities(S62, 'it is advisable not to do so for more than 5 minutes'),
    },
    note: 'Communities 6.2: it is advisable not to hold for more than 5 minutes; if it will take longer, offer to call back. Use mute or hold when talking to colleagues: the caller may overhear personal data.',
    sources: ['HO-3', 'HO-4', 'HO-1', 'HO-2'],
  },
  callBacks: [
    {
      id: 'agreed-time',
      label: "Call back at the agreed time. If you can't make it, call anyway, explain and agree a new time",
      withinOpeningHours: false,
      from: communities('6.5 Returning Calls', 'phone the caller anyway and explain the difficulties'),
      sources: ['TR-4', 'TR-6'],
    },
  ],
  message: {
    fields: [
      { id: 'caller-name', label: 'Caller name', required: true },
      { id: 'phone', label: 'Phone number', required: true },
      { id: 'reason', label: 'What the call is about', required: true },
      { id: 'call-back-time', label: 'Agreed call-back time', required: true },
      { id: 'contact-point', label: 'Contact point given to the caller (your name and number)', required: true },
      { id: 'urgency', label: 'Urgent? Then phone it through or tell the Team Manager', required: false },
    ],
    sayWhenColleagueBack: false,
    from: communities(S62, "take the caller's name and telephone number and agree a time when either you or somebody else will call them back"),
    sources: ['TR-4', 'TR-7'],
  },
  closing: [
    {
      id: 'enquiry-recapped',
      label: 'Enquiry recapped with the caller',
      from: communities(F8, 'Recap the enquiry with the customer to ensure that you have all the details you need to proceed with'),
      sources: ['NA-2'],
    },
    {
      id: 'information-received',
      label: 'Caller has the information they needed',
      say: 'Have you got everything you needed?',
      from: communities(S63, 'Check that the customer has received the required information'),
      sources: ['CL-1'],
    },
    {
      id: 'anything-else',
      label: 'Asked if there is anything else',
      say: 'Is there anything else I can help with?',
      from: communities(F8, 'When you have completed the enquiry, ask if there is anything else they would like help with'),
      sources: ['CL-4'],
    },
    { id: 'call-back-agreed', label: 'Any call-back arranged', from: communities(S63, 'Agree any call-back arrangements'), sources: ['CL-3'] },
    {
      id: 'contact-details-given',
      label: 'Your name and number given, if follow-up is needed',
      from: communities(S63, 'Provide your contact details if any follow-up is required'),
      sources: ['CL-3'],
    },
    {
      id: 'thanked',
      label: 'Thanked the caller',
      say: 'Thank you for calling.',
      from: communities(F8, 'thank them for their enquiry'),
      sources: ['CL-5'],
    },
    {
      id: 'transfer-checked',
      label: 'If transferring: sure of the right person, colleague briefed',
      from: communities(S62, 'Do not transfer a call unless you are certain you know the correct person to transfer it to'),
      sources: ['TR-1', 'TR-2'],
    },
    {
      id: 'transfer-noted',
      label: 'If transferring: noted who you passed the call to',
      from: communities(S62, 'Keep a note of who you have passed calls to in case the customer does have to come back to you personally'),
      sources: ['TR-3'],
    },
  ],
  facts: [
    { id: 'answer-target', text: 'Answer promptly, within 5 rings', from: communities(S61, 'All calls should be answered promptly within 5 rings'), sources: ['SL-1'] },
    // Then its numbers and promises, from ./facts/communities.ts, loaded after the first paint (factsOf).
  ],
  protocols: {
    abusive: {
      procedure: 'abusive-communities',
      note: "Communities 6.7. Record the incident on the Council's Incident Reporting Form ADOR1.",
    },
    selfHarm: {
      procedure: 'self-harm-croydon-plan',
      note: "Communities' standards have no self-harm plan: the guide uses Croydon's six-point plan, with only the referral services that serve callers in Wales.",
    },
  },
  supportPartners: [],
};
