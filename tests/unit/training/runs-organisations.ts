/** The organisations' own scenarios (content/scenarios/by-organisation.ts), each practised correctly. */
import { confirmDetail, copied, nextStage, openActivity, promiseCallBack, setComplaint, updateCaller } from '../../../lib/call/call';
import { chooseRoute, colleagueAlerted, completeStep, finishProtocol, incidentSaved, protocolCallEnded, referralGiven, setInput, startProtocol } from '../../../lib/protocols/run';
import { practice, type Practice } from './practice';

type Step = Parameters<Practice['do']>[0];
const said = (p: Practice, stepId: string): Step => (c, at) => completeStep(c, at, p.abusive, stepId);
const planStep = (p: Practice, stepId: string): Step => (c, at) => completeStep(c, at, p.selfHarm, stepId);
const named = (surname: string): Step[] => [nextStage, (c, at) => updateCaller(c, at, { surname })];
const closed: Step[] = [nextStage, (c, at) => copied(c, at, 'summary-copied')];

/** Warnings said in order, the call ended, the exact words written and the incident saved. */
function ended(p: Practice, warnings: string[]): Practice {
  let run = p.start().wait(5).do((c, at) => startProtocol(c, at, p.abusive));
  for (const warning of warnings) run = run.wait(15).do(said(p, warning));
  return run
    .wait(10)
    .do(said(p, 'ab-end-call'))
    .wait(60)
    .do((c, at) => setInput(c, at, 'ab-caller-words', 'You lot are thieves'), (c, at) => incidentSaved(c, at, 'incident-9'));
}

export const ORGANISATION_RUNS: Record<string, () => Practice> = {
  'communities-welsh': () =>
    practice('communities-welsh')
      .start()
      .wait(5)
      .do(...named('Prydderch'), (c, at) => updateCaller(c, at, { language: 'cy' }))
      .wait(40)
      .do(nextStage)
      .wait(60)
      .do(...closed)
      .end(),

  'croydon-repair': () =>
    practice('croydon-repair')
      .start()
      .wait(5)
      .do(...named('Okoro'))
      .wait(20)
      .do((c, at) => confirmDetail(c, at, 'address'), (c, at) => confirmDetail(c, at, 'phone'))
      .wait(30)
      .do(nextStage)
      .wait(60)
      .do(...closed)
      .end(),

  'calico-abusive': () => {
    const p = practice('calico-abusive');
    return ended(p, ['ab-cannot-help', 'ab-warn-end']).end();
  },

  'moray-message': () =>
    practice('moray-message')
      .start()
      .wait(5)
      .do(...named('Grant'))
      .wait(15)
      .do(nextStage)
      .wait(20)
      .do(
        (c, at) => openActivity(c, at, 'message'),
        (c, at) => copied(c, at, 'message-copied'),
        (c, at) => promiseCallBack(c, at, { promiseId: 'within-24-hours', label: 'Within 24 hours', dueAt: at + 86_400_000, agreedTime: '' }),
      )
      .wait(10)
      .end(),

  'moray-abusive': () => {
    const p = practice('moray-abusive');
    return ended(p, ['ab-warn-end']).do(said(p, 'ab-record'), said(p, 'ab-file-note'), finishProtocol).end();
  },

  'longhurst-missed': () =>
    practice('longhurst-missed')
      .start()
      .wait(5)
      .do(...named('Whitworth'))
      .wait(20)
      .do(nextStage, (c, at) => setComplaint(c, at, true))
      .wait(60)
      .do(...closed)
      .end(),

  'longhurst-self-harm': () => {
    const p = practice('longhurst-self-harm');
    return p
      .start()
      .wait(10)
      .do((c, at) => startProtocol(c, at, p.selfHarm))
      .wait(10)
      .do(planStep(p, 'sh-take-seriously'))
      .wait(15)
      .do(colleagueAlerted, planStep(p, 'sh-support-partner'))
      .wait(30)
      .do((c, at) => setInput(c, at, 'location', 'At home, Witham Court'), (c, at) => chooseRoute(c, at, p.selfHarm, 'non-urgent'))
      .wait(30)
      .do((c, at) => referralGiven(c, at, 'samaritans', true))
      .wait(20)
      .do((c, at) => protocolCallEnded(planStep(p, 'sh-referral-advice')(c, at), at, p.selfHarm), (c, at) => incidentSaved(c, at, 'incident-8'))
      .do(planStep(p, 'sh-review'), finishProtocol)
      .end();
  },
};
