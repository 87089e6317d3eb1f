/**
 * A long hold: permission first, a check-in at every prompt, and a call-back offered before five
 * minutes on hold. Written for Communities, whose standard advises against holding longer than
 * that (6.2). At 60x on the scenario clock the five minutes pass in five seconds.
 */
import { CALL_ENDED, NAME_WRITTEN, PHONE_RINGS, TO_CALLER_STEP } from './common';
import type { Scenario } from './schema';

export const longHold: Scenario = {
  id: 'long-hold',
  title: 'A long hold that reaches the call-back offer',
  summary:
    'A caller chasing a repair while the agent looks into it. Practises asking before holding, checking in at each prompt, and offering a call-back before five minutes on hold.',
  playbookId: 'carmarthenshire-communities',
  caller: {
    title: 'Mr',
    firstName: 'Tomasz',
    surname: 'Nowak',
    address: '41 Station Road, Carmarthen SA31 9ZZ',
    phone: '01632 960217',
    reference: 'REP-552-1093',
    language: 'en',
    history: ['Reported a broken bedroom window three weeks ago; repair not yet booked.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'chasing',
      caller: 'Hello, Tomasz Nowak here, Mr Nowak. I reported a broken window three weeks ago and I’ve heard nothing.',
      expect: [TO_CALLER_STEP, NAME_WRITTEN],
    },
    {
      id: 'can-hang-on',
      caller: 'Can you find out what’s going on? I can hang on.',
      expect: [
        { id: 'hold-asked', event: 'hold-asked', label: 'Ask if they mind holding', sources: ['HO-1'] },
        { id: 'hold-started', event: 'hold-started', label: 'Hold only once they agree', sources: ['HO-1'] },
      ],
    },
    {
      id: 'on-hold',
      caller: '(On hold. Say nothing until the agent checks in.)',
      note: 'Each time the agent checks in, say you will keep holding.',
      expect: [{ id: 'checked-in', event: 'hold-check-in', label: 'Check in when the guide prompts', sources: ['HO-2'] }],
    },
    {
      id: 'keeps-holding',
      caller: 'Yes, I’ll keep holding.',
      expect: [{ id: 'call-back-offered', event: 'call-back-offered', label: 'Offer a call-back before the hold limit', sources: ['HO-3'] }],
    },
    {
      id: 'ring-me-back',
      caller: 'Yes, ring me back please. Any time this afternoon.',
      expect: [
        { id: 'call-back-promised', event: 'call-back-promised', label: 'Agree a call-back time and promise it', sources: ['TR-4', 'TR-6'] },
        { id: 'message-copied', event: 'message-copied', label: 'Copy the message for your colleague', sources: ['TR-7'] },
      ],
    },
    { id: 'goodbye', caller: 'Thanks. Bye.', expect: [CALL_ENDED] },
  ],
  timing: [
    {
      id: 'call-back-offered',
      basis: 'standard',
      label: 'Call-back offered before 5 minutes on hold',
      from: { event: 'hold-started' },
      to: { event: 'call-back-offered' },
      withinSeconds: 300,
      sources: ['HO-3'],
    },
  ],
  checks: {},
};
