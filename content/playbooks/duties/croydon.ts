/**
 * What Croydon's standard asks at particular moments of a call beyond its CSA promise already in
 * the guide: being ready and undistracted. It sets no complaints, interpreting or third-party
 * procedure: the guide's own lines show there, marked as such. Its promises in full, other service
 * levels and call-quality reviews are in ../facts/croydon.ts.
 */
import { croydon, quote } from '../../provenance';
import type { Duties } from '../../schema';

const CSA = 'CSA promise';

export const croydonDuties: Duties = {
  complaint: [],
  access: [],
  welsh: [],
  onBehalf: [],
  vulnerable: [],
  enquiry: [
    {
      id: 'ready',
      text: 'Be ready for each call, and give the caller your attention: nothing else on screen or desk distracting you.',
      from: croydon(CSA, 'I will be prepared and ready to take calls', quote.croydon(CSA, 'I will give residents my attention and not be distracted')),
      sources: ['OR-6'],
    },
  ],
  lastResort: [],
  message: [],
};
