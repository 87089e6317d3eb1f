/**
 * An abusive caller for Calico, whose policy gives no call steps: the guide's default procedure
 * (say you can't help like this, warn, end the call, record it), which the panel marks as such.
 */
import { PHONE_RINGS } from './common';
import type { Scenario } from './schema';

export const calicoAbusive: Scenario = {
  id: 'calico-abusive',
  title: 'An abusive caller, ended under the guide’s default (Calico)',
  summary:
    'A caller shouting about a rent statement who does not stop. Practises the guide’s default steps Calico runs: say you can’t help like this, warn, end the call, and record it with the caller’s exact words.',
  playbookId: 'calico',
  caller: {
    title: 'Mr',
    firstName: 'Gary',
    surname: 'Lomax',
    address: '9 Weavers Row, Burnley BB10 9ZZ',
    phone: '01632 960734',
    reference: 'CAL-204-7781',
    language: 'en',
    history: ['Rent statement queried last month.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'shouting',
      caller: 'This statement is a joke. You lot are thieves, the whole useless bunch of you!',
      note: 'Keep shouting whatever is said, until the call is ended.',
      expect: [
        { id: 'protocol-opened', event: 'protocol-started', detail: 'abusive-call', label: 'Open the abusive-call steps', sources: ['AB-1'] },
        { id: 'cannot-help', event: 'warning-given', detail: 'ab-cannot-help', label: 'Say you can’t help if they carry on like this', sources: ['AB-1'] },
      ],
    },
    {
      id: 'worse',
      caller: '(Swearing.) Don’t you lecture me.',
      expect: [{ id: 'warn-end', event: 'warning-given', detail: 'ab-warn-end', label: 'Warn that you will end the call', sources: ['AB-3'] }],
    },
    {
      id: 'carries-on',
      caller: '(Still shouting.)',
      expect: [{ id: 'ended', event: 'call-terminated', label: 'End the call', sources: ['AB-6'] }],
    },
    {
      id: 'after',
      caller: '(The line is closed. Record it.)',
      expect: [
        { id: 'words', event: 'protocol-answer', detail: 'ab-caller-words', label: 'Write down the caller’s exact words', sources: ['AB-9'] },
        { id: 'incident-saved', event: 'incident-saved', label: 'Record the incident', sources: ['AB-9'] },
        { id: 'finished', event: 'call-ended', label: 'Finish the steps', sources: ['AB-9'] },
      ],
    },
  ],
  timing: [
    {
      basis: 'training',
      id: 'recorded',
      label: 'Incident recorded within 10 minutes of ending the call',
      from: { event: 'call-terminated' },
      to: { event: 'incident-saved' },
      withinSeconds: 600,
    },
  ],
  checks: {},
};
