/**
 * The guide's default abusive-call procedure, for organisations whose standard gives no steps
 * (Croydon; Calico and Longhurst, which state only that abuse is not tolerated). It follows the
 * shape of Carmarthenshire Communities 6.7, shortened, and says on screen that it is the guide's.
 * An organisation replaces it with its own in a playbook pack or its policy.
 */
import { calico, guideDefault, longhurst, quote } from '../../provenance';
import type { Cue, Protocol, ProtocolStep } from '../../schema';
import { endCall, RECORD_WHILE_FRESH, recordInputs, stayPolite, step, tellLineManager, TITLE, warning } from './shared';

const REASON = "Your standard gives no steps for abusive calls: this is the guide's default, based on Carmarthenshire Communities 6.7.";
const c = (text: string) => quote.communities('6.7', text);

const steps: ProtocolStep[] = [
  warning(
    'ab-cannot-help',
    "Say you can't help like this",
    'Tell the caller you cannot help them if they carry on behaving this way.',
    "I want to help, but I can't if you carry on speaking to me like this.",
    guideDefault(REASON, c('Inform the caller that you cannot help if they persist with their behaviour')),
    'AB-1',
  ),
  warning(
    'ab-warn-end',
    'Warn you will end the call',
    'If it continues, tell them you will end the call. Always warn before ending.',
    "If this carries on, I'll have no alternative but to end the call.",
    guideDefault(REASON, c('Advise them that if they continue, there is no alternative but to terminate the call')),
    'AB-3',
  ),
  endCall(guideDefault(REASON, c('Terminate the call'))),
  step({
    id: 'ab-record',
    kind: 'record',
    title: 'Record the incident',
    action: RECORD_WHILE_FRESH,
    inputs: recordInputs,
    phase: 'after',
    from: guideDefault(REASON, c("Record the incident using the Council's Incident Reporting Form ADOR1")),
    sources: ['AB-9'],
  }),
  tellLineManager('Report the call to your line manager.', guideDefault(REASON, c('Report the incident to your line manager'))),
  step({
    id: 'ab-further-support',
    kind: 'plain',
    title: 'Take a break, get support',
    action: 'Take a break before the next call if it will help, and seek further support if you need it.',
    phase: 'after',
    from: guideDefault(REASON, c('Take a break if you feel it will help')),
    sources: ['AB-7', 'AB-10'],
  }),
];

const polite: Cue = stayPolite(REASON);

export const guideDefaultAbusiveCall: Protocol = {
  id: 'abusive-guide-default',
  kind: 'abusive-call',
  title: TITLE,
  from: guideDefault(REASON, c('Dealing with Abusive Calls')),
  steps,
  standing: [polite],
  do: [],
  dont: [],
};

/** Calico: the guide's steps, with what Calico's policy says it does about abuse (AB-15). */
export const calicoAbusiveCall: Protocol = {
  ...guideDefaultAbusiveCall,
  id: 'abusive-calico',
  standing: [
    {
      text: 'Calico will not tolerate any rude, abusive or threatening behaviour, and will report any incidents to the police or other relevant authority.',
      from: calico(
        'Appendix 1, In support of our Service Standards, 7',
        'Calico will take the appropriate action and report any incidents to the police or other relevant authority.',
      ),
      sources: ['AB-15'],
    },
    polite,
  ],
};

/** Longhurst: the guide's steps, with its promise not to tolerate abuse (AB-15). */
export const longhurstAbusiveCall: Protocol = {
  ...guideDefaultAbusiveCall,
  id: 'abusive-longhurst',
  standing: [
    {
      text: 'Longhurst will not tolerate abusive or aggressive behaviour.',
      from: longhurst('Our promise to you', 'Treat you with respect but will not tolerate abusive or aggressive behaviour.'),
      sources: ['AB-15'],
    },
    polite,
  ],
};
