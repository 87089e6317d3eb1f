/**
 * What Moray's policy asks at particular moments of a call: the complaint form (4.3), translated
 * correspondence and other formats (4.10), why personal data is sought and written requests for
 * it (4.11), the offer to ring straight back, messages and call-backs, and the procedure when a
 * call-back goes unanswered (4.2). Its main number and aims are in ../facts/moray.ts.
 */
import { moray, quote } from '../../provenance';
import type { Duties } from '../../schema';

const S42 = '4.2 Telephone Accessibility';
const S411 = '4.11 Confidentiality';

export const morayDuties: Duties = {
  complaint: [
    {
      id: 'complaint-form',
      text: 'If the issue cannot be resolved, give the caller the complaint form and the complaints procedure (the policy says this for interviews in the office; it sets no complaint timescale).',
      from: moray('4.3 Interviews in the Office', 'If the issue cannot be resolved, the tenant/customer should be provided with a complaint form and accompanying complaints procedure.'),
      sources: ['CO-5'],
    },
  ],
  access: [
    {
      id: 'translated-correspondence',
      text: 'A customer who cannot read English but reads another language: arrange for letters to be translated and sent in that language. Moray seeks to provide Braille, information on tape and sign-language interpreters. It names no telephone interpreting service.',
      from: moray(
        '4.10 Language Issues',
        'staff will arrange for correspondence to be translated and sent out in the relevant language',
        quote.moray('4.10 Language Issues', 'We will seek to provide information in various other formats such as Braille, information on tape and use of sign language interpreters'),
      ),
      sources: ['AC-2'],
    },
  ],
  welsh: [],
  onBehalf: [
    {
      id: 'say-why',
      text: 'When you ask for personal details, say why you need them, and that they will not be used for other purposes.',
      say: 'I need this so that we can deal with your enquiry; the information will not be used for other purposes.',
      from: moray(
        S411,
        'When seeking personal/sensitive information from customers, the customer will be informed of the reason why the data is being collected',
        quote.moray(S411, 'The customer will also be advised that the information will not be used for other purposes.'),
      ),
      sources: ['DP-2'],
    },
    {
      id: 'in-writing',
      text: "A request for someone's personal information (from the customer, another party or a statutory authority) must be made in writing, and goes to the Director before any reply. Give nothing out on the phone: ask for it in writing.",
      say: 'Please put your request in writing; it will be considered before we reply.',
      from: moray(
        S411,
        'All requests for personal information from customers or other parties (including statutory authorities) will be in writing and in accordance with the Data Protection Act.',
        quote.moray(S411, 'Any requests received will be discussed with the Director before any response is provided.'),
      ),
      sources: ['DP-3'],
    },
  ],
  vulnerable: [],
  enquiry: [
    {
      id: 'ring-straight-back',
      text: 'Once you know what the call is about, offer to ring the caller straight back, to save them the cost.',
      say: 'Would you like me to ring you straight back, so this call does not cost you?',
      from: moray(S42, 'Once aware of the issue, staff will offer to ring the client back straight away to avoid cost to the customer/tenant.'),
      sources: ['CB-2'],
    },
  ],
  lastResort: [
    {
      id: 'last-resort',
      text: 'Deal with the enquiry in full if you can: taking a message or transferring the call is the last resort.',
      from: moray(S42, 'Taking a message or transferring the call is the last resort.'),
      sources: ['CB-1'],
    },
  ],
  message: [
    {
      id: 'officer-details',
      text: "For a call-back, give the caller the officer's name, designation, department and direct line number.",
      from: moray(S42, 'If a caller needs to be called back, details of the officer, their designation, department and direct line number will be provided'),
      sources: ['CB-3'],
    },
    {
      id: 'same-day',
      text: "Messages are returned during the day the officer is back in the office, or when the caller wishes if that is different.",
      from: moray(S42, "When staff return to the office, messages will be returned during the course of the day, or following the caller's wishes if different."),
      sources: ['CB-5'],
    },
  ],
  unanswered: {
    days: 2,
    keepTrying: 'No answer: leave a message with an adult or on an answering machine, and keep trying for 2 days.',
    evening: 'The caller works or is available only in the evening: call outside office hours.',
    letter: "No contact after 2 days: send a letter saying you have tried to return the call and asking them to get back in touch. (Moray's standard letter, its Appendix I, is not in the guide.)",
    from: moray(
      S42,
      'If the customer is unavailable when staff try to return a call, they will:',
      quote.moray(S42, 'leave a message with an adult, or on an answering machine'),
      quote.moray(S42, 'keep trying for 2 days'),
      quote.moray(S42, 'if it is known that the caller works/available in the evening only, the officer will call outside office hours.'),
      quote.moray(S42, 'if no contact has been made after 2 days, send a letter explaining that they have attempted to return the call, and asking the customer to get back in touch.'),
    ),
    sources: ['CB-6'],
  },
};
