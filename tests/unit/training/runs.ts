/**
 * Each scenario practised correctly, step by step, with the real transitions: the debrief of
 * every one must be clean. tests/e2e/pages/scenario-runs.ts does the same through the panel.
 */
import {
  askToHold,
  checkClosing,
  checkedIn,
  completeTransfer,
  confirmDetail,
  copied,
  goToStage,
  holdAgreed,
  nextStage,
  offerCallBack,
  openActivity,
  promiseCallBack,
  setTransferTo,
  updateCaller,
} from '../../../lib/call/call';
import {
  behaviourStopped,
  chooseRoute,
  colleagueAlerted,
  completeStep,
  emergencyCalled,
  finishProtocol,
  goToStep,
  incidentSaved,
  protocolCallEnded,
  referralGiven,
  setInput,
  startProtocol,
} from '../../../lib/protocols/run';
import { practice, type Practice } from './practice';
import { ORGANISATION_RUNS } from './runs-organisations';

type Transition = (c: Parameters<typeof completeStep>[0], at: number) => ReturnType<typeof completeStep>;
/** A step of the practice's own abusive-call or self-harm procedure, done. */
const said = (p: Practice, stepId: string): Transition => (c, at) => completeStep(c, at, p.abusive, stepId);
const shStep = (p: Practice, stepId: string): Transition => (c, at) => completeStep(c, at, p.selfHarm, stepId);

function greetAndName(p: Practice, title: string, surname: string): Practice {
  return p
    .start()
    .wait(5)
    .do(nextStage, (c, at) => updateCaller(c, at, { title }), (c, at) => updateCaller(c, at, { surname }));
}

export const CORRECT_RUNS: Record<string, () => Practice> = {
  'ordinary-call': () =>
    greetAndName(practice('ordinary-call', { playbookId: 'calico' }), 'Ms', 'Shah')
      .wait(10)
      .do((c, at) => updateCaller(c, at, { email: 'priya.shah-42@example.org' }))
      .spell('email')
      .wait(20)
      .do((c, at) => confirmDetail(c, at, 'email'))
      .wait(10)
      .do((c, at) => updateCaller(c, at, { address: 'Flat 2, 18 Mill Lane, Burnley BB11 9ZZ' }))
      .spell('address')
      .wait(20)
      .do((c, at) => confirmDetail(c, at, 'address'))
      .wait(30)
      .do(nextStage)
      .wait(60)
      .do(nextStage, (c, at) => checkClosing(c, at, 'anything-else', true), (c, at) => copied(c, at, 'summary-copied'))
      .end(),

  'long-hold': () =>
    greetAndName(practice('long-hold'), 'Mr', 'Nowak')
      .wait(10)
      .do(askToHold, holdAgreed)
      .wait(60)
      .do(checkedIn)
      .wait(60)
      .do(checkedIn)
      .wait(60)
      .do(checkedIn)
      .wait(60)
      .do(offerCallBack)
      .wait(20)
      .do(
        (c, at) => promiseCallBack(c, at, { promiseId: 'agreed-time', label: 'At the agreed time', dueAt: null, agreedTime: 'This afternoon' }),
        (c, at) => copied(c, at, 'message-copied'),
      )
      .wait(10)
      .end(),

  'warm-transfer': () =>
    greetAndName(practice('warm-transfer'), 'Mrs', 'Hughes')
      .wait(20)
      .do((c, at) => openActivity(c, at, 'transfer'))
      .wait(15)
      .do((c, at) => copied(c, at, 'briefing-copied'), (c) => setTransferTo(c, 'Sam Okafor, Rents'), completeTransfer)
      .wait(10)
      .do((c, at) => goToStage(c, at, 'close'), (c, at) => copied(c, at, 'summary-copied'))
      .end(),

  'abusive-calms': () => {
    const p = practice('abusive-calms');
    return p
      .start()
      .wait(5)
      .do((c, at) => startProtocol(c, at, p.abusive))
      .wait(10)
      .do(said(p, 'ab-cannot-help'))
      .wait(10)
      .do(behaviourStopped, nextStage, (c, at) => updateCaller(c, at, { surname: 'Cole' }))
      .wait(60)
      .do((c, at) => goToStage(c, at, 'close'), (c, at) => copied(c, at, 'summary-copied'))
      .end();
  },

  'abusive-terminated': () => {
    const p = practice('abusive-terminated');
    return p
      .start()
      .wait(5)
      .do((c, at) => startProtocol(c, at, p.abusive))
      .wait(10)
      .do(said(p, 'ab-cannot-help'))
      .wait(20)
      .do(said(p, 'ab-suggest-call-back'))
      .wait(20)
      .do(said(p, 'ab-warn-end'))
      .wait(20)
      .do(said(p, 'ab-offer-help'))
      .wait(20)
      .do(said(p, 'ab-say-ending'))
      .wait(10)
      .do(said(p, 'ab-end-call'))
      .wait(60)
      .do(said(p, 'ab-take-break'))
      .wait(60)
      .do(said(p, 'ab-report'), (c, at) => setInput(c, at, 'ab-caller-words', 'You useless idiot'), (c, at) => incidentSaved(c, at, 'incident-1'))
      .do(said(p, 'ab-record'), said(p, 'ab-further-support'), finishProtocol)
      .end();
  },

  'self-harm-non-urgent': () => {
    const p = practice('self-harm-non-urgent');
    return p
      .start()
      .wait(10)
      .do((c, at) => startProtocol(c, at, p.selfHarm))
      .wait(10)
      .do(shStep(p, 'sh-take-seriously'))
      .wait(15)
      .do(colleagueAlerted, shStep(p, 'sh-support-partner'))
      .wait(30)
      .do((c, at) => setInput(c, at, 'location', 'At home, 12 Birch Row'), (c, at) => chooseRoute(c, at, p.selfHarm, 'non-urgent'))
      .wait(30)
      .do((c, at) => referralGiven(c, at, 'samaritans', true))
      .wait(20)
      .do((c, at) => protocolCallEnded(shStep(p, 'sh-referral-advice')(c, at), at, p.selfHarm), (c, at) => incidentSaved(c, at, 'incident-2'))
      .do(shStep(p, 'sh-review'), finishProtocol)
      .end();
  },

  'self-harm-emergency': () => {
    const p = practice('self-harm-emergency');
    return p
      .start()
      .wait(5)
      .do((c, at) => startProtocol(c, at, p.selfHarm))
      .wait(10)
      .do((c) => goToStep(c, 'sh-support-partner'), colleagueAlerted)
      .wait(10)
      .do((c) => goToStep(c, 'sh-gather-information'), (c, at) => setInput(c, at, 'location', 'Bus shelter, Elm Road, by the park gates'))
      .wait(20)
      .do((c, at) => chooseRoute(c, at, p.selfHarm, 'emergency'))
      .wait(30)
      .do(emergencyCalled)
      .wait(120)
      .do((c, at) => protocolCallEnded(shStep(p, 'sh-emergency')(c, at), at, p.selfHarm), (c, at) => incidentSaved(c, at, 'incident-3'))
      .do(shStep(p, 'sh-review'), finishProtocol)
      .end();
  },
  ...ORGANISATION_RUNS,
};
