/**
 * The guide's default abusive-call procedure, for organisations whose standard gives no steps
 * (Croydon; Calico and Longhurst, which state only that abuse is not tolerated). It follows the
 * shape of Carmarthenshire Communities 6.7, shortened, and says on screen that it is the guide's.
 * An organisation replaces it with its own in a playbook pack or its policy.
 */
import { calico, guideDefault, longhurst, quote } from '../../provenance';
import type { Cue, Protocol, ProtocolStep } from '../../schema';
import { recordInputs, TITLE } from './shared';

const REASON = "Your standard gives no steps for abusive calls: this is the guide's default, based on Carmarthenshire Communities 6.7.";
const c = (text: string) => quote.communities('6.7', text);

const steps: ProtocolStep[] = [
  {
    id: 'ab-cannot-help',
    kind: 'warning',
    title: "Say you can't help like this",
    action: 'Tell the caller you cannot help them if they carry on behaving this way.',
    say: ["I want to help, but I can't if you carry on speaking to me like this."],
    checklist: [],
    inputs: [],
    phase: 'call',
    from: guideDefault(REASON, c('Inform the caller that you cannot help if they persist with their behaviour')),
    sources: ['AB-1'],
  },
  {
    id: 'ab-warn-end',
    kind: 'warning',
    title: 'Warn you will end the call',
    action: 'If it continues, tell them you will end the call. Always warn before ending.',
    say: ["If this carries on, I'll have no alternative but to end the call."],
    checklist: [],
    inputs: [],
    phase: 'call',
    from: guideDefault(REASON, c('Advise them that if they continue, there is no alternative but to terminate the call')),
    sources: ['AB-3'],
  },
  {
    id: 'ab-end-call',
    kind: 'end-call',
    title: 'End the call',
    action: 'End the call.',
    say: [],
    checklist: [],
    inputs: [],
    phase: 'call',
    from: guideDefault(REASON, c('Terminate the call')),
    sources: ['AB-6'],
  },
  {
    id: 'ab-record',
    kind: 'record',
    title: 'Record the incident',
    action: 'Write down what happened while it is fresh, with the caller’s exact words. What you save here goes in the incident log.',
    say: [],
    checklist: [],
    inputs: recordInputs,
    phase: 'after',
    from: guideDefault(REASON, c("Record the incident using the Council's Incident Reporting Form ADOR1")),
    sources: ['AB-9'],
  },
  {
    id: 'ab-report',
    kind: 'plain',
    title: 'Tell your line manager',
    action: 'Report the call to your line manager.',
    say: [],
    checklist: [
      {
        id: 'ab-told-manager',
        label: 'Line manager told',
        from: guideDefault(REASON, c('Report the incident to your line manager')),
        sources: ['AB-8'],
      },
    ],
    inputs: [],
    phase: 'after',
    from: guideDefault(REASON, c('Report the incident to your line manager')),
    sources: ['AB-8'],
  },
  {
    id: 'ab-further-support',
    kind: 'plain',
    title: 'Take a break, get support',
    action: 'Take a break before the next call if it will help, and seek further support if you need it.',
    say: [],
    checklist: [],
    inputs: [],
    phase: 'after',
    from: guideDefault(REASON, c('Take a break if you feel it will help')),
    sources: ['AB-7', 'AB-10'],
  },
];

const stayPolite: Cue = {
  text: 'Stay calm and polite: never answer rudeness with rudeness.',
  from: guideDefault(REASON, quote.moray('4.4', 'Staff will never respond to such calls by being rude or abusive themselves')),
  sources: ['AB-11'],
};

export const guideDefaultAbusiveCall: Protocol = {
  id: 'abusive-guide-default',
  kind: 'abusive-call',
  title: TITLE,
  from: guideDefault(REASON, c('Dealing with Abusive Calls')),
  steps,
  standing: [stayPolite],
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
    stayPolite,
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
    stayPolite,
  ],
};
