/**
 * An ordinary call: the caller spells an email address and a postcode, and the agent reads each
 * back in NATO phonetics before confirming it. Written for Calico, whose guide asks for an email.
 */
import { CALL_ENDED, NAME_WRITTEN, PHONE_RINGS, spellAndConfirm, TO_CALLER_STEP } from './common';
import type { Scenario } from './schema';

export const ordinaryCall: Scenario = {
  id: 'ordinary-call',
  title: 'An ordinary call: spell an email and a postcode',
  summary:
    'A polite caller rebooking a boiler service. Practises the greeting, the caller’s name, spelling an email address and a postcode back in NATO phonetics, and a clean close.',
  playbookId: 'calico',
  caller: {
    title: 'Ms',
    firstName: 'Priya',
    surname: 'Shah',
    address: 'Flat 2, 18 Mill Lane, Burnley BB11 9ZZ',
    phone: '01632 960451',
    mobile: '07700 900782',
    email: 'priya.shah-42@example.org',
    reference: 'CAL-118-2044',
    language: 'en',
    history: ['Boiler service booked for last Tuesday; engineer did not attend.', 'Prefers email for letters.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'introduces-herself',
      caller: 'Hello, it’s Ms Shah, Priya Shah. I’m ringing about my boiler service.',
      expect: [TO_CALLER_STEP, NAME_WRITTEN],
    },
    {
      id: 'spells-email',
      caller: 'My email is priya dot shah, hyphen, four two, at example dot org.',
      note: 'Spell it slowly if asked: P for Papa, R for Romeo…',
      expect: spellAndConfirm('email', 'Type the email as it is spelled', 'Spell the email back in NATO phonetics'),
    },
    {
      id: 'spells-postcode',
      caller: 'And I’m at Flat 2, 18 Mill Lane, Burnley. The postcode is B B one one, nine Z Z.',
      expect: spellAndConfirm('address', 'Type the address and postcode', 'Spell the postcode back in NATO phonetics'),
    },
    {
      id: 'explains',
      caller: 'The engineer was meant to come last Tuesday and nobody turned up. Can you book it again?',
      expect: [{ id: 'enquiry-step', event: 'stage', detail: 'enquiry', label: 'Move on to the enquiry and note it', sources: ['CV-1'] }],
    },
    {
      id: 'nothing-else',
      caller: 'Thursday morning is fine. No, that’s everything, thank you.',
      expect: [
        { id: 'close-step', event: 'stage', detail: 'close', label: 'Move on to the close', sources: ['CL-2'] },
        { id: 'anything-else', event: 'closing-checked', detail: 'anything-else:true', label: 'Ask if there is anything else', sources: ['CL-4'] },
        { id: 'summary-copied', event: 'summary-copied', label: 'Copy the summary into the CRM', sources: ['CL-6'] },
        CALL_ENDED,
      ],
    },
  ],
  timing: [
    {
      basis: 'training',
      id: 'details-confirmed',
      label: 'Email and address confirmed within 3 minutes',
      from: { event: 'call-started' },
      to: { event: 'detail-confirmed', detail: 'address:true' },
      withinSeconds: 180,
    },
  ],
  checks: {
    captured: [
      { field: 'email', value: 'priya.shah-42@example.org', sources: ['NA-1'] },
      { field: 'address', value: 'BB11 9ZZ', sources: ['NA-1'] },
    ],
  },
};
