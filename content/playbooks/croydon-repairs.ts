/**
 * Croydon Repairs Contact Centre: the CSA promise (greet warmly, give your name, NATO phonetics,
 * ask before holding), the service levels and hours, and its own six-point self-harm plan. It
 * has no greeting script, hold limit or abusive-call procedure: those are the guide's and say so.
 */
import type { Playbook } from '../schema';

export const croydonRepairsPlaybook: Playbook = {
  id: 'croydon-repairs',
  organisation: { name: 'Croydon Council Repairs Contact Centre', greetingName: 'Croydon Council' },
  teams: ['Repairs Contact Centre'],
  source: {
    document: 'Croydon Repairs Contact Centre Standards',
    section: 'We communicate with impact: CSA promise',
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
        text: '{salutation}, {organisation} {team}, {agent} speaking. How can I help?',
        sources: ['GR-1', 'GR-2'],
      },
      {
        callKind: 'transferred',
        text: '{salutation}, {team}, {agent} speaking. How can I help?',
        sources: ['GR-1', 'GR-2'],
      },
    ],
    note: 'Croydon\'s standard has no script, only "give your name and greet warmly": this wording is the guide\'s. "Good evening" is the guide\'s addition.',
  },
  callerDetails: { fields: ['name', 'address', 'phone'], sources: ['GR-7', 'NA-1', 'NA-2'] },
  hold: {
    checkInSeconds: 60,
    maxHoldSeconds: 300,
    offerCallBackSeconds: 240,
    basis: 'guide-default',
    note: "Croydon: ask the caller's approval before holding and check in frequently. The standard sets no time limit: the guide uses Communities' 5 minutes, offering a call-back first.",
    sources: ['HO-1', 'HO-2', 'HO-3', 'HO-4'],
  },
  callBacks: [
    {
      id: 'agreed-time',
      label: 'Call back when agreed, and touch base to update the caller on any delay',
      withinOpeningHours: false,
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
    sources: ['TR-4', 'TR-2'],
  },
  closing: [
    { id: 'read-back', label: 'Details read back and enquiry recapped', sources: ['NA-2'] },
    { id: 'next-steps', label: 'Next steps and normal timescale explained', sources: ['CV-5'] },
    { id: 'agreement', label: 'Caller agrees the actions or appointment', sources: ['CV-5'] },
    { id: 'understood', label: 'Key messages understood', sources: ['CV-4'] },
    { id: 'finished-courteously', label: 'Finished courteously', say: 'Thank you for calling.', sources: ['CL-5'] },
    {
      id: 'warm-handover',
      label: "If transferring: warm handover, so the resident needn't repeat themselves",
      sources: ['TR-2'],
    },
  ],
  openingHours: {
    periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }],
    note: 'The standard gives 8:00 am to 18:00 but not the days: weekdays assumed. Out of hours, calls are handled by the contractor Wates.',
    sources: ['SL-2'],
  },
  answerTarget: { text: 'Aim: 80% of calls answered within 20 seconds', sources: ['SL-1'] },
  protocols: {
    abusive: {
      protocol: 'abusive-call',
      basis: 'shared',
      note: "Croydon's standards have no abusive-call procedure; this uses Communities 6.7 with Moray 4.4.",
    },
    selfHarm: {
      protocol: 'self-harm',
      basis: 'own',
      note: "Croydon's local six-point plan for declarations of intention to attempt suicide or self-harm.",
    },
  },
  supportPartners: [],
  referralDirectory: 'croydon',
};
