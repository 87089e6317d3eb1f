/**
 * The Calico Group: Appendix 1 C (when you telephone) sets the answer target, the details to
 * confirm and the call-back times. It has no greeting script, hold rule, abusive-call steps (only
 * that abuse is reported to the police or other relevant authority) or self-harm plan: those are
 * the guide's defaults and say so.
 */
import { calico, guideDefault, quote } from '../provenance';
import type { Playbook } from '../schema';
import { anythingElse, guideDefaultHold, guideDefaultMessage, guideGreeting, thanked } from './guide-defaults';

const A = 'Appendix 1 A';
const C = 'Appendix 1 C, when you telephone';
const NO_SCRIPT = "Calico's policy gives no greeting script: this wording is the guide's.";
const WHO = "Calico's policy";
const POLITE = quote.calico(A, 'Listen, be polite, friendly, patient, honest and helpful whenever you deal with us.');

export const calicoPlaybook: Playbook = {
  id: 'calico',
  organisation: { name: 'The Calico Group', greetingName: 'Calico' },
  standard: 'calico',
  location: {
    nation: 'england',
    areas: ['lancashire'],
    description: 'Lancashire, England',
    from: calico(
      '9.0 Regulatory and Legal Compliance',
      'Lancashire County Council Supporting People Quality Assessment Framework',
      quote.calico('9.0 Regulatory and Legal Compliance', 'the regulation of social housing providers in England'),
    ),
  },
  teams: ['Contact Centre'],
  greeting: guideGreeting(
    guideDefault(NO_SCRIPT, POLITE),
    "Calico's policy asks staff to be polite, friendly and helpful, with no script: this wording and \"Good evening\" are the guide's.",
  ),
  callerDetails: {
    fields: ['name', 'address', 'phone', 'email'],
    from: calico(C, 'Ask you to confirm your name, address, telephone and email details.'),
    sources: ['GR-8', 'NA-1', 'NA-2'],
  },
  hold: guideDefaultHold(WHO),
  callBacks: [
    {
      id: 'voicemail',
      label: 'Call-back requests on the Contact Centre voicemail: reply within 15 minutes',
      within: { amount: 15, unit: 'minutes' },
      withinOpeningHours: true,
      from: calico(C, 'Reply to any call back requests, left on the Contact Centre voicemail, within 15 minutes.'),
      sources: ['TR-6'],
    },
    {
      id: 'other-staff',
      label: 'Call-back requests left with other staff: reply within 48 hours',
      within: { amount: 48, unit: 'hours' },
      withinOpeningHours: false,
      from: calico(C, 'Reply to any call back requests left with non-Contact Centre staff within 48 hours.'),
      sources: ['TR-6'],
    },
    {
      id: 'own-voicemail',
      label: 'A message on your own voicemail: respond by the next working day',
      within: { amount: 1, unit: 'working-days' },
      withinOpeningHours: true,
      from: calico('Appendix 2, Internal Customer Service Standards', 'Responding to voicemail messages by the next working day'),
      sources: ['TR-6'],
    },
  ],
  message: guideDefaultMessage(WHO),
  closing: [
    {
      id: 'enquiry-resolved',
      label: 'Enquiry answered in full, or passed to the right person or service',
      from: calico(C, 'If we cannot fully resolve your enquiry at the first point of contact, we will pass you onto the right person or service that can.'),
      sources: ['CL-1', 'TR-1'],
    },
    {
      id: 'timescales',
      label: 'Caller knows the timescales and what happens next',
      from: calico(A, 'Keep you informed on our timescales and the progress of your enquiry.'),
      sources: ['CV-5'],
    },
    anythingElse(WHO),
    thanked(WHO, POLITE),
    {
      id: 'transfer-briefed',
      label: "If transferring: colleague briefed, so the caller needn't repeat themselves",
      from: guideDefault(
        "Calico's policy does not say this: the guide's default, from Croydon's standard.",
        quote.croydon('Internal Customers', 'We will complete warm handovers, where possible'),
      ),
      sources: ['TR-2'],
    },
  ],
  facts: [
    {
      id: 'answer-target',
      text: 'Head office: aim to answer 80% of calls within 30 seconds',
      from: calico(C, 'Aim to answer 80% of calls within 30 seconds.'),
      sources: ['SL-1'],
    },
    // Then its numbers and promises, from ./facts/calico.ts, loaded after the first paint (factsOf).
  ],
  protocols: {
    abusive: {
      procedure: 'abusive-calico',
      note: "Calico's policy says it will not tolerate abuse and reports incidents to the police or other relevant authority, but gives no call steps: these are the guide's default steps.",
    },
    selfHarm: {
      procedure: 'self-harm-croydon-plan',
      note: "Calico's policy has no self-harm plan: the guide uses Croydon's six-point plan, with only the referral services that serve Calico's callers.",
    },
  },
  supportPartners: [],
};
