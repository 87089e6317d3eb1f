/**
 * Longhurst's promise in full, the ways to contact it (it gives no number) and complaint
 * monitoring: the rest of its "Standards for …" card, after the facts in its playbook. The card is
 * closed before a call, so these load straight after the first paint (./index.ts, factsOf), not
 * before the greeting. Its duties for moments of a call are in ../duties/longhurst.ts.
 */
import { guideDefault, longhurst, quote } from '../../provenance';
import type { Fact } from '../../schema';

const PROMISE = 'Our promise to you';
const EASY = 'Our services will be easy to use';

export const longhurstFacts: Fact[] = [
  {
    id: 'contact',
    text: 'Contact by telephone, letter, e-mail, the website or the area offices. The standard gives no phone number, so the guide shows none.',
    from: longhurst(EASY, 'Our main point of contact with you will be by telephone, but you can also contact us by letter, e-mail, our website or through our area offices.'),
    sources: ['OR-3'],
  },
  {
    id: 'promise',
    text: 'Our promise to you. We will:',
    items: [
      'Be friendly and approachable so that you feel able to contact us.',
      'Listen to you to gain an understanding of your needs.',
      'Treat you with respect but will not tolerate abusive or aggressive behaviour.',
      'We will let you know who you are speaking to when you contact us.',
      'Ensure when our staff or contractors visit, you can check who we are by asking to see our identity cards.',
      'Ensure our staff are trained and knowledgeable about our services.',
      'Be realistic and not make promises to you that we cannot keep.',
      'Communicate in plain language.',
      'Treat you fairly and sensitively.',
      'Explain the reasons for our decisions.',
      'Treat all our customers positively regardless of nationality, race, gender, disability, sexual orientation, religion or age.',
      'Respect your rights to privacy and confidentiality, and comply with the Data Protection Act.',
    ],
    from: longhurst(PROMISE, 'Be friendly and approachable so that you feel able to contact us.'),
    sources: ['OR-4', 'AC-5'],
  },
  {
    id: 'complaint-monitoring',
    text: 'Complainants are surveyed when a complaint is closed; complaint response times and quality are reviewed 4 times a year',
    from: longhurst('Monitoring and review', 'Satisfaction surveys of complainants', quote.longhurst('Monitoring and review', 'Monitoring the response times and quality of complaint responses.')),
    sources: ['CO-6'],
  },
  {
    id: 'no-language-line',
    text: 'No telephone interpreting service is named: information in other languages, large print or CD is what the standard offers',
    from: guideDefault("Longhurst's standard names formats, not an interpreting service: the guide names none.", quote.longhurst(EASY, 'For example by providing information in different languages, large print, or CD.')),
    sources: ['AC-3'],
  },
];
