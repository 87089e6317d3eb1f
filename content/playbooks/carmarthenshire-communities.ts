/**
 * Carmarthenshire Department for Communities: a short bilingual greeting, Welsh first (6.1 and
 * footnote 1), the 5-minute hold limit (6.2), closing (6.3, 8) and its own abusive-call steps
 * (6.7). It has no self-harm plan, so that uses Croydon's and says so.
 */
import type { Playbook } from '../schema';

export const carmarthenshireCommunitiesPlaybook: Playbook = {
  id: 'carmarthenshire-communities',
  organisation: {
    name: 'Carmarthenshire County Council, Department for Communities',
    greetingName: 'Communities Department',
  },
  teams: ['Communities Department'],
  source: {
    document: 'Carmarthenshire Department for Communities Customer Care Standards',
    section: '6 Telephone Calls',
  },
  greeting: {
    languages: ['cy', 'en'],
    salutations: {
      morning: { cy: 'Bore da', en: 'Good morning' },
      afternoon: { cy: 'Prynhawn da', en: 'Good afternoon' },
      evening: { cy: 'Noswaith dda', en: 'Good evening' },
    },
    templates: [
      { callKind: 'new', text: '{salutation}, {team}.', sources: ['GR-4', 'GR-2'] },
      {
        callKind: 'transferred',
        text: '{salutation}, {team}, {agent} speaking. My number is {agentPhone}.',
        sources: ['GR-5', 'GR-4'],
      },
    ],
    note: 'The standard gives only morning and afternoon; the evening pair is the guide\'s addition for late calls. Say "Communities Department" or your team name, whichever helps the caller most; no abbreviations. Friendly but formal.',
  },
  callerDetails: { fields: ['name', 'phone'], sources: ['GR-7', 'GR-6', 'GR-9', 'NA-1', 'NA-2'] },
  hold: {
    checkInSeconds: 60,
    maxHoldSeconds: 300,
    offerCallBackSeconds: 240,
    basis: 'standard',
    note: 'Communities 6.2: no more than 5 minutes on hold; if it will take longer, offer to call back. Use mute or hold when talking to colleagues: the caller may overhear personal data. Asking first and checking in are from Croydon.',
    sources: ['HO-3', 'HO-4', 'HO-1', 'HO-2'],
  },
  callBacks: [
    {
      id: 'agreed-time',
      label: "Call back at the agreed time. If you can't make it, call anyway, explain and agree a new time",
      withinOpeningHours: false,
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
    sources: ['TR-4', 'TR-7'],
  },
  closing: [
    { id: 'enquiry-recapped', label: 'Enquiry recapped with the caller', sources: ['NA-2'] },
    {
      id: 'information-received',
      label: 'Caller has the information they needed',
      say: 'Have you got everything you needed?',
      sources: ['CL-1'],
    },
    {
      id: 'anything-else',
      label: 'Asked if there is anything else',
      say: 'Is there anything else I can help with?',
      sources: ['CL-4'],
    },
    { id: 'call-back-agreed', label: 'Any call-back arranged', sources: ['CL-3'] },
    { id: 'contact-details-given', label: 'Your name and number given, if follow-up is needed', sources: ['CL-3'] },
    { id: 'thanked', label: 'Thanked the caller', say: 'Thank you for calling.', sources: ['CL-5'] },
    {
      id: 'transfer-checked',
      label: 'If transferring: sure of the right person, caller told, colleague briefed',
      sources: ['TR-1', 'TR-2'],
    },
    { id: 'transfer-noted', label: 'If transferring: noted who you passed the call to', sources: ['TR-3'] },
  ],
  answerTarget: { text: 'Answer promptly, within 5 rings', sources: ['SL-1'] },
  protocols: {
    abusive: {
      protocol: 'abusive-call',
      basis: 'own',
      note: "Communities 6.7. Record the incident on the Council's Incident Reporting Form ADOR1.",
    },
    selfHarm: {
      protocol: 'self-harm',
      basis: 'shared',
      note: "Communities' standards have no self-harm plan; this uses the Croydon six-point plan. Its referral numbers are Croydon-area services.",
    },
  },
  supportPartners: [],
  referralDirectory: 'croydon',
};
