/**
 * What Longhurst's standard asks at particular moments of a call: its complaints promise and
 * timescales, information in other languages and formats, treating callers fairly and
 * sensitively, compensation when an appointment, repair or complaint reply is missed. Its promise
 * in full, the ways to contact it and complaint monitoring are in ../facts/longhurst.ts.
 */
import { longhurst, quote } from '../../provenance';
import type { Duties } from '../../schema';

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
