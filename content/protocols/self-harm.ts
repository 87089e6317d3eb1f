/**
 * Declarations of intent to attempt suicide or self-harm: Croydon's local six-point plan, steps
 * 1 to 6 in the plan's order, with its "managing the conversation" do and don't lists. Only
 * Croydon's standard has such a plan: the other playbooks use it as the guide's default, and the
 * panel says so beside every line. Croydon's own copy adds the consultation at the ASC front door,
 * a Croydon service. The referral numbers live in the referral list (content/referrals/), offered
 * only to callers each service serves.
 */
import { croydon } from '../provenance';
import type { ChecklistItem, Protocol, ProtocolStep, StepInput } from '../schema';

const plan = (step: number) => `Six-point plan, step ${step}`;
const CONVERSATION = 'Managing the conversation with the customer';

/** One of step 3's questions, answered in place: the answer is the record that it was asked. */
const ask = (id: string, label: string, say: string, quote: string, kind: 'text' | 'longtext' = 'text', prominent = false): StepInput => ({
  id,
  label,
  kind,
  ...(prominent ? { prominent } : {}),
  say,
  from: croydon(plan(3), quote),
  sources: ['SH-3'],
});

/** A box to tick, in the plan's words for step `step` (SH-`step` unless `sources` says more). */
const check = (id: string, label: string, step: number, quote: string, sources = [`SH-${step}`]): ChecklistItem => ({
  id,
  label,
  from: croydon(plan(step), quote),
  sources,
});

const reviewChecklist: ChecklistItem[] = [
  check('sh-recorded', 'Incident recorded', 6, 'Record the incident as soon as possible.'),
  check('sh-discussed', 'Discussed with your line manager', 6, 'Discuss the incident with your line manager.'),
];

const steps = (croydonOwn: boolean): ProtocolStep[] => [
  {
    id: 'sh-take-seriously',
    kind: 'plain',
    title: 'Take it seriously',
    action: 'Stop what you are doing and give the caller your full attention. Stay calm and listen carefully.',
    say: ["Thank you for telling me. I'm listening."],
    checklist: [
      check('sh-stopped', 'Stopped everything else: full attention', 1, 'Stop what you are doing - give the customer your full attention'),
      check('sh-calm', 'Calm, listening carefully', 1, 'Remain calm and listen carefully.'),
    ],
    inputs: [],
    phase: 'call',
    from: croydon(plan(1), 'Take the statement seriously'),
    sources: ['SH-1'],
  },
  {
    id: 'sh-support-partner',
    kind: 'support-partner',
    title: 'Get a support partner',
    action: 'Alert a colleague to be your support partner: they find numbers and witness the call. Do not put the caller on hold.',
    say: ["I'm staying right here with you."],
    checklist: [
      check('sh-not-on-hold', 'Caller NOT on hold', 2, 'If the customer is on the phone - Do not put them on hold', ['HO-5', 'SH-2']),
      check('sh-partner-alerted', 'Colleague alerted as support partner', 2, 'Summon help by alerting a colleague'),
      check('sh-partner-role', 'Partner is finding numbers and witnessing the call', 2, 'Support partner will assist by finding contact numbers and witnessing the conversation'),
    ],
    inputs: [],
    phase: 'call',
    from: croydon(plan(2), 'Summon a colleague to act as a support partner'),
    sources: ['SH-2', 'HO-5'],
  },
  {
    id: 'sh-gather-information',
    kind: 'gather',
    title: 'Gather information',
    action: 'Talk with the caller to gauge the risk. Write down where they are and any plan to go elsewhere.',
    say: [],
    checklist: [],
    // The plan's questions in its order, each answered where it is asked.
    inputs: [
      ask('plans', 'Specific plans? What are they?', 'Have you made any plans? Can you tell me about them?', 'Do they have specific plans? What are they?', 'longtext'),
      ask('imminent', 'How soon?', 'When are you thinking of doing this?', 'How imminent are they?'),
      ask('means', 'Means to hand?', 'Do you have anything with you to do it?', 'Do they have the means to carry out their plans to hand?'),
      ask('action-taken', 'Action already taken? What and when?', 'Have you done anything already? What, and when?', 'Have they already taken action? If so, find out what and when?', 'longtext'),
      ask('before', 'Harmed themselves before?', 'Have you tried to hurt yourself before?', 'Have they tried to harm themselves before?'),
      ask('treatment', 'Treatment, past or current?', 'Have you had, or are you having, any treatment?', 'Have they received treatment or are they currently receiving treatment?'),
      ask('location', 'Where the caller is', 'Where are you right now?', 'Where is the customer?', 'text', true),
      ask('plans-elsewhere', 'Going anywhere else?', 'Are you planning to go anywhere else?', 'Do they intend to go anywhere else?'),
      ask('alone', 'Alone, or someone with them?', 'Is anyone with you at the moment?', 'Are they alone or Is there someone else with them?'),
    ],
    phase: 'call',
    from: croydon(plan(3), "Record key information such as the customer's location and any plans they have to go elsewhere to harm themselves."),
    sources: ['SH-3'],
  },
  {
    id: 'sh-referral-advice',
    kind: 'referrals',
    title: 'Not urgent: referral advice',
    action:
      'Distress, but no immediate plans or means: encourage or help them to contact their GP or Community Mental Health Team straight away, and give referral numbers.',
    say: [
      'Could you contact your GP or Community Mental Health Team straight away? I can help you with that.',
      'There are people you can talk to right now. Can I give you some numbers?',
    ],
    checklist: [
      check('sh-gp-cmht', 'Encouraged to contact their GP or Community Mental Health Team straight away', 4, 'Encourage or help the customer to seek help from GP or Community Mental Health Team immediately.'),
      check('sh-care-coordinator', 'Under a Community Mental Health Team? Contact their Care Coordinator or Duty Worker', 4, 'If they are with a Community Mental Health Team contact their Care Coordinator or Duty Worker'),
      check('sh-numbers-given', 'Referral numbers given', 4, 'Provide referral advice'),
    ],
    inputs: [],
    phase: 'call',
    from: croydon(plan(4), 'if the situation is non-urgent, e.g., general distress but no immediate plans or means to attempt suicide or self-harm'),
    sources: ['SH-4'],
  },
  {
    id: 'sh-emergency',
    kind: 'emergency',
    title: 'Serious risk or immediate danger: dial 999',
    action:
      'At serious risk or in immediate danger: dial 999 without delay. You do not need consent, but tell the caller what you are doing and why.',
    say: ["I'm worried about your safety, so I'm calling the emergency services to get you help now."],
    checklist: [
      check('sh-dialled-999', '999 called, no delay', 5, 'Do not delay in contacting the emergency services if you think this is appropriate.'),
      check('sh-told-caller', 'Caller told what you are doing and why', 5, "You do not need the customer's consent to contact the emergency services - but you should tell the customer what you are going to do and why."),
      check('sh-location-given', "Emergency services given the caller's location and other details", 5, "Tell the emergency services the customer's location and any other relevant details you have uncovered."),
    ],
    inputs: [],
    phase: 'call',
    from: croydon(plan(5), 'Summon Emergency help - customer is distressed at serious risk or in immediate danger'),
    sources: ['SH-5'],
  },
  {
    id: 'sh-review',
    kind: 'record',
    title: 'Review',
    action: croydonOwn
      ? 'Record the incident as soon as possible and discuss it with your line manager. If needed, consult the mental health expert practitioner at the ASC front door.'
      : 'Record the incident as soon as possible and discuss it with your line manager.',
    say: [],
    checklist: croydonOwn
      ? [
          ...reviewChecklist,
          check('sh-expert-consulted', 'If required: mental health expert practitioner at the ASC front door consulted', 6, 'Seek consultation from the mental health expert practitioner at the ASC front door if required.'),
        ]
      : reviewChecklist,
    inputs: [{ id: 'incident-notes', label: 'What happened and what you did', kind: 'longtext', sources: ['SH-6'] }],
    phase: 'after',
    from: croydon(plan(6), 'Record the incident as soon as possible.'),
    sources: ['SH-6'],
  },
];

const procedure = (id: string, croydonOwn: boolean): Protocol => ({
  id,
  kind: 'self-harm',
  title: 'Caller may attempt suicide or self-harm',
  from: croydon('Six-point plan', "Local Six-Point Plan for Handling Customer's Declarations of Intention to Attempt Suicide or Self Harm"),
  steps: steps(croydonOwn),
  standing: [
    { text: 'Never put this caller on hold.', from: croydon(plan(2), 'If the customer is on the phone - Do not put them on hold'), sources: ['HO-5', 'SH-2'] },
    {
      text: "You're not expected to counsel: find out what they need and help them reach support.",
      from: croydon(CONVERSATION, 'You are not expected to counsel the customer.'),
      sources: ['SH-9'],
    },
  ],
  do: [
    { text: 'Stay calm.', from: croydon(CONVERSATION, 'Do stay calm'), sources: ['SH-7'] },
    { text: "Listen, and don't judge.", from: croydon(CONVERSATION, 'Do listen to the customer and be non-judgemental'), sources: ['SH-7'] },
    { text: 'Say you are concerned for them.', from: croydon(CONVERSATION, 'Do express concern for the customer'), sources: ['SH-7'] },
    { text: 'Let them talk about their feelings and plans.', from: croydon(CONVERSATION, 'Do let the customer talk about their feelings and plans'), sources: ['SH-7'] },
    { text: 'Ask about their plans: it is important information.', from: croydon(CONVERSATION, 'Do ask the customer about their plans: you may be gathering important information'), sources: ['SH-7'] },
    { text: 'Be yourself: if you are at ease, it reassures them.', from: croydon(CONVERSATION, 'Do try to be yourself. If you are at ease, it will help reassure the customer'), sources: ['SH-7'] },
    { text: 'Reassure them that help is available.', from: croydon(CONVERSATION, 'Do reassure the customer that help is available'), sources: ['SH-7'] },
  ],
  dont: [
    { text: "Don't try to resolve their crisis or counsel them.", from: croydon(CONVERSATION, "Don't attempt to resolve the customer's personal crisis or offer counselling."), sources: ['SH-8'] },
    { text: "Don't say you know how they feel.", from: croydon(CONVERSATION, "Don't tell the customer that you know how they feel"), sources: ['SH-8'] },
    { text: "Don't dismiss their problems or feelings.", from: croydon(CONVERSATION, "Don't dismiss the customer's problems or feelings"), sources: ['SH-8'] },
    { text: "Don't agree to keep it secret.", from: croydon(CONVERSATION, "Don't be sworn to secrecy"), sources: ['SH-8'] },
  ],
});

/** Croydon's own plan. */
export const croydonSelfHarm = procedure('self-harm-croydon', true);

/** Croydon's plan as the guide's default for the other organisations, without Croydon's ASC front door. */
export const sharedSelfHarm = procedure('self-harm-croydon-plan', false);
