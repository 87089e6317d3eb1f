/** Self-harm at serious risk or in immediate danger: where the caller is, then 999 without delay. */
import { PHONE_RINGS, selfHarmReview } from './common';
import type { Scenario } from './schema';

export const selfHarmEmergency: Scenario = {
  id: 'self-harm-emergency',
  title: 'A self-harm call at serious risk: capture the location, dial 999',
  summary:
    'A caller who has taken an overdose and is alone in a bus shelter. Practises a support partner, writing down the location first, and calling 999 without delay.',
  caller: {
    title: 'Mr',
    firstName: 'Owen',
    surname: 'Pritchard',
    address: '3 Glebe Court, Elgin IV30 9ZZ',
    phone: '07700 900314',
    reference: 'GEN-900-1288',
    language: 'en',
    history: ['Asked about a transfer to a ground-floor flat last month.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'tablets',
      caller: '(Slurred.) I’ve taken all my tablets. I just wanted someone to know.',
      note: 'Sound drowsy. Only say where you are when asked.',
      expect: [
        { id: 'protocol-opened', event: 'protocol-started', detail: 'self-harm', label: 'Open the self-harm steps at once', sources: ['SH-1'] },
        { id: 'partner-alerted', event: 'colleague-alerted', label: 'Alert a colleague as support partner; never hold', sources: ['SH-2', 'HO-5'] },
      ],
    },
    {
      id: 'bus-shelter',
      caller: 'I’m in the bus shelter on Elm Road, by the park gates.',
      expect: [{ id: 'location', event: 'protocol-answer', detail: 'location', label: 'Write down where the caller is', sources: ['SH-3'] }],
    },
    {
      id: 'twenty-minutes',
      caller: 'About twenty minutes ago. There’s nobody with me.',
      expect: [
        { id: 'route', event: 'route-chosen', detail: 'emergency', label: 'Choose serious risk or immediate danger: 999', sources: ['SH-5'] },
        { id: 'dialled', event: 'emergency-called', label: 'Dial 999 and record the time', sources: ['SH-5'] },
      ],
    },
    {
      id: 'sirens',
      caller: '(Sirens in the background.) They’re here.',
      expect: selfHarmReview('SH-5'),
    },
  ],
  timing: [
    {
      id: 'location',
      basis: 'training',
      label: 'Location written down within a minute of the disclosure',
      from: { event: 'protocol-started' },
      to: { event: 'protocol-answer', detail: 'location' },
      withinSeconds: 60,
    },
    {
      id: 'emergency',
      basis: 'training',
      label: '999 called within 2 minutes of the disclosure',
      from: { event: 'protocol-started' },
      to: { event: 'emergency-called' },
      withinSeconds: 120,
    },
  ],
  checks: { danger: 'serious-or-immediate' },
};
