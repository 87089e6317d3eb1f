/**
 * Longhurst & Havelok Homes: a short set of promises ("let you know who you are speaking to",
 * "be realistic") and response times. It has no greeting script, hold rule, abusive-call steps
 * (only that abuse is not tolerated) or self-harm plan: those are the guide's defaults and say so.
 * It does not say where its callers are.
 */
import { guideDefault, longhurst, quote } from '../provenance';
import type { Playbook } from '../schema';
import { anythingElse, guideDefaultHold, guideDefaultMessage, guideGreeting, thanked } from './guide-defaults';

const PROMISE = 'Our promise to you';
const TIMES = 'Response times';
const NO_SCRIPT = "Longhurst's standard gives no greeting script: this wording is the guide's, so the caller knows who they are speaking to.";
const OWN = "Longhurst's standard";
const WHO = quote.longhurst(PROMISE, 'We will let you know who you are speaking to when you contact us.');

export const longhurstHavelokPlaybook: Playbook = {
  id: 'longhurst-havelok',
  organisation: { name: 'Longhurst & Havelok Homes', greetingName: 'Longhurst & Havelok Homes' },
  standard: 'longhurst',
  location: {
    areas: [],
    description: "Not stated in Longhurst's standard",
    from: guideDefault(
      "Longhurst's standard does not say where its callers are: only services that serve the whole UK are offered until the organisation sets its area in Settings.",
    ),
  },
  teams: ['Contact Centre'],
  greeting: guideGreeting(
    guideDefault(NO_SCRIPT, WHO),
    'Longhurst promises to be friendly and to say who you are, with no script: this wording and "Good evening" are the guide\'s.',
    '{salutation}, {organisation}, {agent} speaking. How can I help?',
  ),
  callerDetails: {
    fields: ['name', 'address', 'phone'],
    from: guideDefault("Longhurst's standard lists no details to take: name, address and phone are the guide's default."),
    sources: ['GR-7', 'NA-1', 'NA-2'],
  },
  hold: guideDefaultHold(OWN),
  callBacks: [
    {
      id: 'answer-machine',
      label: 'Messages on the contact centre answer machine: respond within one working day',
      within: { amount: 1, unit: 'working-days' },
      withinOpeningHours: true,
      from: longhurst(TIMES, 'We will respond to messages left on the contact centre answer machine within one working day.'),
      sources: ['TR-6'],
    },
    {
      id: 'passed-on-urgent',
      label: 'Call passed to another team, urgent: acknowledged within one working day',
      within: { amount: 1, unit: 'working-days' },
      withinOpeningHours: true,
      from: longhurst(TIMES, 'Where your call is passed onto another team, we will acknowledge your call within 3 working days, or within one working day, if it is urgent.'),
      sources: ['SL-8'],
    },
    {
      id: 'passed-on',
      label: 'Call passed to another team: acknowledged within 3 working days',
      within: { amount: 3, unit: 'working-days' },
      withinOpeningHours: true,
      from: longhurst(TIMES, 'Where your call is passed onto another team, we will acknowledge your call within 3 working days'),
      sources: ['SL-8'],
    },
    {
      id: 'asb-urgent',
      label: 'New report of antisocial behaviour, urgent: within one day',
      within: { amount: 24, unit: 'hours' },
      withinOpeningHours: false,
      from: longhurst(TIMES, 'For new reports of antisocial behaviour the priority will be within one day for urgent, and within 5 days for non-urgent calls.'),
      sources: ['SL-8'],
    },
    {
      id: 'asb-non-urgent',
      label: 'New report of antisocial behaviour, not urgent: within 5 days',
      within: { amount: 120, unit: 'hours' },
      withinOpeningHours: false,
      from: longhurst(TIMES, 'For new reports of antisocial behaviour the priority will be within one day for urgent, and within 5 days for non-urgent calls.'),
      sources: ['SL-8'],
    },
  ],
  message: guideDefaultMessage(OWN),
  closing: [
    {
      id: 'information-received',
      label: 'Caller has the information they needed',
      say: 'Have you got everything you needed?',
      from: guideDefault("Longhurst's standard does not say this: the guide's default, from Communities' standard.", quote.communities('6.3', 'Check that the customer has received the required information')),
      sources: ['CL-1'],
    },
    { id: 'reasons-explained', label: 'Reasons for any decision explained', from: longhurst(PROMISE, 'Explain the reasons for our decisions.'), sources: ['OR-5'] },
    { id: 'realistic', label: 'Only promised what can be kept', from: longhurst(PROMISE, 'Be realistic and not make promises to you that we cannot keep.'), sources: ['OR-5'] },
    anythingElse(OWN),
    thanked(OWN, quote.longhurst(PROMISE, 'Be friendly and approachable so that you feel able to contact us.')),
    {
      id: 'transfer-checked',
      label: 'If transferring: sure of the right person, caller told, colleague briefed',
      from: guideDefault(
        "Longhurst's standard does not say this: the guide's default, from Communities' standard.",
        quote.communities('6.2', 'Do not transfer a call unless you are certain you know the correct person to transfer it to'),
      ),
      sources: ['TR-1', 'TR-2'],
    },
  ],
  facts: [
    {
      id: 'answer-target',
      text: 'Aim: answer within 60 seconds or less; lost or abandoned calls 7% or less',
      from: longhurst(TIMES, 'Our contact centre aims to answer calls within 60 seconds or less, and keep lost or abandoned calls to 7% or less of all calls received.'),
      sources: ['SL-1', 'SL-5'],
    },
    // Then its numbers and promises, from ./facts/longhurst.ts, loaded after the first paint (factsOf).
  ],
  protocols: {
    abusive: {
      procedure: 'abusive-longhurst',
      note: "Longhurst's standard says it will not tolerate abusive or aggressive behaviour, but gives no call steps: these are the guide's default steps.",
    },
    selfHarm: {
      procedure: 'self-harm-croydon-plan',
      note: "Longhurst's standards have no self-harm plan: the guide uses Croydon's six-point plan, with only the referral services that serve Longhurst's callers.",
    },
  },
  supportPartners: [],
};
