/**
 * Moray Housing Partnership: the customer care policy gives the greeting word for word (4.2), the
 * message contents, the 24-hour call-back, the office hours, and its own abusive-call procedure
 * with the line manager's follow-up and the report for the Director (4.4). It has no hold rules
 * and no self-harm plan: those are the guide's defaults and say so.
 */
import { guideDefault, moray, quote } from '../provenance';
import type { Playbook } from '../schema';
import { guideDefaultHold } from './guide-defaults';

const GREETING = '{salutation} Moray Housing Partnership, {agent} speaking, how can I help you?';
const OWN = "Moray's policy";
const S42 = '4.2 Telephone Accessibility';
const S44 = '4.4 Dealing with Rude or Aggressive Customers';
const SCRIPT = moray(S42, 'Good Morning/Good Afternoon Moray Housing Partnership, <NAME> speaking, how can I help you?');

export const morayPlaybook: Playbook = {
  id: 'moray',
  organisation: { name: 'Moray Housing Partnership', greetingName: 'Moray Housing Partnership' },
  standard: 'moray',
  location: {
    nation: 'scotland',
    areas: ['moray'],
    description: 'Moray, Scotland',
    from: moray('Aims', 'help meet housing needs within Moray'),
  },
  teams: [],
  greeting: {
    languages: ['en'],
    salutations: {
      morning: { en: 'Good Morning' },
      afternoon: { en: 'Good Afternoon' },
    },
    salutationsFrom: SCRIPT,
    templates: [
      { callKind: 'new', text: GREETING, from: SCRIPT, sources: ['GR-3', 'GR-2', 'GR-1'] },
      { callKind: 'transferred', text: GREETING, from: SCRIPT, sources: ['GR-3', 'GR-2', 'GR-1'] },
    ],
    note: 'Moray 4.2 uses one greeting for switchboard, direct-dial and transferred calls. It has no evening salutation, so after 18:00 the afternoon one is used.',
  },
  callerDetails: {
    fields: ['name', 'address', 'phone'],
    from: moray('4.11 Confidentiality', 'the customer will be informed of the reason why the data is being collected'),
    sources: ['GR-7', 'NA-1', 'NA-2', 'PR-1'],
  },
  hold: guideDefaultHold(OWN, {
    offerCallBack: guideDefault(
      "Moray's policy sets no hold rules. It does say to offer to ring back straight away, to save the caller the cost: the guide prompts it again a minute before 5 minutes.",
      quote.moray(S42, 'Once aware of the issue, staff will offer to ring the client back straight away to avoid cost to the customer/tenant.'),
    ),
    note: "Moray's policy sets no hold rules: the times are the guide's defaults. Moray 4.2: once you know what the call is about, offer to ring back straight away to save the caller the cost.",
  }),
  callBacks: [
    {
      id: 'within-24-hours',
      label: "Call back within 24 hours. Give the officer's name, designation, department and direct line number",
      within: { amount: 24, unit: 'hours' },
      withinOpeningHours: false,
      from: moray(
        S42,
        'If a caller needs to be called back, details of the officer, their designation, department and direct line number will be provided, and we will ensure that they are called back within 24 hours.',
      ),
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
    from: moray(S42, 'Each message will include the following:'),
    sources: ['TR-5'],
  },
  closing: [
    {
      id: 'issues-confirmed',
      label: 'All the issues raised confirmed',
      say: 'Can I check the issues you have raised today?',
      from: moray(S42, 'confirm all the issues that have been raised.'),
      sources: ['CL-2'],
    },
    {
      id: 'agreement-summarised',
      label: 'What was agreed summarised',
      say: "So, what we've agreed is…",
      from: moray(S42, 'summarise what has been agreed.'),
      sources: ['CL-2'],
    },
    {
      id: 'notes-left',
      label: 'Notes show the key points and agreed actions for any officer',
      from: moray(
        S42,
        'Sufficient notes of a conversation will be taken, so that any other officer dealing with the case can see the key points raised by the customer, and any agreed actions or outcomes.',
      ),
      sources: ['CL-6'],
    },
    {
      id: 'transfer-explained',
      label: 'If transferring: tell the caller, and pass on who is calling and why',
      from: moray(S42, 'Details of who the caller is and what the call is about will be passed on to the other member of staff.'),
      sources: ['TR-1', 'TR-2'],
    },
  ],
  openingHours: {
    periods: [
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '09:00', closes: '13:00' },
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '14:00', closes: '17:00' },
      { days: ['fri'], opens: '09:00', closes: '13:00' },
    ],
    note: 'Lunch (13:00 to 14:00), after closing, at weekends and in staff training the phones go to the answer machine; its messages are e-mailed at once to the right person.',
    from: moray(
      '4.1 Opening and Reception',
      '9am to 5pm Monday to Thursday',
      quote.moray('4.1 Opening and Reception', '9am – 1pm Friday'),
      quote.moray(S42, 'At lunchtime (1-2pm), at 5pm on weekdays, during staff training periods and during weekends, when the offices are closed, the telephones are diverted to the Answer Machine.'),
    ),
    sources: ['SL-2'],
  },
  facts: [
    {
      id: 'answer-target',
      text: 'Answer within 4 rings (about 15 seconds), at the switchboard and at extensions',
      from: moray(S42, 'During opening hours calls will be answered within 4 rings (about 15 seconds), both at the switchboard and at individual extensions.'),
      sources: ['SL-1'],
    },
    // Then its numbers and promises, from ./facts/moray.ts, loaded after the first paint (factsOf).
  ],
  protocols: {
    abusive: {
      procedure: 'abusive-moray',
      note: 'Moray 4.4: warn first, then end the call; a file note goes to the Line Manager/Director, and the line manager contacts the caller.',
    },
    selfHarm: {
      procedure: 'self-harm-croydon-plan',
      note: "Moray's policy has no self-harm plan: the guide uses Croydon's six-point plan, with only the referral services that serve callers in Scotland.",
    },
  },
  abusiveFollowUp: {
    ringWithinHours: 24,
    writeWithinHours: 48,
    confirms: [
      'Why the conversation was ended',
      'That it is not appropriate to deal with staff in this way',
      'That they will be happy to deal with the query, provided the caller is not rude, threatening or abusive',
    ],
    from: moray(S44, 'ring the customer within 24 hours or will write within 48 hours if there is no telephone number to confirm:'),
    sources: ['AB-12', 'AB-13'],
  },
  // 4.4, "Persistent rude, threatening or violent behaviour from a customer": the options the
  // Director may combine, in the policy's order.
  directorReport: {
    overMonths: 3,
    options: [
      "Mark the tenant's file (on the server and the tenant file) as a violent subject",
      'Ban the tenant from visiting or calling the office',
      'Ban all visits to the customer’s home',
      'Ban sole officer visits to the customer’s home',
      'Commence legal proceedings',
      'Seek an injunction against the tenant',
    ],
    informWithinHours: 48,
    from: moray(S44, 'Where a customer is deemed to have repeated rude or threatening behaviour over a period of 3 months'),
    sources: ['AB-14', 'AB-17'],
  },
  supportPartners: [],
};
