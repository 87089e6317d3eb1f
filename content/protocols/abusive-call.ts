/**
 * Abusive calls: the six warnings and endings of Communities 6.7 in the standard's order, then
 * what happens once the call has ended. Moray 4.4 agrees (always warn before ending) and adds
 * the line manager's follow-up and the 3-month report, cited where the agent meets them.
 */
import type { Protocol } from '../schema';

export const abusiveCallProtocol: Protocol = {
  id: 'abusive-call',
  title: 'Abusive call',
  source: {
    document: 'Carmarthenshire Department for Communities Customer Care Standards',
    section: '6.7 Dealing with Abusive Calls, with Moray 4.4',
  },
  steps: [
    {
      id: 'ab-cannot-help',
      title: "Say you can't help like this",
      action: 'Stay calm. Tell the caller you cannot help them if they carry on behaving this way.',
      say: ["I want to help, but I can't if you carry on speaking to me like this."],
      checklist: [],
      inputs: [],
      phase: 'call',
      sources: ['AB-1'],
    },
    {
      id: 'ab-suggest-call-back',
      title: 'Suggest calling back later',
      action: 'If it continues, suggest it may be more helpful to call back later.',
      say: ['It may be better if you call us back a bit later.'],
      checklist: [],
      inputs: [],
      phase: 'call',
      sources: ['AB-2'],
    },
    {
      id: 'ab-warn-end',
      title: 'Warn you will end the call',
      action:
        'If it still continues, warn that there is no alternative but to end the call. Always warn before ending.',
      say: ["If this carries on, I'll have no choice but to end the call."],
      checklist: [],
      inputs: [],
      phase: 'call',
      sources: ['AB-3'],
    },
    {
      id: 'ab-offer-help',
      title: 'Ask once more how you can help',
      action: 'Ask one more time whether there is any way you can help.',
      say: ['Is there any way I can help you today?'],
      checklist: [],
      inputs: [],
      phase: 'call',
      sources: ['AB-4'],
    },
    {
      id: 'ab-say-ending',
      title: "Say you're ending the call",
      action: 'Tell the caller you are about to end the call.',
      say: ["I'm going to end the call now."],
      checklist: [],
      inputs: [],
      phase: 'call',
      sources: ['AB-5'],
    },
    {
      id: 'ab-end-call',
      title: 'End the call',
      action: 'End the call.',
      say: [],
      checklist: [],
      inputs: [],
      phase: 'call',
      sources: ['AB-6'],
    },
    {
      id: 'ab-take-break',
      title: 'Take a break',
      action: 'Take a short break if it will help before the next call.',
      say: [],
      checklist: [],
      inputs: [],
      phase: 'after',
      sources: ['AB-7'],
    },
    {
      id: 'ab-report',
      title: 'Tell your line manager',
      action: 'Report the call to your line manager and email a file note to the Line Manager/Director.',
      say: [],
      checklist: [
        { id: 'ab-told-manager', label: 'Line manager told', sources: ['AB-8'] },
        { id: 'ab-file-note', label: 'File note emailed to Line Manager/Director', sources: ['AB-8'] },
        {
          id: 'ab-follow-up-contact',
          label: "Moray: caller's number in the note (the line manager rings within 24 h, or writes within 48 h)",
          sources: ['AB-12'],
        },
      ],
      inputs: [],
      phase: 'after',
      sources: ['AB-8', 'AB-12'],
    },
    {
      id: 'ab-record',
      title: 'Record the incident',
      action:
        'Record the incident on the incident reporting form (ADOR1 in Communities). Moray: repeated abuse over 3 months means a report for the Director.',
      say: [],
      checklist: [],
      inputs: [
        { id: 'ab-call-time', label: 'Time of the call', kind: 'time', sources: ['AB-9'] },
        { id: 'ab-caller-words', label: "The caller's exact words", kind: 'longtext', sources: ['AB-9'] },
        {
          id: 'ab-what-happened',
          label: 'What happened, and the warnings you gave',
          kind: 'longtext',
          sources: ['AB-9', 'AB-3'],
        },
        {
          id: 'ab-repeat-caller',
          label: 'Abusive before in the last 3 months',
          kind: 'yes-no',
          sources: ['AB-14'],
        },
      ],
      phase: 'after',
      sources: ['AB-9', 'AB-14'],
    },
    {
      id: 'ab-further-support',
      title: 'Get support',
      action: 'Seek further support if you need it.',
      say: [],
      checklist: [],
      inputs: [],
      phase: 'after',
      sources: ['AB-10'],
    },
    {
      id: 'ab-police',
      title: 'Police or other authority (if needed)',
      action:
        'Only if needed: abusive or threatening behaviour may be reported to the police or another authority. Agree it with your line manager.',
      say: [],
      checklist: [],
      inputs: [],
      phase: 'after',
      sources: ['AB-15'],
    },
  ],
  standing: [
    { text: 'Stay polite: never answer rudeness with rudeness.', sources: ['AB-11'] },
    {
      text: 'Moray: if the caller rings back before the line manager has, help if they are now civil; if not, warn and end the call again.',
      sources: ['AB-13'],
    },
  ],
  do: [],
  dont: [],
};
