/**
 * Longhurst & Havelok Homes: a short set of promises ("let you know who you are speaking to",
 * "be realistic") and response times. It has no greeting script, hold rule, abusive-call steps
 * or self-harm plan: those are shared and say so.
 */
import type { Playbook } from '../schema';

export const longhurstHavelokPlaybook: Playbook = {
  id: 'longhurst-havelok',
  organisation: { name: 'Longhurst & Havelok Homes', greetingName: 'Longhurst & Havelok Homes' },
  teams: ['Contact Centre'],
  source: {
    document: 'Longhurst & Havelok Homes Service Standards',
    section: 'Customer Service: Our promise to you; Response times',
  },
  greeting: {
    languages: ['en'],
    salutations: {
      morning: { en: 'Good morning' },
      afternoon: { en: 'Good afternoon' },
      evening: { en: 'Good evening' },
    },
    templates: [
      {
        callKind: 'new',
        text: '{salutation}, {organisation}, {agent} speaking. How can I help?',
        sources: ['GR-1', 'GR-2'],
      },
      {
        callKind: 'transferred',
        text: '{salutation}, {team}, {agent} speaking. How can I help?',
        sources: ['GR-1', 'GR-2'],
      },
    ],
    note: 'Longhurst promises to be friendly and say who you are, but gives no script: this wording is the guide\'s. "Good evening" is the guide\'s addition.',
  },
  callerDetails: { fields: ['name', 'address', 'phone'], sources: ['GR-7', 'NA-1', 'NA-2'] },
  hold: {
    checkInSeconds: 60,
    maxHoldSeconds: 300,
    offerCallBackSeconds: 240,
    basis: 'guide-default',
    note: "Longhurst's standards set no hold rules: the guide asks first and checks in (Croydon) and offers a call-back before 5 minutes (Communities).",
    sources: ['HO-1', 'HO-2', 'HO-3', 'HO-4'],
  },
  callBacks: [
    {
      id: 'answer-machine',
      label: 'Messages on the contact centre answer machine: respond within one working day',
      within: { amount: 1, unit: 'working-days' },
      withinOpeningHours: true,
      sources: ['TR-6'],
    },
    {
      id: 'passed-on-urgent',
      label: 'Call passed to another team, urgent: acknowledged within one working day',
      within: { amount: 1, unit: 'working-days' },
      withinOpeningHours: true,
      sources: ['CV-5'],
    },
    {
      id: 'passed-on',
      label: 'Call passed to another team: acknowledged within 3 working days (new non-urgent antisocial behaviour: 5 days)',
      within: { amount: 3, unit: 'working-days' },
      withinOpeningHours: true,
      sources: ['CV-5'],
    },
  ],
  message: {
    fields: [
      { id: 'caller-name', label: 'Caller name', required: true },
      { id: 'phone', label: 'Phone number', required: true },
      { id: 'reason', label: 'What the call is about', required: true },
      { id: 'call-back-time', label: 'Agreed call-back time', required: true },
      { id: 'contact-point', label: 'Contact point given to the caller', required: true },
    ],
    sayWhenColleagueBack: false,
    sources: ['TR-4'],
  },
  closing: [
    {
      id: 'information-received',
      label: 'Caller has the information they needed',
      say: 'Have you got everything you needed?',
      sources: ['CL-1'],
    },
    { id: 'reasons-explained', label: 'Reasons for any decision explained', sources: ['CV-5'] },
    { id: 'realistic', label: 'Only promised what can be kept', sources: ['CV-5'] },
    {
      id: 'anything-else',
      label: 'Asked if there is anything else',
      say: 'Is there anything else I can help with?',
      sources: ['CL-4'],
    },
    { id: 'thanked', label: 'Thanked the caller', say: 'Thank you for calling.', sources: ['CL-5'] },
    {
      id: 'transfer-checked',
      label: 'If transferring: sure of the right person, caller told, colleague briefed',
      sources: ['TR-1', 'TR-2'],
    },
  ],
  answerTarget: { text: 'Aim: answer within 60 seconds', sources: ['SL-1'] },
  protocols: {
    abusive: {
      protocol: 'abusive-call',
      basis: 'shared',
      note: 'Longhurst will not tolerate abusive or aggressive behaviour but gives no call steps; this uses Communities 6.7 with Moray 4.4.',
    },
    selfHarm: {
      protocol: 'self-harm',
      basis: 'shared',
      note: "Longhurst's standards have no self-harm plan; this uses the Croydon six-point plan. Its referral numbers are Croydon-area services.",
    },
  },
  supportPartners: [],
  referralDirectory: 'croydon',
};
