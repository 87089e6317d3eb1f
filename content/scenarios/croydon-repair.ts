/**
 * An ordinary call for Croydon: a repair reported, the caller's address and phone confirmed (the
 * details Croydon's guide asks for), and a clean close.
 */
import { NAME_WRITTEN, PHONE_RINGS, TO_CALLER_STEP } from './common';
import { closingBeat, soonAfterStart } from './closing';
import type { Scenario } from './schema';

export const croydonRepair: Scenario = {
  id: 'croydon-repair',
  title: 'A repair reported (Croydon)',
  summary: 'A tenant reporting a leaking kitchen tap. Practises the greeting, confirming the address and phone, noting the repair and a clean close.',
  playbookId: 'croydon-repairs',
  caller: {
    title: 'Mr',
    firstName: 'Desmond',
    surname: 'Okoro',
    address: '41 Selhurst Close, Croydon CR0 9ZZ',
    phone: '020 7946 0742',
    reference: 'REP-552-1908',
    language: 'en',
    history: ['Kitchen tap repaired eight months ago.'],
  },
  script: [
    PHONE_RINGS,
    {
      id: 'gives-name',
      caller: 'Morning. Desmond Okoro, I rent from the council. My kitchen tap is leaking again.',
      expect: [TO_CALLER_STEP, NAME_WRITTEN],
    },
    {
      id: 'address',
      caller: 'It’s 41 Selhurst Close, CR0 9ZZ. My number is 020 7946 0742.',
      expect: [
        { id: 'address-confirmed', event: 'detail-confirmed', detail: 'address:true', label: 'Confirm the address with the caller', sources: ['GR-8'] },
        { id: 'phone-confirmed', event: 'detail-confirmed', detail: 'phone:true', label: 'Confirm the phone number', sources: ['GR-8'] },
      ],
    },
    {
      id: 'the-leak',
      caller: 'It drips all night, and there’s water under the sink now.',
      expect: [{ id: 'enquiry-step', event: 'stage', detail: 'enquiry', label: 'Move on to the enquiry and note the repair', sources: ['CV-1'] }],
    },
    closingBeat('Great, thanks. That’s all.'),
  ],
  timing: [soonAfterStart('confirmed', 'Address and phone confirmed within 2 minutes', { event: 'detail-confirmed', detail: 'phone:true' }, 120)],
  checks: {},
};
