/**
 * Moray Housing Partnership, 4.4 Dealing with Rude or Aggressive Customers, "The telephone": warn
 * once that the call will be ended, end it, make a file note and e-mail it to the Line
 * Manager/Director; the line manager then contacts the caller (the playbook's abusiveFollowUp).
 * Staff never answer rudeness with rudeness and cannot refuse to deal with any customer.
 */
import { moray } from '../../provenance';
import type { Protocol } from '../../schema';
import { endCall, RECORD_WHILE_FRESH, recordInputs, step, TITLE, warning } from './shared';

const S = '4.4 Dealing with Rude or Aggressive Customers';

export const morayAbusiveCall: Protocol = {
  id: 'abusive-moray',
  kind: 'abusive-call',
  title: TITLE,
  from: moray(S, 'Staff will not accept rude, threatening or abusive language from customers.'),
  steps: [
    warning(
      'ab-warn-end',
      'Warn you will end the call',
      'Tell the caller that you will end the call if they go on. Always warn first.',
      'If you carry on speaking to me like this, I will end the call.',
      moray(S, 'They will first warn the tenant/customer that this will happen.'),
      'AB-3',
    ),
    endCall(moray(S, 'Staff may terminate a call in such circumstances.')),
    step({
      id: 'ab-record',
      kind: 'record',
      title: 'Make the file note',
      action: RECORD_WHILE_FRESH,
      inputs: [
        ...recordInputs,
        { id: 'ab-repeat-caller', label: 'Rude or threatening before, in the last 3 months', kind: 'yes-no', sources: ['AB-14'] },
      ],
      phase: 'after',
      from: moray(S, 'If a call has been terminated, a file note will be made'),
      sources: ['AB-9', 'AB-14'],
    }),
    {
      id: 'ab-file-note',
      kind: 'file-note',
      title: 'E-mail the file note',
      action: 'E-mail a copy of the file note to your Line Manager/Director. Include the caller’s number, so the line manager can ring them.',
      say: [],
      checklist: [
        {
          id: 'ab-file-note-sent',
          label: 'File note e-mailed to the Line Manager/Director',
          from: moray(S, 'a copy e-mailed to the relevant Line Manager/Director'),
          sources: ['AB-8'],
        },
      ],
      inputs: [],
      phase: 'after',
      from: moray(S, 'a copy e-mailed to the relevant Line Manager/Director'),
      sources: ['AB-8', 'AB-12'],
    },
  ],
  standing: [
    {
      text: 'Never answer rudeness with rudeness: it may be gross misconduct.',
      from: moray(S, 'Staff will never respond to such calls by being rude or abusive themselves, as this may constitute gross misconduct.'),
      sources: ['AB-11'],
    },
    {
      text: 'You cannot refuse to deal with any customer: keep providing a service.',
      from: moray(S, 'Staff will continue to provide a service to such customers, and cannot refuse to deal with any customer.'),
      sources: ['AB-16'],
    },
    {
      text: 'If they ring back before the line manager has contacted them: help if they are no longer rude; if they are, warn them, then end the call again.',
      from: moray(S, 'Should the same customer ring back before the line manager has contacted them, the officer will deal with the call if the customer has stopped being rude or abusive.'),
      sources: ['AB-13'],
    },
  ],
  do: [],
  dont: [],
};
