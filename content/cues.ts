/**
 * Short cues for the middle of a call (CV-1..CV-5, PR-1, PR-2, GR-6, GR-7, GR-9): one glance
 * each, and the agent can dismiss any of them for the rest of the call. Each names every standard
 * that says it; under an organisation whose standard does not, the panel marks it as the guide's.
 */
import { communities, croydon, moray, quote } from './provenance';
import type { Cue } from './schema';

export interface EnquiryCue extends Cue {
  id: string;
}

const CSA = 'CSA promise';

export const enquiryCues: readonly EnquiryCue[] = [
  {
    id: 'open-then-closed',
    text: 'Open questions to find out; closed questions to confirm.',
    from: croydon(CSA, 'asking open questions to gather information and complete accurate diagnostics; asking closed questions to confirm information'),
    sources: ['CV-1'],
  },
  {
    id: 'listen',
    text: 'Listen actively: verbal nods, no long silences, no assumptions.',
    from: croydon(
      CSA,
      'I will actively listen to customers, using verbal nods and avoiding lots of silence',
      quote.communities('6.2', 'listen attentively without being tempted to make assumptions as to the nature of the call'),
      quote.calico('Appendix 1 A', 'Listen, be polite, friendly, patient, honest and helpful whenever you deal with us.'),
      quote.longhurst('Our promise to you', 'Listen to you to gain an understanding of your needs.'),
    ),
    sources: ['CV-2'],
  },
  {
    id: 'plain-language',
    text: 'Plain words: no jargon, no acronyms.',
    from: croydon(
      CSA,
      'I will avoid using jargon/acronyms and use language that other people understand',
      quote.communities('6.2', 'Avoid jargon'),
      quote.calico('Appendix 1 D', 'Use plain English, jargon free language.'),
      quote.longhurst('Our promise to you', 'Communicate in plain language.'),
    ),
    sources: ['CV-3'],
  },
  {
    id: 'difficult-news',
    text: 'Difficult news gently, then check it was understood.',
    from: croydon(CSA, 'I will deliver difficult messages sensitively and ensure that key messages have been understood'),
    sources: ['CV-4'],
  },
  {
    id: 'next-steps',
    text: 'Say how long it normally takes, any delay, and what happens next. Agree actions and appointments.',
    from: croydon(
      CSA,
      'I will keep residents informed and signpost the next steps',
      quote.calico('Appendix 1 A', 'Keep you informed on our timescales and the progress of your enquiry.'),
      quote.longhurst('Our promise to you', 'Be realistic and not make promises to you that we cannot keep.'),
    ),
    sources: ['CV-5'],
  },
  {
    id: 'privacy',
    text: 'Ask only what you need and say why. Never discuss another customer.',
    from: moray(
      '4.11 Confidentiality',
      'not discuss one customer with another.',
      quote.longhurst('Our promise to you', 'Respect your rights to privacy and confidentiality, and comply with the Data Protection Act.'),
    ),
    sources: ['PR-1', 'PR-2'],
  },
];

export const callerCues: readonly EnquiryCue[] = [
  {
    id: 'formal-title',
    text: 'Use their title and surname until they say you may use their first name.',
    from: communities('4', 'be professional in using formal titles when first speaking to a member of the public'),
    sources: ['GR-6', 'GR-7'],
  },
  {
    id: 'preferences',
    text: 'Note how they prefer to be contacted, their language, and any sensory-impairment arrangements.',
    from: communities('5. Preferences', 'Be aware of the preferred method of communication and record this:'),
    sources: ['GR-9'],
  },
];
