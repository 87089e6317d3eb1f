/**
 * An ordinary call for Longhurst: a missed repair appointment, and the caller wants to complain.
 * Practises Longhurst's complaints route (acknowledged in 3 working days, answered in 10, CO-1,
 * CO-2) and a clean close.
 */
import { NAME_WRITTEN, PHONE_RINGS, TO_CALLER_STEP } from './common';
import { closingBeat, soonAfterStart } from './closing';
import type { Scenario } from './schema';

export const longhurstMissed: Scenario = {
  id: 'longhurst-missed',
  title: 'A missed appointment and a complaint (Longhurst)',
  summary:
    'A caller whose repair appointment was missed. Practises noting the complaint, Longhurst’s route and timescales (3 working days to acknowledge, 10 to answer) and a clean close.',
  playbookId: 'longhurst-havelok',
  caller: {
    title: 'Mrs',
    firstName: 'Janet',
    surname: 'Whitworth',
    address: '26 Fenland Drive, Boston PE21 9ZZ',
    phone: '01632 960409',
    reference: 'LHH-905-3374',
    language: 'en',
    history: ['Boiler repair appointment booked for yesterday, 8am–1pm.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'gives-name',
      caller: 'Hello, Janet Whitworth. I waited in all morning yesterday and nobody came.',
      expect: [TO_CALLER_STEP, NAME_WRITTEN],
    },
    {
      id: 'wants-to-complain',
      caller: 'I took a morning off work for this. I want to make a complaint.',
      expect: [
        { id: 'enquiry-step', event: 'stage', detail: 'enquiry', label: 'Move on to the enquiry', sources: ['CV-1'] },
        {
          id: 'complaint',
          event: 'complaint-noted',
          label: 'Open the complaint route: acknowledged in 3 working days, answered in 10',
          sources: ['CO-1', 'CO-2'],
          say: 'If things go wrong we will put them right as soon as possible.',
        },
      ],
    },
    closingBeat('Right. Thank you for listening, anyway.', 'Copy the summary (it records the complaint)'),
  ],
  timing: [soonAfterStart('complaint', 'Complaint route opened within 2 minutes', { event: 'complaint-noted' }, 120)],
  checks: {},
};
