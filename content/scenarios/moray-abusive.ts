/**
 * An abusive caller for Moray: under 4.4 one warning is enough, then the call is ended, the file
 * note made with the caller's exact words and e-mailed to the Line Manager/Director, who rings the
 * caller within 24 hours (AB-12).
 */
import { PHONE_RINGS } from './common';
import type { Scenario } from './schema';

export const morayAbusive: Scenario = {
  id: 'moray-abusive',
  title: 'A threatening caller: warn once, end, file note (Moray)',
  summary:
    'A caller threatening staff over a repair. Practises Moray 4.4: warn that the call will be ended, end it, the file note with the caller’s exact words, and e-mailing it to the Line Manager/Director.',
  playbookId: 'moray',
  caller: {
    title: 'Mr',
    firstName: 'Alan',
    surname: 'Duthie',
    address: '17 Lossie Wynd, Elgin IV30 8ZZ',
    phone: '01632 960577',
    reference: 'MHP-418-6620',
    language: 'en',
    history: ['Roof repair chased three times.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'threat',
      caller: 'Three times I’ve rung! Next time your man comes round he’ll get what’s coming to him.',
      note: 'Carry on threatening after the warning.',
      expect: [
        { id: 'protocol-opened', event: 'protocol-started', detail: 'abusive-call', label: 'Open the abusive-call steps', sources: ['AB-1'] },
        { id: 'warned', event: 'warning-given', detail: 'ab-warn-end', label: 'Warn that you will end the call', sources: ['AB-3'] },
      ],
    },
    {
      id: 'carries-on',
      caller: '(Louder.) Don’t you dare threaten me!',
      expect: [{ id: 'ended', event: 'call-terminated', label: 'End the call', sources: ['AB-6'] }],
    },
    {
      id: 'after',
      caller: '(The line is closed. Make the file note.)',
      expect: [
        { id: 'words', event: 'protocol-answer', detail: 'ab-caller-words', label: 'Write down the caller’s exact words', sources: ['AB-9'] },
        { id: 'incident-saved', event: 'incident-saved', label: 'Save the file note as an incident', sources: ['AB-9'] },
        { id: 'file-note', event: 'protocol-step', detail: 'ab-file-note', label: 'E-mail the file note to the Line Manager/Director', sources: ['AB-8'] },
        { id: 'finished', event: 'call-ended', label: 'Finish the steps', sources: ['AB-9'] },
      ],
    },
  ],
  timing: [
    {
      basis: 'training',
      id: 'recorded',
      label: 'File note saved within 10 minutes of ending the call',
      from: { event: 'call-terminated' },
      to: { event: 'incident-saved' },
      withinSeconds: 600,
    },
  ],
  checks: {},
};
