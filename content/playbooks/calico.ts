/**
 * The Calico Group: Appendix 1 C (telephone) sets the answer target, the details to confirm and
 * the call-back times. It has no greeting script, hold rule, abusive-call steps (only F7: abuse
 * may be reported to the police) or self-harm plan: those are shared and say so.
 */
import type { Playbook } from '../schema';

export const calicoPlaybook: Playbook = {
  id: 'calico',
  organisation: { name: 'The Calico Group', greetingName: 'Calico' },
  teams: ['Contact Centre'],
  source: { document: 'Calico Group Customer Care Policy', section: 'Appendix 1 C: When you telephone' },
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
    note: 'Calico\'s policy has no script, only "polite, friendly and helpful": this wording is the guide\'s. "Good evening" is the guide\'s addition.',
  },
  callerDetails: {
    fields: ['name', 'address', 'phone', 'email'],
    sources: ['GR-8', 'GR-9', 'NA-1', 'NA-2'],
  },
  hold: {
    checkInSeconds: 60,
    maxHoldSeconds: 300,
    offerCallBackSeconds: 240,
    basis: 'guide-default',
    note: "Calico's policy sets no hold rules: the guide asks first and checks in (Croydon) and offers a call-back before 5 minutes (Communities).",
    sources: ['HO-1', 'HO-2', 'HO-3', 'HO-4'],
  },
  callBacks: [
    {
      id: 'voicemail',
      label: 'Call-back requests on the Contact Centre voicemail: reply within 15 minutes',
      within: { amount: 15, unit: 'minutes' },
      withinOpeningHours: true,
      sources: ['TR-6'],
    },
    {
      id: 'other-staff',
      label: 'Call-back requests left with other staff: reply within 48 hours',
      within: { amount: 48, unit: 'hours' },
      withinOpeningHours: false,
      sources: ['TR-6'],
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
      id: 'enquiry-resolved',
      label: 'Enquiry answered in full, or passed to the right person or service',
      sources: ['CL-1', 'TR-1'],
    },
    { id: 'timescales', label: 'Caller knows the timescales and what happens next', sources: ['CV-5'] },
    {
      id: 'anything-else',
      label: 'Asked if there is anything else',
      say: 'Is there anything else I can help with?',
      sources: ['CL-4'],
    },
    { id: 'thanked', label: 'Thanked the caller', say: 'Thank you for calling.', sources: ['CL-5'] },
    {
      id: 'transfer-briefed',
      label: "If transferring: colleague briefed, so the caller needn't repeat themselves",
      sources: ['TR-2'],
    },
  ],
  answerTarget: { text: 'Aim: 80% of calls answered within 30 seconds', sources: ['SL-1'] },
  protocols: {
    abusive: {
      protocol: 'abusive-call',
      basis: 'shared',
      note: 'Calico will not tolerate abuse and may report it to the police or another authority (F7), but gives no call steps; this uses Communities 6.7 with Moray 4.4.',
    },
    selfHarm: {
      protocol: 'self-harm',
      basis: 'shared',
      note: "Calico's policy has no self-harm plan; this uses the Croydon six-point plan. Its referral numbers are Croydon-area services.",
    },
  },
  supportPartners: [],
  referralDirectory: 'croydon',
};
