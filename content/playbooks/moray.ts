/**
 * Moray Housing Partnership: the customer care policy gives the greeting word for word (4.2), the
 * message contents, the 24-hour call-back, the office hours and the abusive-call follow-up (4.4).
 * It has no hold rules and no self-harm plan, so those use the guide's defaults and say so.
 */
import type { Playbook } from '../schema';

const GREETING = '{salutation} Moray Housing Partnership, {agent} speaking, how can I help you?';

export const morayPlaybook: Playbook = {
  id: 'moray',
  organisation: { name: 'Moray Housing Partnership', greetingName: 'Moray Housing Partnership' },
  teams: [],
  source: { document: 'Moray Housing Partnership Customer Care Policy', section: '4.2 Telephone Accessibility' },
  greeting: {
    languages: ['en'],
    salutations: {
      morning: { en: 'Good Morning' },
      afternoon: { en: 'Good Afternoon' },
    },
    templates: [
      { callKind: 'new', text: GREETING, sources: ['GR-3', 'GR-2', 'GR-1'] },
      { callKind: 'transferred', text: GREETING, sources: ['GR-3', 'GR-2', 'GR-1'] },
    ],
    note: 'Moray 4.2 uses one greeting for switchboard, direct-dial and transferred calls. It has no evening salutation, so after 18:00 the afternoon one is used.',
  },
  callerDetails: { fields: ['name', 'address', 'phone'], sources: ['GR-7', 'NA-1', 'NA-2', 'PR-1'] },
  hold: {
    checkInSeconds: 60,
    maxHoldSeconds: 300,
    offerCallBackSeconds: 240,
    basis: 'guide-default',
    note: "Moray's policy sets no hold rules: the guide asks first and checks in (Croydon) and offers a call-back before 5 minutes (Communities). Moray 4.2: offer to ring back to save the caller the cost.",
    sources: ['HO-1', 'HO-2', 'HO-3', 'HO-4'],
  },
  callBacks: [
    {
      id: 'within-24-hours',
      label: 'Call back within 24 hours. Give the officer, department and direct line',
      within: { amount: 24, unit: 'hours' },
      withinOpeningHours: false,
      sources: ['TR-6'],
    },
  ],
  message: {
    fields: [
      { id: 'caller-name', label: 'Caller name', required: true },
      { id: 'address', label: 'Address', required: true },
      { id: 'home-number', label: 'Home number', required: true },
      { id: 'mobile-number', label: 'Mobile number', required: true },
      { id: 'nature-of-query', label: 'Nature of query', required: true },
      { id: 'date-time', label: 'Date and time of call', required: true },
      { id: 'information-given', label: 'Information already given', required: true },
    ],
    sayWhenColleagueBack: true,
    sources: ['TR-5'],
  },
  closing: [
    {
      id: 'issues-confirmed',
      label: 'All the issues raised confirmed',
      say: 'Can I check the issues you have raised today?',
      sources: ['CL-2'],
    },
    {
      id: 'agreement-summarised',
      label: 'What was agreed summarised',
      say: "So, what we've agreed is…",
      sources: ['CL-2'],
    },
    {
      id: 'notes-left',
      label: 'Notes show the key points and agreed actions for any officer',
      sources: ['CL-6'],
    },
    {
      id: 'transfer-explained',
      label: 'If transferring: tell the caller, and pass on who is calling and why',
      sources: ['TR-1', 'TR-2'],
    },
  ],
  openingHours: {
    periods: [
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '09:00', closes: '13:00' },
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '14:00', closes: '17:00' },
      { days: ['fri'], opens: '09:00', closes: '13:00' },
    ],
    note: 'Lunch (13:00 to 14:00), after closing, at weekends and in staff training the phones go to the answer machine; messages are emailed on to the right person.',
    sources: ['SL-2'],
  },
  answerTarget: { text: 'Answer within 4 rings (about 15 seconds)', sources: ['SL-1'] },
  protocols: {
    abusive: {
      protocol: 'abusive-call',
      basis: 'own',
      note: 'Moray 4.4: always warn before ending the call, never be rude back, and email a file note to the Line Manager/Director. The step order is Communities 6.7.',
    },
    selfHarm: {
      protocol: 'self-harm',
      basis: 'shared',
      note: "Moray's policy has no self-harm plan; this uses the Croydon six-point plan. Its referral numbers are Croydon-area services.",
    },
  },
  abusiveFollowUp: { ringWithinHours: 24, writeWithinHours: 48, sources: ['AB-12', 'AB-13'] },
  // Moray 4.4, "Callers to the Office": the options the Director may combine, in the policy's order.
  directorOptions: {
    options: [
      'Mark the tenant as a violent subject (server and tenant file)',
      'Ban the tenant from visiting or calling the office',
      'Ban all visits to the customer’s home',
      'Ban sole officer visits to the customer’s home',
      'Commence legal proceedings',
      'Seek an injunction against the tenant',
    ],
    informWithinHours: 48,
    sources: ['AB-14'],
  },
  supportPartners: [],
  referralDirectory: 'croydon',
};
