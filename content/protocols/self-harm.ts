/**
 * Declarations of intent to attempt suicide or self-harm: Croydon's local six-point plan, steps
 * 1 to 6 in the plan's order, with its "managing the conversation" do and don't lists. The
 * referral numbers live in the referral directory, not here, so there is one copy of each.
 */
import type { Protocol } from '../schema';

export const selfHarmProtocol: Protocol = {
  id: 'self-harm',
  title: 'Caller may harm themselves',
  source: {
    document: 'Croydon Repairs Contact Centre Standards',
    section: 'Local six-point plan: suicide or self-harm',
  },
  steps: [
    {
      id: 'sh-take-seriously',
      title: 'Take it seriously',
      action: 'Stop what you are doing and give the caller your full attention. Stay calm and listen carefully.',
      say: ["Thank you for telling me. I'm listening."],
      checklist: [
        { id: 'sh-stopped', label: 'Stopped everything else: full attention', sources: ['SH-1'] },
        { id: 'sh-calm', label: 'Calm, listening carefully', sources: ['SH-1'] },
      ],
      inputs: [],
      phase: 'call',
      sources: ['SH-1'],
    },
    {
      id: 'sh-support-partner',
      title: 'Get a support partner',
      action:
        'Alert a colleague to be your support partner: they find numbers and witness the call. Do not put the caller on hold.',
      say: ["I'm staying right here with you."],
      checklist: [
        { id: 'sh-not-on-hold', label: 'Caller NOT on hold', sources: ['HO-5', 'SH-2'] },
        { id: 'sh-partner-alerted', label: 'Colleague alerted as support partner', sources: ['SH-2'] },
        {
          id: 'sh-partner-role',
          label: 'Partner is finding numbers and witnessing the call',
          sources: ['SH-2'],
        },
      ],
      inputs: [],
      phase: 'call',
      sources: ['SH-2', 'HO-5'],
    },
    {
      id: 'sh-gather-information',
      title: 'Gather information',
      action:
        'Talk with the caller to gauge the risk. Write down where they are and any plan to go elsewhere.',
      say: [],
      checklist: [
        {
          id: 'sh-ask-plans',
          label: 'Specific plans? What are they?',
          say: 'Have you made any plans? Can you tell me about them?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-imminent',
          label: 'How soon?',
          say: 'When are you thinking of doing this?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-means',
          label: 'Means to hand?',
          say: 'Do you have anything with you to do it?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-action-taken',
          label: 'Action already taken? What and when?',
          say: 'Have you done anything already? What, and when?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-before',
          label: 'Harmed themselves before?',
          say: 'Have you tried to hurt yourself before?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-treatment',
          label: 'Treatment, past or current?',
          say: 'Have you had, or are you having, any treatment?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-where',
          label: 'Where are they now?',
          say: 'Where are you right now?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-elsewhere',
          label: 'Going anywhere else?',
          say: 'Are you planning to go anywhere else?',
          sources: ['SH-3'],
        },
        {
          id: 'sh-ask-alone',
          label: 'Alone, or someone with them?',
          say: 'Is anyone with you at the moment?',
          sources: ['SH-3'],
        },
      ],
      inputs: [
        { id: 'location', label: 'Where the caller is', kind: 'text', prominent: true, sources: ['SH-3'] },
        { id: 'plans-elsewhere', label: 'Plans to go elsewhere', kind: 'text', sources: ['SH-3'] },
        { id: 'alone', label: 'Alone, or who is with them', kind: 'text', sources: ['SH-3'] },
        { id: 'plans', label: 'Plans, means to hand, and how soon', kind: 'longtext', sources: ['SH-3'] },
        { id: 'action-taken', label: 'Action already taken, and when', kind: 'longtext', sources: ['SH-3'] },
        { id: 'history', label: 'Previous attempts and treatment', kind: 'longtext', sources: ['SH-3'] },
      ],
      phase: 'call',
      sources: ['SH-3'],
    },
    {
      id: 'sh-referral-advice',
      title: 'Not urgent: referral advice',
      action:
        'If there is distress but no immediate plan or means: encourage them to contact their GP or Community Mental Health Team now, and give referral numbers.',
      say: [
        'Could you speak to your GP or mental health team today? I can help you with that.',
        'There are people you can talk to right now. Can I give you some numbers?',
      ],
      checklist: [
        {
          id: 'sh-gp-cmht',
          label: 'Encouraged to contact their GP or Community Mental Health Team now',
          sources: ['SH-4'],
        },
        {
          id: 'sh-care-coordinator',
          label: 'Under a Community Mental Health Team? Contact their Care Coordinator or Duty Worker',
          sources: ['SH-4'],
        },
        { id: 'sh-numbers-given', label: 'Referral numbers given', sources: ['SH-4'] },
      ],
      inputs: [],
      phase: 'call',
      sources: ['SH-4'],
    },
    {
      id: 'sh-emergency',
      title: 'Immediate danger: dial 999',
      action:
        'If they are at serious risk or in immediate danger, dial 999 without delay. You do not need consent, but tell the caller what you are doing and why.',
      say: ["I'm worried about your safety, so I'm calling the emergency services to get you help now."],
      checklist: [
        { id: 'sh-dialled-999', label: '999 called, no delay', sources: ['SH-5'] },
        { id: 'sh-told-caller', label: 'Caller told what you are doing and why', sources: ['SH-5'] },
        {
          id: 'sh-location-given',
          label: "Emergency services given the caller's location and other details",
          sources: ['SH-5'],
        },
      ],
      inputs: [],
      phase: 'call',
      sources: ['SH-5'],
    },
    {
      id: 'sh-review',
      title: 'Review',
      action:
        'Record the incident as soon as possible and talk it through with your line manager. If needed, consult the mental health expert practitioner at the ASC front door.',
      say: [],
      checklist: [
        { id: 'sh-recorded', label: 'Incident recorded', sources: ['SH-6'] },
        { id: 'sh-discussed', label: 'Discussed with line manager', sources: ['SH-6'] },
        {
          id: 'sh-expert-consulted',
          label: 'If required: mental health expert practitioner at the ASC front door consulted',
          sources: ['SH-6'],
        },
      ],
      inputs: [{ id: 'incident-notes', label: 'What happened and what you did', kind: 'longtext', sources: ['SH-6'] }],
      phase: 'after',
      sources: ['SH-6'],
    },
  ],
  standing: [
    { text: 'Never put this caller on hold.', sources: ['HO-5', 'SH-2'] },
    {
      text: "You're not expected to counsel: find out what they need and help them reach support.",
      sources: ['SH-9'],
    },
  ],
  do: [
    { text: 'Stay calm.', sources: ['SH-7'] },
    { text: "Listen, and don't judge.", sources: ['SH-7'] },
    { text: 'Say you are concerned for them.', sources: ['SH-7'] },
    { text: 'Let them talk about their feelings and plans.', sources: ['SH-7'] },
    { text: 'Ask about their plans: it is important information.', sources: ['SH-7'] },
    { text: 'Be yourself: if you are at ease, it reassures them.', sources: ['SH-7'] },
    { text: 'Reassure them that help is available.', sources: ['SH-7'] },
  ],
  dont: [
    { text: "Don't try to resolve their crisis or counsel them.", sources: ['SH-8'] },
    { text: "Don't say you know how they feel.", sources: ['SH-8'] },
    { text: "Don't dismiss their problems or feelings.", sources: ['SH-8'] },
    { text: "Don't agree to keep it secret.", sources: ['SH-8'] },
  ],
};
