/**
 * Every call-handling requirement, written from content/standards/REQUIREMENTS.md by
 * scripts/sync-requirements.mjs (do not edit by hand). Content cites these IDs in `sources`; the
 * content test checks each citation exists, every requirement is cited, and this file still
 * matches the list. `text` is the line without its trailing source, which becomes `source`;
 * `tag` is the list's [call], [log] or [info] where it gives one.
 */
import type { Requirement } from './schema';

export const requirements: readonly Requirement[] = [
  {
    id: "GR-1",
    text: "Give your name and greet warmly.",
    source: "Croydon, CSA promise; Longhurst: \"let you know who you are speaking to\"",
  },
  {
    id: "GR-2",
    text: "Salutation follows the time of day: Good morning / Good afternoon.",
    source: "Moray 4.2; Communities 6.1",
  },
  {
    id: "GR-3",
    text: "Moray greeting, for switchboard, direct-dial and transferred calls: \"Good Morning/Good Afternoon Moray Housing Partnership, <NAME> speaking, how can I help you?\"",
    source: "Moray 4.2",
  },
  {
    id: "GR-4",
    text: "Communities greeting is short and bilingual, Welsh first: \"Bore da, Good morning\" or \"Prynhawn da, Good afternoon\", then \"Communities Department\" or the team name, no abbreviations; friendly, helpful, formal tone.",
    source: "Communities 6.1 and footnote 1",
  },
  {
    id: "GR-5",
    text: "When receiving a transferred call, offer your name and telephone number.",
    source: "Communities 6.2",
  },
  {
    id: "GR-6",
    text: "Use formal titles (Mr, Mrs, Miss...) when first speaking to a caller; use the first name only once they give permission.",
    source: "Communities 4",
  },
  {
    id: "GR-7",
    text: "Find out the caller's name and use it throughout.",
    source: "Communities 6.2, 8",
  },
  {
    id: "GR-8",
    text: "Ask the caller to confirm name, address, telephone and email details.",
    source: "Calico Appendix 1 C2",
  },
  {
    id: "GR-9",
    text: "Record the caller's preferred contact method, language choice and arrangements for sensory impairment. (Calico's Language Line offer is AC-1.)",
    source: "Communities 5",
  },
  {
    id: "CV-1",
    text: "Open questions to gather information and diagnose; closed questions to confirm.",
    source: "Croydon",
  },
  {
    id: "CV-2",
    text: "Listen actively, verbal nods, avoid long silences, do not assume.",
    source: "Croydon; Communities 6.2",
  },
  {
    id: "CV-3",
    text: "Plain language, no jargon or acronyms.",
    source: "Croydon; Communities 6.2; Calico D6; Longhurst",
  },
  {
    id: "CV-4",
    text: "Deliver difficult messages sensitively and check key messages were understood.",
    source: "Croydon",
  },
  {
    id: "CV-5",
    text: "Keep the caller informed: normal process time, delays, next steps; manage expectations; seek agreement on actions and appointments.",
    source: "Croydon; Calico A3; Longhurst \"be realistic\"",
  },
  {
    id: "NA-1",
    text: "Use NATO phonetics to check spellings.",
    source: "Croydon",
  },
  {
    id: "NA-2",
    text: "Repeat information back to the caller; recap the enquiry.",
    source: "Croydon; Communities 8",
  },
  {
    id: "HO-1",
    text: "Ask for the caller's approval before placing them on hold.",
    source: "Croydon",
  },
  {
    id: "HO-2",
    text: "Check in frequently if they need to stay on hold.",
    source: "Croydon",
  },
  {
    id: "HO-3",
    text: "Avoid holding for more than 5 minutes (\"it is advisable not to\"); if it will take longer, offer to call back.",
    source: "Communities 6.2",
  },
  {
    id: "HO-4",
    text: "Do not carry on conversations without mute or hold: the caller may overhear personal data (GDPR).",
    source: "Communities 6.2",
  },
  {
    id: "HO-5",
    text: "A caller who declares intent to self-harm must not be put on hold.",
    source: "Croydon six-point plan, step 2",
  },
  {
    id: "TR-1",
    text: "Transfer only when certain of the right person; explain to the caller what you are doing.",
    source: "Communities 6.2; Moray 4.2",
  },
  {
    id: "TR-2",
    text: "Brief the colleague on the nature of the call (warm handover) so the caller need not repeat themselves.",
    source: "Communities 6.2; Croydon internal customers; Moray 4.2",
  },
  {
    id: "TR-3",
    text: "Keep a note of who you passed the call to.",
    source: "Communities 6.2",
  },
  {
    id: "TR-4",
    text: "If the right person is unknown or unavailable: apologise, take name and number, agree a call-back time, and give the caller a contact point.",
    source: "Communities 6.2, 6.6",
  },
  {
    id: "TR-5",
    text: "A message records: caller name, address, contact numbers (home and mobile), nature of query, date and time of call, information already given; tell the caller when the colleague is next in.",
    source: "Moray 4.2",
  },
  {
    id: "TR-6",
    text: "Call-back promises: within 24 hours (Moray 4.2); Calico Contact Centre voicemail within 15 minutes, other staff within 48 hours (Calico C5, C6; its Appendix 2 gives staff voicemail \"the next working day\"); answer-machine messages within one working day (Longhurst). If the promised time cannot be met, call anyway and agree a new time.",
    source: "Communities 6.5",
  },
  {
    id: "TR-7",
    text: "Pass messages on promptly by email; urgent ones by phone or to the Team Manager.",
    source: "Communities 6.2",
  },
  {
    id: "CL-1",
    text: "Check the caller has the information they needed.",
    source: "Communities 6.3",
  },
  {
    id: "CL-2",
    text: "Confirm all issues raised and summarise what was agreed.",
    source: "Moray 4.2",
  },
  {
    id: "CL-3",
    text: "Agree call-back arrangements; give your contact details if follow-up is needed.",
    source: "Communities 6.3",
  },
  {
    id: "CL-4",
    text: "Ask if there is anything else.",
    source: "Communities 8",
  },
  {
    id: "CL-5",
    text: "Thank the caller and finish courteously.",
    source: "Croydon promise; Communities 8",
  },
  {
    id: "CL-6",
    text: "Leave notes good enough for another officer to see the key points and agreed actions.",
    source: "Moray 4.2",
  },
  {
    id: "AB-1",
    text: "Tell the caller you cannot help if they persist with their behaviour.",
    source: "Communities 6.7",
  },
  {
    id: "AB-2",
    text: "If they continue, suggest it may be more constructive to call back later.",
    source: "Communities 6.7",
  },
  {
    id: "AB-3",
    text: "If they continue, say there is no alternative but to end the call.",
    source: "Communities 6.7; Moray 4.4: always warn first",
  },
  {
    id: "AB-4",
    text: "Ask once more whether there is any way you can help.",
    source: "Communities 6.7",
  },
  {
    id: "AB-5",
    text: "Say that you are about to end the call.",
    source: "Communities 6.7",
  },
  {
    id: "AB-6",
    text: "End the call.",
    source: "Communities 6.7",
  },
  {
    id: "AB-7",
    text: "Take a break if it will help.",
    source: "Communities 6.7",
  },
  {
    id: "AB-8",
    text: "Report to the line manager; a file note goes to the Line Manager/Director.",
    source: "Communities 6.7; Moray 4.4",
  },
  {
    id: "AB-9",
    text: "Record the incident on the incident reporting form (ADOR1 in Communities).",
    source: "Communities 6.7",
  },
  {
    id: "AB-10",
    text: "Seek further support if appropriate.",
    source: "Communities 6.7",
  },
  {
    id: "AB-11",
    text: "Never answer rudeness with rudeness.",
    source: "Moray 4.4",
  },
  {
    id: "AB-12",
    text: "Moray: the line manager rings the caller within 24 hours, or writes within 48 hours if there is no number, to confirm why the conversation was ended, that it is not appropriate to deal with staff in this way, and that they will be happy to deal with the query provided the caller is not rude, threatening or abusive.",
    source: "Moray 4.4",
  },
  {
    id: "AB-13",
    text: "If the caller rings back before that contact: help if they are no longer abusive; otherwise end the call again after a warning.",
    source: "Moray 4.4",
  },
  {
    id: "AB-14",
    text: "Repeated behaviour by the same caller over 3 months: a report for the Director summarising the file notes (what happened, how many incidents, outcome, recommendation).",
    source: "Moray 4.4",
  },
  {
    id: "AB-15",
    text: "Calico: rude, abusive or threatening behaviour is not tolerated; Calico takes appropriate action and reports any incidents to the police or other relevant authority. Longhurst says only that it will not tolerate abusive or aggressive behaviour.",
    source: "Calico Appendix 1, \"In support of our Service Standards\" item 7; Longhurst, Our promise",
  },
  {
    id: "SH-1",
    text: "Take the statement seriously: stay calm, listen carefully, stop what you are doing, give full attention.",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-2",
    text: "Summon a colleague as support partner; if on the phone, do not put the caller on hold; the partner finds numbers and witnesses the conversation.",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-3",
    text: "Gather information to gauge risk: specific plans, what, how imminent; means to hand; action already taken, what and when; previous attempts; treatment received or current; where the caller is, whether they intend to go elsewhere, whether they are alone. Record the location and any plans to go elsewhere.",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-4",
    text: "Non-urgent (distress but no immediate plans or means): encourage the caller to seek help from their GP or Community Mental Health Team now; if they have a CMHT, contact their Care Coordinator or Duty Worker; give referral numbers (the Croydon list: SLAM Crisis Line 0800 731 2864, 24 hours; MIND 0300 123 3393; Samaritans 116 123, free, 24 hours; Get Connected, under 25s, 0808 808 4994; SANEline 0845 767 8000; Patient Care 24 out-of-hours GP, 020 8401 3637, 6.30 pm to 8.30 am weekdays and 24 hours at weekends and bank holidays; Stay Alive app, www.prevent-suicide.org.uk; NHS online support, https://www.nhs.uk/conditions/suicide/).",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-5",
    text: "Serious risk or immediate danger: dial 999; no consent is needed, but tell the caller what you are doing and why; do not delay; give the emergency services the location and other relevant details.",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-6",
    text: "Review: record the incident as soon as possible, discuss it with the line manager, consult the mental health expert practitioner at the ASC front door if required.",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-7",
    text: "Do: stay calm; listen without judging; express concern; let them talk about feelings and plans; ask about plans; be yourself; reassure them help is available.",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-8",
    text: "Don't: try to resolve the crisis or counsel; say you know how they feel; dismiss their problems or feelings; be sworn to secrecy.",
    source: "Croydon six-point plan",
  },
  {
    id: "SH-9",
    text: "The agent is not expected to counsel: the aim is to identify needs and help the caller reach support.",
    source: "Croydon six-point plan",
  },
  {
    id: "SL-1",
    text: "Answer targets: Croydon 80% of calls within 20 seconds; Calico head office 80% within 30 seconds; Longhurst within 60 seconds or less (no percentage); Moray within 4 rings (about 15 seconds), transfers included; Communities within 5 rings.",
    source: "Croydon, Our Service Levels; Calico Appendix 1 C1; Longhurst, Response times; Moray 4.2; Communities 6.1",
  },
  {
    id: "SL-2",
    text: "Opening hours: Croydon 8:00 to 18:00, out of hours handled by a contractor; Moray 9:00 to 17:00 Monday to Thursday, 9:00 to 13:00 Friday, answer machine at lunchtime (13:00 to 14:00), from 17:00, during staff training and at weekends.",
    source: "Croydon, Operational hours, Out of hours; Moray 4.1, 4.2",
  },
  {
    id: "SL-3",
    text: "Call quality is reviewed against the CSA promise, at least 3 calls per agent per month.",
    source: "Croydon call quality framework",
  },
  {
    id: "PR-1",
    text: "Respect privacy and confidentiality; comply with data protection law; seek only relevant information and say why it is collected.",
    source: "Moray 4.11; Longhurst; Communities 6.2",
  },
  {
    id: "PR-2",
    text: "Never discuss one customer with another.",
    source: "Moray 4.11",
  },
  {
    id: "CO-1",
    text: "Longhurst: promote the complaints procedure; things that went wrong are put right as soon as possible.",
    source: "Longhurst, Complaints l.51-52",
    tag: "call",
  },
  {
    id: "CO-2",
    text: "Longhurst: complaints acknowledged in 3 working days, answered in 10; the customer is told if more time is needed.",
    source: "Longhurst, Complaints l.53-54",
    tag: "call",
  },
  {
    id: "CO-3",
    text: "Calico: complaints answered within 10 working days (no weekends or public holidays); if missed, Calico explains and agrees a new timescale.",
    source: "Calico App. 1 D4, D5 l.314-318",
    tag: "call",
  },
  {
    id: "CO-4",
    text: "Calico: invite the caller to say what went wrong so it can be fixed; feedback forms at offices and websites; the Customer Contact and Compensation Policy and 'Have your say' form explain the complaints procedure. Pass compliments on to staff.",
    source: "Calico App. 1 F1-F3 l.332-334",
    tag: "call",
  },
  {
    id: "CO-5",
    text: "Moray: if the issue cannot be resolved, give a complaint form and the complaints procedure (stated for office interviews).",
    source: "Moray 4.3 l.122",
    tag: "call",
  },
  {
    id: "CO-6",
    text: "Longhurst surveys complainants at closure and reviews complaint times and quality 4 times a year.",
    source: "Longhurst l.64",
    tag: "log",
  },
  {
    id: "CO-7",
    text: "The Croydon and Communities seeds set no complaints procedure: do not supply one.",
    source: "see REQUIREMENTS.md",
    tag: "info",
  },
  {
    id: "AC-1",
    text: "Calico: offer telephone translation by Language Line, and large print, audio or Braille; written translation takes up to 7 days.",
    source: "Calico App. 1 A6 l.287",
    tag: "call",
  },
  {
    id: "AC-2",
    text: "Moray: for a customer who reads another language but not English, arrange translated correspondence; Moray seeks to provide Braille, tape and sign-language interpreters. No Language Line.",
    source: "Moray 4.10 l.271-275",
    tag: "call",
  },
  {
    id: "AC-3",
    text: "Longhurst: meet individual needs, e.g. information in other languages, large print or CD.",
    source: "Longhurst l.37",
    tag: "call",
  },
  {
    id: "AC-4",
    text: "Letters: 14 point for visually impaired readers (Communities 7 l.207); at least 12 point Times New Roman (Moray 4.7 l.241).",
    source: "see REQUIREMENTS.md",
    tag: "log",
  },
  {
    id: "AC-5",
    text: "Calico: hearing loop at Centenary Court; no discrimination. Longhurst: treat all positively regardless of nationality, race, gender, disability, sexual orientation, religion or age.",
    source: "Calico App. 1 A5, A7 l.286-288; Longhurst l.29",
    tag: "info",
  },
  {
    id: "CY-1",
    text: "Customer care is linked to the Welsh language and a bilingual service: honour the recorded language choice.",
    source: "Communities 5 l.102-105",
    tag: "call",
  },
  {
    id: "CY-2",
    text: "Reply signed, in the language of the original letter; circulars bilingual, Welsh uppermost and foremost.",
    source: "Communities 7 l.201, l.206",
    tag: "log",
  },
  {
    id: "CY-3",
    text: "Email signature bilingual: name, job title, team, contact details.",
    source: "Communities 7 l.214",
    tag: "log",
  },
  {
    id: "VU-1",
    text: "Communities: many customers \"may be vulnerable, needy or in difficult or even desperate situations\".",
    source: "Communities 2 l.54",
    tag: "info",
  },
  {
    id: "VU-2",
    text: "Be sensitive to the customer's situation, particularly children or vulnerable persons (Communities 7 l.203, letters); treat customers fairly and sensitively and understand their needs (Longhurst l.20, l.27; Calico 11.0 l.215).",
    source: "see REQUIREMENTS.md",
    tag: "call",
  },
  {
    id: "VU-3",
    text: "Calico names a Vulnerability Strategy, a \"Safeguarding & Protection from Abuse\" standard and SafeNet (domestic abuse); the seed gives no content: name them, invent no steps.",
    source: "Calico 13.0 l.252; 9.0 l.169; l.27",
    tag: "info",
  },
  {
    id: "DP-1",
    text: "Calico: someone calling on a customer's behalf needs that customer's permission, known to Calico; otherwise say Calico cannot help.",
    source: "Calico App. 1 resp. 6 l.351",
    tag: "call",
  },
  {
    id: "DP-2",
    text: "Moray: when seeking personal data, say why and that it will not be used for other purposes.",
    source: "Moray 4.11 l.290",
    tag: "call",
  },
  {
    id: "DP-3",
    text: "Moray: any request for personal information (customer, other party, statutory authority) must be in writing under the Data Protection Act and goes to the Director before any reply: ask for it in writing.",
    source: "Moray 4.11 l.290",
    tag: "call",
  },
  {
    id: "DP-4",
    text: "Communities: email follow-ups go to the right person, by secure email if they contain personal data.",
    source: "Communities 7 l.217",
    tag: "call",
  },
  {
    id: "CB-1",
    text: "Deal with the enquiry in full; a message or transfer is the last resort (Moray 4.2 l.77). Calico: if not resolved, pass to the right person, service or support agency (Calico App. 1 A2, C3, C4).",
    source: "see REQUIREMENTS.md",
    tag: "call",
  },
  {
    id: "CB-2",
    text: "Moray: once aware of the issue, offer to ring back straight away to save the caller cost.",
    source: "Moray 4.2 l.85",
    tag: "call",
  },
  {
    id: "CB-3",
    text: "Moray: for a call-back, give the officer's name, designation, department and direct line.",
    source: "Moray 4.2 l.77",
    tag: "call",
  },
  {
    id: "CB-4",
    text: "Moray: answer-machine messages are checked and emailed at once to the right staff member.",
    source: "Moray 4.2 l.69",
    tag: "log",
  },
  {
    id: "CB-5",
    text: "Moray: messages are returned that day once the officer is back, or as the caller wishes.",
    source: "Moray 4.2 l.105",
    tag: "call",
  },
  {
    id: "CB-6",
    text: "Moray, no answer: leave a message with an adult or on a machine; keep trying for 2 days; call in the evening if the caller is only available then; after 2 days, send a letter asking them to get in touch (its Appendix I is not in the seed).",
    source: "Moray 4.2 l.107-112",
    tag: "call",
  },
  {
    id: "CB-7",
    text: "Communities: own each call; return calls, especially repeated requests; accept a call for your team without first asking for more information.",
    source: "Communities 4 l.91-93; 6.6 l.174",
    tag: "call",
  },
  {
    id: "OR-1",
    text: "Calico: 0800 169 2407 or 01282 686300; contact@calico.org.uk; www.calico.org.uk/contact.",
    source: "Calico App. 1 F l.338-340",
    tag: "info",
  },
  {
    id: "OR-2",
    text: "Moray main number (01343) 543210.",
    source: "Moray 4.2 l.63",
    tag: "info",
  },
  {
    id: "OR-3",
    text: "The seeds give no number for Longhurst, Croydon or Communities (SH-4 numbers are referral services): invent none. Longhurst takes phone, letter, e-mail, website and area offices.",
    source: "Longhurst l.35",
    tag: "info",
  },
  {
    id: "OR-4",
    text: "Show each promise in full: Croydon Our promise (l.26-33) and CSA promise (l.45-61); Longhurst Our promise to you (l.15-30); Calico vision (l.64) and App. 1 A1-A7; Moray Aims (l.11).",
    source: "see REQUIREMENTS.md",
    tag: "info",
  },
  {
    id: "OR-5",
    text: "Longhurst: be realistic, promise nothing you cannot keep, explain the reasons for decisions.",
    source: "Longhurst l.25, l.28",
    tag: "call",
  },
  {
    id: "OR-6",
    text: "Croydon: be ready to take calls and undistracted. Communities: speak clearly; say \"Thank you\" and \"Please\".",
    source: "Croydon CSA promise l.47-48; Communities 6.2 l.120, 3 l.81",
    tag: "call",
  },
  {
    id: "AB-16",
    text: "Moray: keep providing a service; staff cannot refuse to deal with any customer.",
    source: "Moray 4.4 l.140",
    tag: "call",
  },
  {
    id: "AB-17",
    text: "Moray: the Director may ban a persistently abusive tenant from calling the office; MHP still provides the services it is legally bound to.",
    source: "Moray 4.4 l.163, l.169",
    tag: "info",
  },
  {
    id: "SL-4",
    text: "Croydon: abandonment at most 5% of calls offered; 80% call quality; 95% repair diagnosis accuracy; 80% satisfaction (mechanism TBC). Blank web/eform targets (XXXX hours) are not shown.",
    source: "Croydon, Our Service Levels l.89-94",
    tag: "info",
  },
  {
    id: "SL-5",
    text: "Longhurst: lost or abandoned calls 7% or less.",
    source: "Longhurst l.41",
    tag: "info",
  },
  {
    id: "SL-6",
    text: "Longhurst: a missed appointment, late repair or late complaint reply is notified; if not, the customer \"will usually be entitled to compensation\" (no amount).",
    source: "Longhurst l.46",
    tag: "call",
  },
  {
    id: "SL-7",
    text: "Calico: out-of-hours emergency repairs service; no number or hours given.",
    source: "Calico App. 1 C8 l.307",
    tag: "info",
  },
  {
    id: "SL-8",
    text: "Longhurst: calls passed to another team acknowledged within 3 working days (1 if urgent); new antisocial behaviour reports 1 day urgent, 5 non-urgent.",
    source: "Longhurst l.44",
    tag: "call",
  },
];
