/** An abusive caller who calms down after the first warning: back to the call, politely. */
import { ABUSIVE_OPENED, CALL_ENDED, NAME_WRITTEN, PHONE_RINGS, TO_CALLER_STEP } from './common';
import type { Scenario } from './schema';

export const abusiveCalms: Scenario = {
  id: 'abusive-calms',
  title: 'An abusive caller who calms down after the first warning',
  summary:
    'A caller shouting about his heating. Practises opening the abusive-call steps, the first warning, and carrying on with the call once the behaviour stops.',
  // Croydon runs the guide's default procedure, whose first step is the warning practised here.
  playbookId: 'croydon-repairs',
  caller: {
    title: 'Mr',
    firstName: 'Darren',
    surname: 'Cole',
    address: '9 Ash Grove, Croydon CR0 9ZZ',
    phone: '01632 960742',
    reference: 'HTG-310-5521',
    language: 'en',
    history: ['Heating fault reported on the 3rd; parts on order.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'shouting',
      caller: '(Shouting.) Three weeks with no heating! You lot are useless, absolutely useless!',
      note: 'Loud and rude, but no threats. Calm down as soon as you hear the first warning.',
      expect: [
        ABUSIVE_OPENED,
        { id: 'first-warning', event: 'warning-given', detail: 'ab-cannot-help', label: 'Say you can’t help if they carry on like this', sources: ['AB-1'] },
      ],
    },
    {
      id: 'apologises',
      caller: '…Sorry. Sorry. I’m just fed up. It’s Mr Cole, Darren Cole.',
      expect: [
        { id: 'behaviour-stopped', event: 'behaviour-stopped', label: 'Behaviour stopped: carry on with the call, politely', sources: ['AB-11'] },
        TO_CALLER_STEP,
        NAME_WRITTEN,
      ],
    },
    {
      id: 'thanks',
      caller: 'Okay. Thanks for being patient with me.',
      expect: [{ id: 'summary-copied', event: 'summary-copied', label: 'Copy the summary, warning included', sources: ['CL-6'] }, CALL_ENDED],
    },
  ],
  timing: [
    {
      id: 'first-warning',
      basis: 'training',
      label: 'First warning within a minute of the abuse',
      from: { event: 'protocol-started' },
      to: { event: 'warning-given' },
      withinSeconds: 60,
    },
  ],
  checks: {},
};
