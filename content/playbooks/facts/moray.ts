/**
 * Moray's main number and aims: the rest of its "Standards for …" card, after the facts in its
 * playbook. The card is closed before a call, so these load straight after the first paint
 * (./index.ts, factsOf), not before the greeting. Its duties for moments of a call are in
 * ../duties/moray.ts.
 */
import { moray, quote } from '../../provenance';
import type { Fact } from '../../schema';

const S42 = '4.2 Telephone Accessibility';
const S44 = '4.4 Dealing with Rude or Aggressive Customers';

export const morayFacts: Fact[] = [
  {
    id: 'main-number',
    text: 'Main number: (01343) 543210',
    from: moray(S42, 'when a call is received via the main number (01343) 543210'),
    sources: ['OR-2'],
  },
  {
    id: 'aims',
    text: 'Aims',
    items: [
      'Moray Housing Partnership aims to provide and manage good quality affordable housing to help meet housing needs within Moray.',
      'The Partnership aims to put its tenants/customers first and to be friendly, welcoming, helpful and polite.',
      'After dealing with Moray Housing Partnership, each customer should feel that staff have been professional, knowledgeable and interested in their issues.',
      'This policy sets out the minimum standards of service that customers can expect from staff at MHP.',
    ],
    from: moray('Aims', 'The Partnership aims to put its tenants/customers first and to be friendly, welcoming, helpful and polite.'),
    sources: ['OR-4'],
  },
  {
    id: 'answer-machine',
    text: 'Answer-machine messages are checked and e-mailed at once to the right member of staff',
    from: moray(S42, 'All messages left on the Answer Machine are checked and should be forwarded immediately to the relevant member of staff via an e-mail message.'),
    sources: ['CB-4'],
  },
  {
    id: 'letters',
    text: 'Letters: word processed in at least 12 point Times New Roman',
    from: moray('4.7 Correspondence', 'all correspondence will be word processed to a minimum font size of 12 point, in Times New Roman.'),
    sources: ['AC-4'],
  },
  {
    id: 'ban',
    text: 'The Director may ban a persistently abusive tenant from calling the office; the customer still receives the services MHP is legally bound to provide',
    from: moray(S44, 'issue a ban on the tenant from visiting the office or calling the office.', quote.moray(S44, 'The customer will continue to receive services that MHP is legally bound to provide.')),
    sources: ['AB-17'],
  },
];
