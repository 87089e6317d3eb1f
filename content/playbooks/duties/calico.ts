/**
 * What Calico's policy asks at particular moments of a call: its complaint timescale and feedback
 * route (Appendix 1 D, F), Language Line and other formats (A6), the customer's permission for
 * someone speaking on their behalf (resp. 6), its named strategies for vulnerable customers (by
 * name only: the policy gives none of their steps). Its contact details and promises are in
 * ../facts/calico.ts.
 */
import { calico, quote } from '../../provenance';
import type { Duties } from '../../schema';

const A = 'Appendix 1 A';
const C = 'Appendix 1 C, when you telephone';
const D = 'Appendix 1 D';
const F = 'Appendix 1 F';
const RESP = 'Appendix 1, In support of our Service Standards, 6';
const PERMISSION = calico(
  RESP,
  'If someone is speaking to Calico on your behalf, please ensure that Calico know that you have given them permission, otherwise we will not be able to help.',
);

export const calicoDuties: Duties = {
  complaint: [
    {
      id: 'complaint-timescale',
      text: 'A complaint is answered within 10 working days (weekends and public holidays not counted). If Calico cannot meet that, it explains why and agrees a new timescale with the caller.',
      from: calico(
        D,
        'Answer any complaint within 10* working days.',
        quote.calico(D, "If we can't achieve these timescales we will contact you to explain why and agree a fresh timescale with you."),
        quote.calico(D, '* Working days do not include weekends or public holidays.'),
      ),
      sources: ['CO-3'],
    },
    {
      id: 'complaint-what-went-wrong',
      text: "Ask what went wrong, so it can be fixed. Feedback forms are at Calico's offices and on its websites; the Customer Contact and Compensation Policy and the 'Have your say' form explain the complaints procedure.",
      say: 'Please tell me what went wrong, so we can fix things as soon as possible.',
      from: calico(
        F,
        "If we've done something you are not happy with then please tell us so we can fix things as soon as possible.",
        quote.calico(F, "Feedback forms are available from our offices or websites. For example, the Customer Contact and Compensation Policy and 'Have your say' form explains the Calico Homes complaints procedure in more detail."),
      ),
      sources: ['CO-4'],
    },
    {
      id: 'compliment',
      text: 'A compliment? Pass it on to the staff it is for.',
      from: calico(F, 'If you are happy with our service please tell us so we can pass your compliments onto our staff.'),
      sources: ['CO-4'],
    },
  ],
  access: [
    {
      id: 'language-line',
      text: 'Offer a telephone translation with the Language Line service, or the information in large print, audio or Braille. A written translation takes up to 7 days.',
      say: 'We can arrange a telephone translation with the Language Line service, or give you the information in large print, audio or Braille. A written translation takes up to 7 days.',
      from: calico(
        'Appendix 1 A6',
        'We can provide the information you need in alternative forms e.g. large print, audio format, Braille and arrange telephone translations with the Language Line service. (Please note the written translation service takes up to 7 days).',
      ),
      sources: ['AC-1'],
    },
  ],
  welsh: [],
  onBehalf: [
    {
      id: 'permission-needed',
      text: 'Calico can help someone speaking on a customer’s behalf only if the customer has let Calico know they have given permission.',
      from: PERMISSION,
      sources: ['DP-1'],
    },
  ],
  permission: {
    question: 'Does Calico already know the customer has given them permission?',
    ifNot: 'The customer needs to let Calico know they have given you permission, otherwise we will not be able to help.',
    from: PERMISSION,
    sources: ['DP-1'],
  },
  vulnerable: [
    {
      id: 'needs',
      text: "Take time to understand the caller's needs and any special requirements.",
      from: calico('11.0 Consultation', "Staff understanding customers' needs and special requirements"),
      sources: ['VU-2'],
    },
    {
      id: 'strategies',
      text: "Calico's Vulnerability Strategy, its Safeguarding & Protection from Abuse standard and SafeNet (domestic abuse) apply. This policy only names them: follow them as Calico has trained you.",
      from: calico(
        '13.0 Related Strategies, Policies and Procedures',
        'Vulnerability Strategy',
        quote.calico('9.0 Regulatory and Legal Compliance', 'Safeguarding & Protection from Abuse'),
        quote.calico('This document relates to', 'Empowering you to live free from domestic abuse'),
      ),
      sources: ['VU-3'],
    },
  ],
  enquiry: [],
  lastResort: [
    {
      id: 'resolve-first',
      text: 'Aim to answer the enquiry in full now. If you cannot, pass the caller to the right person, service or support agency.',
      from: calico(
        C,
        'Aim to answer your enquiry in full at the first point of contact.',
        quote.calico(C, 'If we cannot fully resolve your enquiry at the first point of contact, we will pass you onto the right person or service that can.'),
        quote.calico(A, "Resolve your enquiry fully, but if for any reason we can't do this straightaway we will identify an appropriate colleague or relevant support agency that can help."),
      ),
      sources: ['CB-1'],
    },
  ],
  message: [],
};
