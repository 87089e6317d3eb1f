/** A warm transfer: the colleague is briefed so the caller need not repeat themselves. */
import { CALL_ENDED, NAME_WRITTEN, PHONE_RINGS, TO_CALLER_STEP } from './common';
import type { Scenario } from './schema';

export const warmTransfer: Scenario = {
  id: 'warm-transfer',
  title: 'A warm transfer to the rents team',
  summary:
    'A worried caller with a rent letter who needs the officer who wrote it. Practises telling the caller, briefing the colleague, and noting who took the call.',
  // Communities' standard sets the transfer steps practised here (6.2).
  playbookId: 'carmarthenshire-communities',
  caller: {
    title: 'Mrs',
    firstName: 'Gwen',
    surname: 'Hughes',
    address: '5 Heol Awel, Carmarthen SA31 9ZZ',
    phone: '01632 960388',
    mobile: '07700 900615',
    reference: 'RENT-441-092',
    language: 'en',
    history: ['Arrears letter sent by Sam Okafor, Rents team.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'letter',
      caller: 'Good afternoon, it’s Mrs Hughes, Gwen Hughes. I’ve had a letter about rent arrears and I don’t understand it.',
      expect: [TO_CALLER_STEP, NAME_WRITTEN],
    },
    {
      id: 'asks-for-officer',
      caller: 'It’s signed by Sam Okafor in the rents team. Could I speak to her?',
      expect: [
        { id: 'transfer-started', event: 'transfer-started', label: 'Tell the caller you are putting them through', sources: ['TR-1'] },
        { id: 'briefing-copied', event: 'briefing-copied', label: 'Brief your colleague (copy the briefing)', sources: ['TR-2'] },
        { id: 'transfer-noted', event: 'transfer-completed', label: 'Note who took the call', sources: ['TR-3'] },
      ],
    },
    {
      id: 'thanks',
      caller: 'Thank you, that’s kind of you.',
      expect: [{ id: 'summary-copied', event: 'summary-copied', label: 'Copy the summary into the CRM', sources: ['CL-6'] }, CALL_ENDED],
    },
  ],
  timing: [
    {
      basis: 'training',
      id: 'briefing',
      label: 'Colleague briefed within 2 minutes of starting the transfer',
      from: { event: 'transfer-started' },
      to: { event: 'briefing-copied' },
      withinSeconds: 120,
    },
  ],
  checks: { transferTo: 'Okafor' },
};
