/**
 * Carmarthenshire Department for Communities, 6.7 Dealing with Abusive Calls: its ten points in
 * the standard's order. Points 1 to 5 are said to the caller before the call is ended.
 */
import { communities } from '../../provenance';
import type { Protocol } from '../../schema';
import { endCall, recordInputs, stayPolite, step, tellLineManager, TITLE, warning } from './shared';

const S = '6.7 Dealing with Abusive Calls';

export const communitiesAbusiveCall: Protocol = {
  id: 'abusive-communities',
  kind: 'abusive-call',
  title: TITLE,
  from: communities(S, 'Dealing with Abusive Calls'),
  steps: [
    warning(
      'ab-cannot-help',
      "Say you can't help like this",
      'Tell the caller you cannot help them if they carry on behaving this way.',
      "I want to help, but I can't if you carry on speaking to me like this.",
      communities(S, 'Inform the caller that you cannot help if they persist with their behaviour'),
      'AB-1',
    ),
    warning(
      'ab-suggest-call-back',
      'Suggest calling back later',
      'If it continues, suggest it may be more constructive to call back later.',
      'It may be more constructive if you call us back later.',
      communities(S, 'If they continue, advise them that it may be more constructive if they call back later'),
      'AB-2',
    ),
    warning(
      'ab-warn-end',
      'Warn you will end the call',
      'If it still continues, tell them there is no alternative but to end the call.',
      "If this carries on, I'll have no alternative but to end the call.",
      communities(S, 'Advise them that if they continue, there is no alternative but to terminate the call'),
      'AB-3',
    ),
    warning(
      'ab-offer-help',
      'Ask once more how you can help',
      'Ask one more time whether there is any way you can help.',
      'Is there any way I can help you?',
      communities(S, 'Ask them once more if there is any way in which you can help them'),
      'AB-4',
    ),
    warning(
      'ab-say-ending',
      "Say you're ending the call",
      'Tell the caller you are about to end the call.',
      "I'm going to end the call now.",
      communities(S, 'Advise them that you are about to terminate the call'),
      'AB-5',
    ),
    endCall(communities(S, 'Terminate the call')),
    step({
      id: 'ab-take-break',
      kind: 'plain',
      title: 'Take a break',
      action: 'Take a break before the next call if you feel it will help.',
      phase: 'after',
      from: communities(S, 'Take a break if you feel it will help'),
      sources: ['AB-7'],
    }),
    tellLineManager('Report the incident to your line manager.', communities(S, 'Report the incident to your line manager')),
    step({
      id: 'ab-record',
      kind: 'record',
      title: 'Record the incident',
      action: "Record the incident on the Council's Incident Reporting Form ADOR1. What you save here goes in the incident log.",
      inputs: recordInputs,
      phase: 'after',
      from: communities(S, "Record the incident using the Council's Incident Reporting Form ADOR1"),
      sources: ['AB-9'],
    }),
    step({
      id: 'ab-further-support',
      kind: 'plain',
      title: 'Get support',
      action: 'Seek further support, if you need it.',
      phase: 'after',
      from: communities(S, 'Seek further support, if appropriate'),
      sources: ['AB-10'],
    }),
  ],
  standing: [stayPolite("Communities' standard does not say this; the guide's reminder, from Moray's policy.")],
  do: [],
  dont: [],
};
