/**
 * Croydon Repairs Contact Centre: the CSA promise (greet warmly, give your name, NATO phonetics,
 * ask before holding and check in), the service levels and hours, and its own six-point
 * self-harm plan. It has no greeting script, hold times or abusive-call procedure: those are the
 * guide's and say so.
 */
import { croydon, guideDefault, quote } from '../provenance';
import type { Playbook } from '../schema';
import { guideHoldBasis } from '../hold-defaults';
import { guideDefaultMessage, guideGreeting, guideHoldTimings } from './guide-defaults';

const CSA = 'CSA promise';
const PROMISE = 'Our promise';
const LEVELS = 'Our Service Levels';
const NO_SCRIPT = "Croydon's standard gives no greeting script: this wording is the guide's, to give your name and greet warmly.";

export const croydonRepairsPlaybook: Playbook = {
  id: 'croydon-repairs',
  organisation: { name: 'Croydon Council Repairs Contact Centre', greetingName: 'Croydon Council' },
  standard: 'croydon',
  location: {
    nation: 'england',
    areas: ['croydon'],
    description: 'London Borough of Croydon, England',
    from: croydon('Our values', 'We make the most of the many perspectives that make Croydon distinctive.'),
  },
  teams: ['Repairs Contact Centre'],
  greeting: guideGreeting(
    guideDefault(NO_SCRIPT, quote.croydon(CSA, 'I will always give my name and I warmly greet our residents')),
    "Croydon's standard asks you to give your name and greet warmly, with no script: this wording and \"Good evening\" are the guide's.",
  ),
  callerDetails: {
    fields: ['name', 'address', 'phone'],
    from: croydon(CSA, 'I will use NATO phonetics to check spellings and repeat information back to residents'),
    sources: ['GR-7', 'NA-1', 'NA-2'],
  },
  hold: {
    ...guideHoldTimings,
    from: {
      checkIn: guideDefault('Croydon asks you to check in frequently but sets no interval: every minute is the guide’s default.', guideHoldBasis.checkIn),
      offerCallBack: guideDefault("Croydon sets no hold limit: the guide offers a call-back a minute before its 5-minute default."),
      maxHold: guideDefault("Croydon sets no hold limit: 5 minutes is the guide's default, from Communities' standard.", guideHoldBasis.maxHold),
    },
    note: "Croydon: ask the caller's approval before holding and check in frequently. The times are the guide's defaults.",
    sources: ['HO-1', 'HO-2', 'HO-3', 'HO-4'],
  },
  callBacks: [
    {
      id: 'agreed-time',
      label: 'Call back when agreed, and touch base to update the caller on any delay',
      withinOpeningHours: false,
      from: croydon(PROMISE, 'We will touch base with our customers to update them as to where we are in the process'),
      sources: ['CV-5'],
    },
  ],
  message: guideDefaultMessage(
    "Croydon's standard",
    quote.communities('6.2', "offer an apology and take the caller's name and telephone number and agree a time when either you or somebody else will call them back"),
    ['TR-4', 'TR-2'],
  ),
  closing: [
    {
      id: 'read-back',
      label: 'Details read back and enquiry recapped',
      from: croydon(CSA, 'I will use NATO phonetics to check spellings and repeat information back to residents'),
      sources: ['NA-2'],
    },
    {
      id: 'next-steps',
      label: 'Next steps and normal timescale explained',
      from: croydon(CSA, 'I will keep residents informed and signpost the next steps'),
      sources: ['CV-5'],
    },
    {
      id: 'agreement',
      label: 'Caller agrees the actions or appointment',
      from: croydon(CSA, 'I will seek agreement with actions and/or when arranging appointments with residents'),
      sources: ['CV-5'],
    },
    {
      id: 'understood',
      label: 'Key messages understood',
      from: croydon(CSA, 'I will deliver difficult messages sensitively and ensure that key messages have been understood'),
      sources: ['CV-4'],
    },
    {
      id: 'finished-courteously',
      label: 'Finished courteously',
      say: 'Thank you for calling.',
      from: croydon(PROMISE, 'We will finish our encounters with our customers in a courteous and professional way'),
      sources: ['CL-5'],
    },
    {
      id: 'warm-handover',
      label: "If transferring: warm handover, so the resident needn't repeat themselves",
      from: croydon('Internal Customers', 'We will complete warm handovers, where possible, providing relevant information so that our residents do not have to repeat themselves'),
      sources: ['TR-2'],
    },
  ],
  openingHours: {
    periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }],
    note: 'The standard gives 8:00 am to 18:00 but not the days: weekdays are the guide’s assumption. Out of hours, calls are handled by the contractor Wates.',
    from: croydon('Operational hours', '8:00 am – 18:00 pm'),
    sources: ['SL-2'],
  },
  facts: [
    { id: 'answer-target', text: 'Aim: 80% of calls answered within 20 seconds', from: croydon(LEVELS, 'We aim to answer 80% of all calls within 20 seconds'), sources: ['SL-1'] },
    {
      id: 'out-of-hours',
      text: 'Out of hours: the service is provided by Wates',
      from: croydon('Out of hours', 'Our Out of hours service will be provided by Wates'),
      sources: ['SL-2'],
    },
    // Then its numbers and promises, from ./facts/croydon.ts, loaded after the first paint (factsOf).
  ],
  protocols: {
    abusive: {
      procedure: 'abusive-guide-default',
      note: "Croydon's standards give no abusive-call procedure: these are the guide's default steps.",
    },
    selfHarm: {
      procedure: 'self-harm-croydon',
      note: "Croydon's local six-point plan for declarations of intention to attempt suicide or self-harm.",
    },
  },
  supportPartners: [],
};
