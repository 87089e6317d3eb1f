/**
 * Every call-handling requirement, transcribed from the shared REQUIREMENTS.md so that the guide
 * never reads outside the project. Content cites these IDs in `sources`; the content test checks
 * each citation exists and that every GR/NA/HO/TR/CL/AB/SH requirement is cited somewhere.
 *
 * `text` is verbatim minus the trailing parenthesised source, which becomes `source`. Where the
 * list gives no trailing source (SH, SL) or several inline ones (TR-6), `source` names them all.
 * SH-4 keeps the referral numbers exactly: the content test checks the directory against it.
 */
import type { Requirement } from './schema';

export const requirements: readonly Requirement[] = [
  // Greeting and identifying the caller
  {
    id: 'GR-1',
    text: 'Give your name and greet warmly.',
    source: 'Croydon, CSA promise; Longhurst: "let you know who you are speaking to"',
  },
  {
    id: 'GR-2',
    text: 'Salutation follows the time of day: Good morning / Good afternoon.',
    source: 'Moray 4.2; Communities 6.1',
  },
  {
    id: 'GR-3',
    text: 'Moray greeting, for switchboard, direct-dial and transferred calls: "Good Morning/Good Afternoon Moray Housing Partnership, <NAME> speaking, how can I help you?"',
    source: 'Moray 4.2',
  },
  {
    id: 'GR-4',
    text: 'Communities greeting is short and bilingual, Welsh first: "Bore da, Good morning" or "Prynhawn da, Good afternoon", then "Communities Department" or the team name, no abbreviations; friendly, helpful, formal tone.',
    source: 'Communities 6.1 and footnote 1',
  },
  {
    id: 'GR-5',
    text: 'When receiving a transferred call, offer your name and telephone number.',
    source: 'Communities 6.2',
  },
  {
    id: 'GR-6',
    text: 'Use formal titles (Mr, Mrs, Miss...) when first speaking to a caller; use the first name only once they give permission.',
    source: 'Communities 4',
  },
  {
    id: 'GR-7',
    text: "Find out the caller's name and use it throughout.",
    source: 'Communities 6.2, 8',
  },
  {
    id: 'GR-8',
    text: 'Ask the caller to confirm name, address, telephone and email details.',
    source: 'Calico Appendix 1 C2',
  },
  {
    id: 'GR-9',
    text: "Record the caller's preferred contact method, language choice and arrangements for sensory impairment.",
    source: 'Communities 5; Calico A6 Language Line',
  },
  // During the call
  {
    id: 'CV-1',
    text: 'Open questions to gather information and diagnose; closed questions to confirm.',
    source: 'Croydon',
  },
  {
    id: 'CV-2',
    text: 'Listen actively, verbal nods, avoid long silences, do not assume.',
    source: 'Croydon; Communities 6.2',
  },
  {
    id: 'CV-3',
    text: 'Plain language, no jargon or acronyms.',
    source: 'Croydon; Communities 6.2; Calico D6; Longhurst',
  },
  {
    id: 'CV-4',
    text: 'Deliver difficult messages sensitively and check key messages were understood.',
    source: 'Croydon',
  },
  {
    id: 'CV-5',
    text: 'Keep the caller informed: normal process time, delays, next steps; manage expectations; seek agreement on actions and appointments.',
    source: 'Croydon; Calico A3; Longhurst "be realistic"',
  },
  // Spelling and reading back
  { id: 'NA-1', text: 'Use NATO phonetics to check spellings.', source: 'Croydon' },
  {
    id: 'NA-2',
    text: 'Repeat information back to the caller; recap the enquiry.',
    source: 'Croydon; Communities 8',
  },
  // Hold
  {
    id: 'HO-1',
    text: "Ask for the caller's approval before placing them on hold.",
    source: 'Croydon',
  },
  { id: 'HO-2', text: 'Check in frequently if they need to stay on hold.', source: 'Croydon' },
  {
    id: 'HO-3',
    text: 'Do not hold for more than 5 minutes; if it will take longer, offer to call back.',
    source: 'Communities 6.2',
  },
  {
    id: 'HO-4',
    text: 'Do not carry on conversations without mute or hold: the caller may overhear personal data (GDPR).',
    source: 'Communities 6.2',
  },
  {
    id: 'HO-5',
    text: 'A caller who declares intent to self-harm must not be put on hold.',
    source: 'Croydon six-point plan, step 2',
  },
  // Transfers, messages and call-backs
  {
    id: 'TR-1',
    text: 'Transfer only when certain of the right person; explain to the caller what you are doing.',
    source: 'Communities 6.2; Moray 4.2',
  },
  {
    id: 'TR-2',
    text: 'Brief the colleague on the nature of the call (warm handover) so the caller need not repeat themselves.',
    source: 'Communities 6.2; Croydon internal customers; Moray 4.2',
  },
  { id: 'TR-3', text: 'Keep a note of who you passed the call to.', source: 'Communities 6.2' },
  {
    id: 'TR-4',
    text: 'If the right person is unknown or unavailable: apologise, take name and number, agree a call-back time, and give the caller a contact point.',
    source: 'Communities 6.2, 6.6',
  },
  {
    id: 'TR-5',
    text: 'A message records: caller name, address, contact numbers (home and mobile), nature of query, date and time of call, information already given; tell the caller when the colleague is next in.',
    source: 'Moray 4.2',
  },
  {
    id: 'TR-6',
    text: 'Call-back promises: within 24 hours (Moray 4.2); voicemail call-back within 15 minutes, other staff within 48 hours (Calico C5, C6); answer-machine messages within one working day (Longhurst). If the promised time cannot be met, call anyway and agree a new time.',
    source: 'Moray 4.2; Calico C5, C6; Longhurst; Communities 6.5',
  },
  {
    id: 'TR-7',
    text: 'Pass messages on promptly by email; urgent ones by phone or to the Team Manager.',
    source: 'Communities 6.2',
  },
  // Closing the call
  {
    id: 'CL-1',
    text: 'Check the caller has the information they needed.',
    source: 'Communities 6.3',
  },
  {
    id: 'CL-2',
    text: 'Confirm all issues raised and summarise what was agreed.',
    source: 'Moray 4.2',
  },
  {
    id: 'CL-3',
    text: 'Agree call-back arrangements; give your contact details if follow-up is needed.',
    source: 'Communities 6.3',
  },
  { id: 'CL-4', text: 'Ask if there is anything else.', source: 'Communities 8' },
  {
    id: 'CL-5',
    text: 'Thank the caller and finish courteously.',
    source: 'Croydon promise; Communities 8',
  },
  {
    id: 'CL-6',
    text: 'Leave notes good enough for another officer to see the key points and agreed actions.',
    source: 'Moray 4.2',
  },
  // Abusive calls
  {
    id: 'AB-1',
    text: 'Tell the caller you cannot help if they persist with their behaviour.',
    source: 'Communities 6.7',
  },
  {
    id: 'AB-2',
    text: 'If they continue, suggest it may be more constructive to call back later.',
    source: 'Communities 6.7',
  },
  {
    id: 'AB-3',
    text: 'If they continue, say there is no alternative but to end the call.',
    source: 'Communities 6.7; Moray 4.4: always warn first',
  },
  {
    id: 'AB-4',
    text: 'Ask once more whether there is any way you can help.',
    source: 'Communities 6.7',
  },
  { id: 'AB-5', text: 'Say that you are about to end the call.', source: 'Communities 6.7' },
  { id: 'AB-6', text: 'End the call.', source: 'Communities 6.7' },
  { id: 'AB-7', text: 'Take a break if it will help.', source: 'Communities 6.7' },
  {
    id: 'AB-8',
    text: 'Report to the line manager; a file note goes to the Line Manager/Director.',
    source: 'Communities 6.7; Moray 4.4',
  },
  {
    id: 'AB-9',
    text: 'Record the incident on the incident reporting form (ADOR1 in Communities).',
    source: 'Communities 6.7',
  },
  { id: 'AB-10', text: 'Seek further support if appropriate.', source: 'Communities 6.7' },
  { id: 'AB-11', text: 'Never answer rudeness with rudeness.', source: 'Moray 4.4' },
  {
    id: 'AB-12',
    text: 'The line manager rings the caller within 24 hours, or writes within 48 hours if there is no number, to explain why the call ended, that such behaviour is not acceptable, and that the query will be dealt with.',
    source: 'Moray 4.4',
  },
  {
    id: 'AB-13',
    text: 'If the caller rings back before that contact: help if they are no longer abusive; otherwise end the call again after a warning.',
    source: 'Moray 4.4',
  },
  {
    id: 'AB-14',
    text: 'Repeated behaviour by the same caller over 3 months: a report for the Director summarising the file notes (what happened, how many incidents, outcome, recommendation).',
    source: 'Moray 4.4',
  },
  {
    id: 'AB-15',
    text: 'Abusive or threatening behaviour may be reported to the police or another authority.',
    source: 'Calico F7; Longhurst',
  },
  // Declarations of intent to self-harm or suicide (Croydon six-point plan)
  {
    id: 'SH-1',
    text: 'Take the statement seriously: stay calm, listen carefully, stop what you are doing, give full attention.',
    source: 'Croydon six-point plan, step 1',
  },
  {
    id: 'SH-2',
    text: 'Summon a colleague as support partner; if on the phone, do not put the caller on hold; the partner finds numbers and witnesses the conversation.',
    source: 'Croydon six-point plan, step 2',
  },
  {
    id: 'SH-3',
    text: 'Gather information to gauge risk: specific plans, what, how imminent; means to hand; action already taken, what and when; previous attempts; treatment received or current; where the caller is, whether they intend to go elsewhere, whether they are alone. Record the location and any plans to go elsewhere.',
    source: 'Croydon six-point plan, step 3',
  },
  {
    id: 'SH-4',
    text: 'Non-urgent (distress but no immediate plans or means): encourage the caller to seek help from their GP or Community Mental Health Team now; if they have a CMHT, contact their Care Coordinator or Duty Worker; give referral numbers (the Croydon list: SLAM Crisis Line 0800 731 2864, 24 hours; MIND 0300 123 3393; Samaritans 116 123, free, 24 hours; Get Connected, under 25s, 0808 808 4994; SANEline 0845 767 8000; Patient Care 24 out-of-hours GP, 020 8401 3637, 6.30 pm to 8.30 am weekdays and 24 hours at weekends and bank holidays; Stay Alive app, www.prevent-suicide.org.uk; NHS online support, https://www.nhs.uk/conditions/suicide/).',
    source: 'Croydon six-point plan, step 4',
  },
  {
    id: 'SH-5',
    text: 'Serious risk or immediate danger: dial 999; no consent is needed, but tell the caller what you are doing and why; do not delay; give the emergency services the location and other relevant details.',
    source: 'Croydon six-point plan, step 5',
  },
  {
    id: 'SH-6',
    text: 'Review: record the incident as soon as possible, discuss it with the line manager, consult the mental health expert practitioner at the ASC front door if required.',
    source: 'Croydon six-point plan, step 6',
  },
  {
    id: 'SH-7',
    text: 'Do: stay calm; listen without judging; express concern; let them talk about feelings and plans; ask about plans; be yourself; reassure them help is available.',
    source: 'Croydon six-point plan, managing the conversation: DO',
  },
  {
    id: 'SH-8',
    text: "Don't: try to resolve the crisis or counsel; say you know how they feel; dismiss their problems or feelings; be sworn to secrecy.",
    source: "Croydon six-point plan, managing the conversation: DON'T",
  },
  {
    id: 'SH-9',
    text: 'The agent is not expected to counsel: the aim is to identify needs and help the caller reach support.',
    source: 'Croydon six-point plan, managing the conversation',
  },
  // Standards that set expectations: shown to agents, not enforced
  {
    id: 'SL-1',
    text: 'Answer targets: 80% of calls within 20 seconds (Croydon), within 30 seconds (Calico), within 60 seconds (Longhurst); within 4 or 5 rings (Moray, Communities).',
    source: 'Croydon service levels; Calico C1; Longhurst response times; Moray 4.2; Communities 6.1',
  },
  {
    id: 'SL-2',
    text: 'Opening hours: Croydon 8:00 to 18:00, out of hours handled by a contractor; Moray 9:00 to 17:00 Monday to Thursday, 9:00 to 13:00 Friday, lunchtime 13:00 to 14:00 to answer machine.',
    source: 'Croydon operational hours; Moray 4.1, 4.2',
  },
  {
    id: 'SL-3',
    text: 'Call quality is reviewed against the CSA promise, at least 3 calls per agent per month.',
    source: 'Croydon call quality framework',
  },
  // Privacy
  {
    id: 'PR-1',
    text: 'Respect privacy and confidentiality; comply with data protection law; seek only relevant information and say why it is collected.',
    source: 'Moray 4.11; Longhurst; Communities 6.2',
  },
  { id: 'PR-2', text: 'Never discuss one customer with another.', source: 'Moray 4.11' },
];
