/**
 * An ordinary call for Moray: the officer the caller wants is out, so the agent offers to ring the
 * caller straight back to save the cost (CB-2), then takes a message with Moray's fields (TR-5)
 * and promises the call-back within 24 hours (TR-6).
 */
import { CALL_ENDED, NAME_WRITTEN, PHONE_RINGS, TO_CALLER_STEP } from './common';
import type { Scenario } from './schema';

export const morayMessage: Scenario = {
  id: 'moray-message',
  title: 'A message for an officer who is out (Moray)',
  summary:
    'A caller asking for her housing officer, who is out. Practises Moray’s offer to ring straight back to save the cost, a message with every field Moray asks for, and the call-back promise.',
  playbookId: 'moray',
  caller: {
    title: 'Ms',
    firstName: 'Fiona',
    surname: 'Grant',
    address: '3 Pluscarden Road, Elgin IV30 9ZZ',
    phone: '01632 960863',
    mobile: '07700 900316',
    reference: 'MHP-733-0192',
    language: 'en',
    history: ['Transfer application with the housing officer.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'asks-for-officer',
      caller: 'Hello, it’s Fiona Grant. Can I speak to my housing officer about my transfer?',
      expect: [TO_CALLER_STEP, NAME_WRITTEN],
    },
    {
      id: 'on-a-mobile',
      caller: 'I’m on my mobile, so I hope this won’t take long.',
      expect: [
        {
          id: 'ring-back-offer',
          event: 'stage',
          detail: 'enquiry',
          label: 'Note the enquiry and offer to ring her straight back to save the cost',
          sources: ['CB-2'],
          say: 'Would you like me to ring you straight back, so this call does not cost you?',
        },
      ],
    },
    {
      id: 'officer-out',
      caller: 'Oh, she’s out today? Can you ask her to call me?',
      expect: [
        { id: 'message-opened', event: 'message-started', label: 'Take a message', sources: ['TR-4'] },
        { id: 'message-copied', event: 'message-copied', label: 'Copy the message with Moray’s fields', sources: ['TR-5'] },
        { id: 'call-back', event: 'call-back-promised', label: 'Promise the call-back within 24 hours', sources: ['TR-6'] },
      ],
    },
    {
      id: 'thanks',
      caller: 'Lovely, thank you.',
      expect: [CALL_ENDED],
    },
  ],
  timing: [
    {
      basis: 'training',
      id: 'message',
      label: 'Message taken within 3 minutes of the call starting',
      from: { event: 'call-started' },
      to: { event: 'message-copied' },
      withinSeconds: 180,
    },
  ],
  checks: {},
};
