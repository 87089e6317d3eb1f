/** Self-harm, not urgent: distress but no plan or means, so referral advice rather than 999. */
import { PHONE_RINGS, selfHarmReview } from './common';
import type { Scenario } from './schema';

export const selfHarmNonUrgent: Scenario = {
  id: 'self-harm-non-urgent',
  title: 'A self-harm disclosure on the non-urgent route',
  summary:
    'A caller about damp who says she cannot cope. Practises taking it seriously, a support partner instead of hold, recording where she is, and giving referral numbers.',
  caller: {
    title: 'Ms',
    firstName: 'Ruth',
    surname: 'Adeyemi',
    address: '12 Birch Row, Thornton Heath CR7 9ZZ',
    phone: '020 7946 0531',
    reference: 'DMP-204-3317',
    language: 'en',
    history: ['Damp and mould reported in the bedroom; inspection booked.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'cannot-cope',
      caller: 'Hello… it’s about the damp in my flat. Honestly, I can’t cope any more. Some days I think everyone would be better off without me.',
      note: 'Speak quietly and slowly. You have no plan and nothing to hand.',
      expect: [
        { id: 'protocol-opened', event: 'protocol-started', detail: 'self-harm', label: 'Open the self-harm steps at once', sources: ['SH-1'] },
        { id: 'taken-seriously', event: 'protocol-step', detail: 'sh-take-seriously', label: 'Take it seriously: full attention', sources: ['SH-1'] },
      ],
    },
    {
      id: 'still-here',
      caller: '(Quietly.) Okay. I’m still here.',
      expect: [
        { id: 'partner-alerted', event: 'colleague-alerted', label: 'Alert a colleague as support partner; never hold', sources: ['SH-2', 'HO-5'] },
        { id: 'partner-step', event: 'protocol-step', detail: 'sh-support-partner', label: 'Move on to gathering information', sources: ['SH-2'] },
      ],
    },
    {
      id: 'at-home',
      caller: 'I’m at home, 12 Birch Row. I haven’t got a plan, nothing like that. I just feel so low.',
      expect: [
        { id: 'location', event: 'protocol-answer', detail: 'location', label: 'Write down where the caller is', sources: ['SH-3'] },
        { id: 'route', event: 'route-chosen', detail: 'non-urgent', label: 'Choose the non-urgent route', sources: ['SH-4'] },
      ],
    },
    {
      id: 'someone-to-talk-to',
      caller: 'I suppose I could ring my GP. Have you got a number for someone to talk to tonight?',
      expect: [{ id: 'samaritans', event: 'referral-given', detail: 'samaritans:true', label: 'Give a 24-hour number (Samaritans)', sources: ['SH-4'] }],
    },
    {
      id: 'will-call',
      caller: 'Thank you. I’ll call them now.',
      expect: selfHarmReview('SH-4'),
    },
  ],
  timing: [
    {
      basis: 'training',
      id: 'partner',
      label: 'Support partner alerted within a minute of the disclosure',
      from: { event: 'protocol-started' },
      to: { event: 'colleague-alerted' },
      withinSeconds: 60,
    },
  ],
  checks: { danger: 'non-urgent' },
};
