/**
 * A self-harm disclosure for Longhurst, whose standard has no plan: the guide's default (Croydon's
 * six-point plan without Croydon's own services), with only the UK-wide referral numbers, since
 * Longhurst's standard does not say where its callers are.
 */
import { PHONE_RINGS } from './common';
import type { Scenario } from './schema';

export const longhurstSelfHarm: Scenario = {
  id: 'longhurst-self-harm',
  title: 'A self-harm disclosure under the guide’s plan (Longhurst)',
  summary:
    'A young caller about rent arrears who says he has been hurting himself. Practises the plan Longhurst runs as the guide’s default: full attention, a support partner, where he is, and a UK-wide number.',
  playbookId: 'longhurst-havelok',
  caller: {
    title: 'Mr',
    firstName: 'Kieran',
    surname: 'Fletcher',
    address: 'Flat 6, 2 Witham Court, Boston PE21 8ZZ',
    phone: '07700 900654',
    reference: 'LHH-117-4826',
    language: 'en',
    history: ['Rent arrears letter sent last week.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'disclosure',
      caller: 'It’s about the arrears letter. I can’t sleep. I’ve been cutting myself again, if I’m honest.',
      note: 'Hesitant. No plan to go further tonight; you are at home.',
      expect: [
        { id: 'protocol-opened', event: 'protocol-started', detail: 'self-harm', label: 'Open the self-harm steps at once', sources: ['SH-1'] },
        { id: 'taken-seriously', event: 'protocol-step', detail: 'sh-take-seriously', label: 'Take it seriously: full attention', sources: ['SH-1'] },
      ],
    },
    {
      id: 'still-there',
      caller: 'Sorry. I didn’t mean to say all that.',
      expect: [
        { id: 'partner-alerted', event: 'colleague-alerted', label: 'Alert a colleague as support partner; never hold', sources: ['SH-2', 'HO-5'] },
        { id: 'partner-step', event: 'protocol-step', detail: 'sh-support-partner', label: 'Move on to gathering information', sources: ['SH-2'] },
      ],
    },
    {
      id: 'at-home',
      caller: 'I’m at home, the flat on Witham Court. I’m not going to do anything tonight.',
      expect: [
        { id: 'location', event: 'protocol-answer', detail: 'location', label: 'Write down where the caller is', sources: ['SH-3'] },
        { id: 'route', event: 'route-chosen', detail: 'non-urgent', label: 'Choose the non-urgent route', sources: ['SH-4'] },
      ],
    },
    {
      id: 'number',
      caller: 'Is there anyone I could talk to at this time of night?',
      expect: [{ id: 'samaritans', event: 'referral-given', detail: 'samaritans:true', label: 'Give a 24-hour UK-wide number (Samaritans)', sources: ['SH-4'] }],
    },
    {
      id: 'goodbye',
      caller: 'Okay. I’ll ring them. Thanks for not being weird about it.',
      expect: [
        { id: 'call-ended', event: 'call-ended-in-protocol', label: 'Call ended: go to the review', sources: ['SH-4'] },
        { id: 'incident-saved', event: 'incident-saved', label: 'Record the incident', sources: ['SH-6'] },
        { id: 'finished', event: 'call-ended', label: 'Finish the review', sources: ['SH-6'] },
      ],
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
