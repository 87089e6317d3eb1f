/**
 * What Longhurst's standard asks at particular moments of a call: its complaints promise and
 * timescales, information in other languages and formats, treating callers fairly and
 * sensitively, compensation when an appointment, repair or complaint reply is missed; and its
 * promise in full, the ways to contact it (it gives no number) and complaint monitoring.
 */
import { guideDefault, longhurst, quote } from '../../provenance';
import type { Duties, Fact } from '../../schema';

const PROMISE = 'Our promise to you';
const EASY = 'Our services will be easy to use';
const TIMES = 'Response times';
const COMPLAINTS = 'Complaints';

export const longhurstDuties: Duties = {
  complaint: [
    {
      id: 'promote',
      text: 'Tell the caller about the complaints procedure. Things that went wrong are put right as soon as possible.',
      say: 'If things go wrong we will put them right as soon as possible.',
      from: longhurst(COMPLAINTS, 'We will promote our complaints procedure.', quote.longhurst(COMPLAINTS, 'If things go wrong we will put them right as soon as possible.')),
      sources: ['CO-1'],
    },
    {
      id: 'timescale',
      text: 'A complaint is acknowledged in 3 working days and answered in 10 working days. If more time is needed to investigate, the caller is told.',
      say: 'We will acknowledge your complaint in 3 working days, and respond in 10 working days.',
      from: longhurst(
        COMPLAINTS,
        'We will acknowledge your complaint in 3 working days, and respond in 10 working days.',
        quote.longhurst(COMPLAINTS, 'If we need more time to investigate your complaint we will let you know.'),
      ),
      sources: ['CO-2'],
    },
  ],
  access: [
    {
      id: 'other-formats',
      text: 'Offer the information in another language, in large print or on CD.',
      from: longhurst(EASY, 'We will aim to meet your individual needs. For example by providing information in different languages, large print, or CD.'),
      sources: ['AC-3'],
    },
  ],
  welsh: [],
  onBehalf: [],
  vulnerable: [
    {
      id: 'fairly-sensitively',
      text: 'Treat the caller fairly and sensitively, and listen to understand their needs.',
      from: longhurst(PROMISE, 'Treat you fairly and sensitively.', quote.longhurst(PROMISE, 'Listen to you to gain an understanding of your needs.')),
      sources: ['VU-2'],
    },
  ],
  enquiry: [
    {
      id: 'compensation',
      text: 'An appointment missed, a repair late or a complaint answered late: the caller should have been told. If they were not, they will usually be entitled to compensation (the standard gives no amount).',
      from: longhurst(
        TIMES,
        'If we cannot keep an appointment, complete a repair within our target times, or do not respond to your complaint on time, we will let you know. If we do not do this, you will usually be entitled to compensation.',
      ),
      sources: ['SL-6'],
    },
    {
      id: 'realistic',
      text: 'Be realistic: promise nothing you cannot keep, and explain the reasons for decisions.',
      from: longhurst(PROMISE, 'Be realistic and not make promises to you that we cannot keep.', quote.longhurst(PROMISE, 'Explain the reasons for our decisions.')),
      sources: ['OR-5'],
    },
    {
      id: 'passed-on',
      text: 'Passing the call to another team? It is acknowledged within 3 working days, or one working day if urgent; a new antisocial behaviour report within one day if urgent, 5 days if not.',
      from: longhurst(
        TIMES,
        'Where your call is passed onto another team, we will acknowledge your call within 3 working days, or within one working day, if it is urgent.',
        quote.longhurst(TIMES, 'For new reports of antisocial behaviour the priority will be within one day for urgent, and within 5 days for non-urgent calls.'),
      ),
      sources: ['SL-8'],
    },
  ],
  lastResort: [],
  message: [],
};

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
