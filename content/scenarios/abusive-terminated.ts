/**
 * An abusive caller who does not stop: Communities 6.7 in order, its five warnings, then the call
 * ended and the steps after it. Written for Communities, whose standard sets these steps.
 */
import { ABUSIVE_OPENED, PHONE_RINGS, warningBeat } from './common';
import type { Scenario } from './schema';

export const abusiveTerminated: Scenario = {
  id: 'abusive-terminated',
  title: 'An abusive caller through to ending the call',
  summary:
    'A caller who keeps up the abuse whatever is said. Practises the five warnings of Communities 6.7 in order, ending the call, and the steps after it: a break, telling your line manager, the incident record (ADOR1), support.',
  playbookId: 'carmarthenshire-communities',
  caller: {
    title: 'Mr',
    firstName: 'Craig',
    surname: 'Maxwell',
    address: '22 Heol y Bryn, Llanelli SA15 9ZZ',
    phone: '01632 960999',
    reference: 'ASB-077-4410',
    language: 'en',
    history: ['Complained about a neighbour’s noise twice this month.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'insults',
      caller: 'Took you long enough. Listen, you useless idiot…',
      note: 'Keep the abuse going whatever the agent says, until the call is ended.',
      expect: [
        ABUSIVE_OPENED,
        { id: 'warning-cannot-help', event: 'warning-given', detail: 'ab-cannot-help', label: 'Say you can’t help if they carry on like this', sources: ['AB-1'] },
      ],
    },
    warningBeat('keeps-swearing', '(Keeps swearing.) I don’t care what you can’t do.', {
      id: 'warning-call-back',
      step: 'ab-suggest-call-back',
      label: 'Suggest calling back later',
      source: 'AB-2',
    }),
    warningBeat('louder', '(Louder.) Don’t you tell me to call back!', { id: 'warning-end', step: 'ab-warn-end', label: 'Warn that you will end the call', source: 'AB-3' }),
    warningBeat('all-the-same', '(Still abusive.) You’re all the same, the lot of you.', {
      id: 'offer-help',
      step: 'ab-offer-help',
      label: 'Ask once more how you can help',
      source: 'AB-4',
    }),
    warningBeat('threat', '(Threatening.) I know where your office is.', { id: 'say-ending', step: 'ab-say-ending', label: 'Say you are ending the call', source: 'AB-5' }),
    {
      id: 'carries-on',
      caller: '(Carries on shouting.)',
      expect: [{ id: 'call-ended-by-agent', event: 'call-terminated', label: 'End the call', sources: ['AB-6'] }],
    },
    {
      id: 'after-the-call',
      caller: '(The line is closed. The steps after the call follow.)',
      expect: [
        { id: 'break', event: 'protocol-step', detail: 'ab-take-break', label: 'Take a break if it helps', sources: ['AB-7'] },
        { id: 'report', event: 'protocol-step', detail: 'ab-report', label: 'Tell your line manager', sources: ['AB-8'] },
        { id: 'incident-saved', event: 'incident-saved', label: 'Record the incident', sources: ['AB-9'] },
        { id: 'support', event: 'protocol-step', detail: 'ab-further-support', label: 'Get support if you need it', sources: ['AB-10'] },
        { id: 'finished', event: 'call-ended', label: 'Finish the steps', sources: ['AB-9'] },
      ],
    },
  ],
  timing: [
    {
      id: 'recorded',
      basis: 'training',
      label: 'Incident recorded within 10 minutes of ending the call',
      from: { event: 'call-terminated' },
      to: { event: 'incident-saved' },
      withinSeconds: 600,
    },
  ],
  checks: {},
};
