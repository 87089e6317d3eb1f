/**
 * The call-handling standards of Communities, Calico, Moray and Longhurst, as frameworks a call is
 * reviewed against: each item in its standard's own words, citing its section. None of these
 * standards sets a call quality target or a number of reviews a month, so those are the guide's
 * defaults and say so (an organisation sets its own in a pack or by policy).
 */
import { calico, communities, guideDefault, longhurst, moray, quote } from '../provenance';
import type { Provenance, QualityFramework } from '../schema';

type Item = QualityFramework['items'][number];

const item = (id: string, text: string, from: Provenance, sources: Item['sources'], evidence?: Item['evidence']): Item => ({
  id,
  text,
  ...(evidence ? { evidence } : {}),
  from,
  sources,
});

/** The same words as the item's text and its quote. */
const said = (by: typeof moray, section: string) => (id: string, words: string, sources: Item['sources'], evidence?: Item['evidence']) =>
  item(id, words, by(section, words), sources, evidence);

/** The target and minimum the guide suggests where a standard sets none, after Croydon's framework. */
export function guideTargets(organisation: string): Pick<QualityFramework, 'target' | 'minimumPerMonth'> {
  return {
    target: {
      percent: 80,
      from: guideDefault(
        `${organisation}'s standard sets no call quality target: 80% is the guide's default, from Croydon's standard.`,
        quote.croydon('Our Service Levels', 'We aim to achieve 80% call quality rating'),
      ),
      sources: ['SL-3'],
    },
    minimumPerMonth: {
      count: 3,
      from: guideDefault(
        `${organisation}'s standard sets no number of reviews: 3 calls per agent per month is the guide's default, from Croydon's standard.`,
        quote.croydon('Call quality framework', 'We will review a minimum of 3 calls per month'),
      ),
      sources: ['SL-3'],
    },
  };
}

const WHOLE_LIST = (organisation: string, sections: string) =>
  guideDefault(`${organisation}'s standard sets no call quality framework: these are the call-handling standards of its ${sections}, as review items.`);

const c61 = said(communities, '6.1');
const c62 = said(communities, '6.2');
const c63 = said(communities, '6.3');

export const communitiesQuality: QualityFramework = {
  name: 'Telephone call standards (6.1 to 6.3)',
  from: WHOLE_LIST('Communities', 'sections 6.1 to 6.3'),
  items: [
    c61('bilingual-greeting', 'Provide a short bilingual greeting', ['GR-4']),
    c61('tone', 'Use a friendly and helpful, yet formal, tone to put the customer at ease', ['GR-4']),
    c62('speak-clearly', 'Speak clearly', ['OR-6']),
    c62('no-jargon', 'Avoid jargon', ['CV-3']),
    c62('listen', 'Upon answering the call, listen attentively without being tempted to make assumptions as to the nature of the call', ['CV-2']),
    c62('name', "Find out the customer's name and use it throughout the conversation", ['GR-7']),
    c62(
      'hold',
      'if you need to put the call on hold, it is advisable not to do so for more than 5 minutes (if it is going to take longer than this, then offer to call them back)',
      ['HO-3'],
      ['hold-check-in'],
    ),
    c62('mute', 'Be careful with continuing conversations without placing the caller on mute/hold', ['HO-4']),
    c62('transfer-brief', 'If you need to transfer a call, brief your colleague as to the nature of the call', ['TR-2']),
    c62('transfer-note', 'Keep a note of who you have passed calls to', ['TR-3']),
    c62('transferred-name', 'If you are receiving a call transferred to you by someone else, you must also offer your name and telephone number', ['GR-5']),
    c63('required-information', 'Check that the customer has received the required information', ['CL-1'], ['next-steps']),
    c63('call-back', 'Agree any call-back arrangements', ['CL-3']),
    c63('contact-details', 'Provide your contact details if any follow-up is required', ['CL-3']),
  ],
  ...guideTargets('Communities'),
};

const a = said(calico, 'Appendix 1 A');
const ct = said(calico, 'Appendix 1 C');

export const calicoQuality: QualityFramework = {
  name: 'Customer service standards (Appendix 1, A and C)',
  from: WHOLE_LIST('Calico', 'Appendix 1, parts A and C'),
  items: [
    a('polite', 'Listen, be polite, friendly, patient, honest and helpful whenever you deal with us.', ['CV-2']),
    a(
      'resolve',
      "Resolve your enquiry fully, but if for any reason we can't do this straightaway we will identify an appropriate colleague or relevant support agency that can help.",
      ['CB-1'],
    ),
    a('informed', 'Keep you informed on our timescales and the progress of your enquiry.', ['CV-5'], ['next-steps']),
    a('alternative-forms', 'arrange telephone translations with the Language Line service', ['AC-1']),
    ct('confirm-details', 'Ask you to confirm your name, address, telephone and email details.', ['GR-8'], ['spelled']),
    ct('first-contact', 'Aim to answer your enquiry in full at the first point of contact.', ['CB-1']),
    ct('right-person', 'If we cannot fully resolve your enquiry at the first point of contact, we will pass you onto the right person or service that can.', ['CB-1']),
  ],
  ...guideTargets('Calico'),
};

const m = said(moray, '4.2');

export const morayQuality: QualityFramework = {
  name: 'Telephone accessibility (4.2)',
  from: WHOLE_LIST('Moray', 'section 4.2 (with 4.4 and 4.11)'),
  items: [
    m('greeting', 'Good Morning/Good Afternoon Moray Housing Partnership, <NAME> speaking, how can I help you?', ['GR-3'], ['name-in-greeting']),
    m('in-full', 'we aim to deal with the caller’s enquiry in full', ['CB-1']),
    m('last-resort', 'Taking a message or transferring the call is the last resort.', ['CB-1']),
    m('ring-back', 'Once aware of the issue, staff will offer to ring the client back straight away to avoid cost to the customer/tenant.', ['CB-2']),
    m('call-back-details', 'details of the officer, their designation, department and direct line number will be provided', ['CB-3']),
    m('transfer-explained', 'staff will explain to the caller what they are doing', ['TR-1']),
    m('transfer-details', 'Details of who the caller is and what the call is about will be passed on to the other member of staff.', ['TR-2']),
    m('colleague-back', 'the person taking the message will let the caller know when the colleague will be next back in the office', ['TR-5']),
    m('issues-confirmed', 'confirm all the issues that have been raised.', ['CL-2']),
    m('summarised', 'summarise what has been agreed.', ['CL-2'], ['next-steps']),
    m(
      'notes',
      'Sufficient notes of a conversation will be taken, so that any other officer dealing with the case can see the key points raised by the customer, and any agreed actions or outcomes.',
      ['CL-6'],
    ),
    item('never-rude', 'Never answers rudeness with rudeness', moray('4.4', 'Staff will never respond to such calls by being rude or abusive themselves'), ['AB-11']),
    item(
      'data-purpose',
      'When seeking personal/sensitive information from customers, the customer will be informed of the reason why the data is being collected',
      moray('4.11', 'When seeking personal/sensitive information from customers, the customer will be informed of the reason why the data is being collected'),
      ['DP-2'],
    ),
  ],
  ...guideTargets('Moray'),
};

const l = said(longhurst, 'Our promise to you');

export const longhurstQuality: QualityFramework = {
  name: 'Our promise to you',
  from: WHOLE_LIST('Longhurst', '"Our promise to you"'),
  items: [
    l('friendly', 'Be friendly and approachable so that you feel able to contact us.', ['GR-1']),
    l('listen', 'Listen to you to gain an understanding of your needs.', ['CV-2']),
    l('who-speaking', 'We will let you know who you are speaking to when you contact us.', ['GR-1'], ['name-in-greeting']),
    l('realistic', 'Be realistic and not make promises to you that we cannot keep.', ['OR-5']),
    l('plain-language', 'Communicate in plain language.', ['CV-3']),
    l('fairly', 'Treat you fairly and sensitively.', ['VU-2']),
    l('reasons', 'Explain the reasons for our decisions.', ['OR-5']),
    l('privacy', 'Respect your rights to privacy and confidentiality, and comply with the Data Protection Act.', ['PR-1']),
  ],
  note: 'Longhurst monitors calls in real time, a sample of calls four times a year.',
  ...guideTargets('Longhurst'),
};
