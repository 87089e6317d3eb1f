/**
 * Croydon's promises in full, its other service levels and call-quality reviews: the rest of its
 * "Standards for …" card, after the facts in its playbook. The card is closed before a call, so
 * these load straight after the first paint (./index.ts, factsOf), not before the greeting. Its
 * duties for moments of a call are in ../duties/croydon.ts.
 */
import { croydon, guideDefault, quote } from '../../provenance';
import type { Fact } from '../../schema';

const CSA = 'CSA promise';
const LEVELS = 'Our Service Levels';

export const croydonFacts: Fact[] = [
  {
    id: 'service-levels',
    text: 'Abandoned calls no more than 5% of calls offered; 80% call quality rating; 95% accuracy in diagnosing repair types; 80% customer satisfaction rating (mechanism TBC)',
    from: croydon(
      LEVELS,
      'We aim to achieve an abandonment rate of no more than 5% of calls offered',
      quote.croydon(LEVELS, 'We aim to achieve 80% call quality rating'),
      quote.croydon(LEVELS, 'We aim to achieve 95% accuracy in diagnosing repair types'),
      quote.croydon(LEVELS, 'We aim to achieve 80% customer satisfaction rating [mechanism TBC]'),
    ),
    sources: ['SL-4'],
  },
  {
    id: 'call-quality',
    text: 'Call quality: at least 3 calls a month reviewed against the quality assurance framework (the CSA promise)',
    from: croydon('Call quality framework', 'We will review a minimum of 3 calls per month, assessing them against the quality assurance framework and feedback areas for improvement'),
    sources: ['SL-3'],
  },
  {
    id: 'our-promise',
    text: 'Our promise...',
    items: [
      'We will greet our customers in a courteous and professional manner',
      "We will listen effectively to our customer's requests and promptly take the necessary actions to assist them",
      'We will keep our customers informed of unexpected delays in service',
      'We will inform our customers of the normal process time when they can expect completion and any delays that may arise in the process',
      'We will touch base with our customers to update them as to where we are in the process',
      'We will finish our encounters with our customers in a courteous and professional way',
    ],
    from: croydon('Our promise', 'We will greet our customers in a courteous and professional manner'),
    sources: ['OR-4'],
  },
  {
    id: 'csa-promise',
    text: 'CSA promise...',
    items: [
      'I will be prepared and ready to take calls',
      'I will give residents my attention and not be distracted',
      'I will avoid using jargon/acronyms and use language that other people understand',
      'I will always give my name and I warmly greet our residents',
      'I will question effectively, asking open questions to gather information and complete accurate diagnostics; asking closed questions to confirm information',
      'I will actively listen to customers, using verbal nods and avoiding lots of silence',
      'I will use NATO phonetics to check spellings and repeat information back to residents',
      'I will avoid making assumptions',
      'I will deliver difficult messages sensitively and ensure that key messages have been understood',
      'I will keep residents informed and signpost the next steps',
      "I will ensure I manage resident's expectations",
      'I will seek agreement with actions and/or when arranging appointments with residents',
      "I will ask for the resident's approval prior to placing them on hold and check in frequently if I need them to continue to be on hold",
      'I will promote a one-team ethos and work collaboratively with my colleagues',
      'I will contribute to team goals by achieving my performance targets and helping others, where I can',
    ],
    from: croydon(CSA, 'I will be prepared and ready to take calls'),
    sources: ['OR-4'],
  },
  {
    id: 'no-number',
    text: 'The standard gives no phone number for the contact centre, so the guide shows none',
    from: guideDefault("Croydon's standard gives no number of its own (the numbers in its six-point plan are referral services)."),
    sources: ['OR-3'],
  },
];
