import { describe, expect, it } from 'vitest';
import { findScenario, scenarios } from '../../../content/scenarios';
import type { Scenario } from '../../../content/scenarios/schema';
import { askToHold, checkedIn, completeTransfer, copied, holdAgreed, holdDeclined, offerCallBack, openActivity, resumeCall, setTransferTo, updateCaller, type CallData } from '../../../lib/call/call';
import { chooseRoute, completeStep, emergencyCalled, setInput, startProtocol } from '../../../lib/protocols/run';
import { buildDebrief, REACTION_SECONDS, type Debrief } from '../../../lib/training/debrief';
import { abusive, practice, selfHarm, type Practice } from './practice';
import { CORRECT_RUNS } from './runs';

const scenario = (id: string): Scenario => findScenario(id)!;
const debriefOf = (id: string, p: Practice) => buildDebrief(scenario(id), p.attempt());
const texts = (debrief: Debrief) =>
  debrief.findings.map((finding) => (finding.sources.length ? `${finding.text} (${finding.sources.join(', ')})` : finding.text));
/** Adds an event the panel's controls could never produce, for rules that must still hold. */
const inject = (type: CallData['timeline'][number]['type'], detail?: string) => (call: CallData, at: number): CallData => ({
  ...call,
  timeline: [...call.timeline, detail === undefined ? { at, type } : { at, type, detail }],
});

describe('a correct practice of every scenario', () => {
  it('has a correct run here for every scenario', () => {
    expect(Object.keys(CORRECT_RUNS).sort()).toEqual(scenarios.map((s) => s.id).sort());
  });

  it.each(scenarios.map((s) => s.id))('%s: a clean debrief, every step done in order, every goal met', (id) => {
    const debrief = debriefOf(id, CORRECT_RUNS[id]!());
    expect(texts(debrief)).toEqual([]);
    expect(debrief.clean).toBe(true);
    expect(debrief.steps.every((step) => step.status === 'done')).toBe(true);
    expect(debrief.timings.every((timing) => timing.met)).toBe(true);
  });

  it('gives the time to each key step from the start of the call', () => {
    const debrief = debriefOf('self-harm-emergency', CORRECT_RUNS['self-harm-emergency']!());
    expect(debrief.steps.find((step) => step.id === 'dialled')?.atSeconds).toBe(75);
    expect(debrief.timings).toContainEqual(expect.objectContaining({ id: 'emergency', seconds: 70, goalSeconds: 120, met: true }));
  });
});

describe('steps missed or out of order', () => {
  it('names a step missed, citing its requirement', () => {
    const p = practice('warm-transfer').start().wait(5);
    const debrief = debriefOf('warm-transfer', p.end());
    expect(texts(debrief)).toContain('Missed: Brief your colleague (copy the briefing). (TR-2)');
    expect(debrief.clean).toBe(false);
  });

  it('names a step done before the line it answers as out of order', () => {
    const p = CORRECT_RUNS['ordinary-call']!();
    const attempt = p.attempt();
    // Confirm the address before the email was even written down.
    const timeline = attempt.call!.timeline;
    const address = timeline.findIndex((e) => e.type === 'detail-confirmed' && e.detail === 'address:true');
    const [moved] = timeline.splice(address, 1);
    timeline.splice(2, 0, { ...moved!, at: timeline[1]!.at });
    const debrief = buildDebrief(scenario('ordinary-call'), attempt);
    expect(debrief.steps.find((s) => s.id === 'address-confirmed')?.status).toBe('out-of-order');
    expect(texts(debrief)).toContain('Out of order: Confirm the address with the caller. (GR-8)');
  });
});

describe('hold rules (HO-1, HO-2, HO-3, HO-5)', () => {
  it('a hold never asked for is named, even though the panel cannot produce one (HO-1)', () => {
    const p = practice('long-hold').start().wait(5).do(inject('hold-started')).wait(30).do(inject('hold-ended')).end();
    expect(texts(debriefOf('long-hold', p))).toContain('Put on hold without asking the caller first. (HO-1)');
  });

  it('a declined hold is not permission for the next one (HO-1)', () => {
    const p = practice('long-hold').start().do(askToHold, holdDeclined).wait(10).do(inject('hold-started')).end();
    expect(texts(debriefOf('long-hold', p))).toContain('Put on hold without asking the caller first. (HO-1)');
  });

  it('a stretch on hold past the check-in interval is named (HO-2)', () => {
    const p = practice('long-hold').start().do(askToHold, holdAgreed).wait(150).do(checkedIn).wait(30).do(resumeCall).end();
    expect(texts(debriefOf('long-hold', p))).toContain('On hold for 2:30 without a check-in; the guide prompts one every 1:00. (HO-2)');
  });

  it('allows reaction time, scaled by the scenario clock: 1:04 is fine at 1x, 1:30 at 10x', () => {
    const atOne = practice('long-hold').start().do(askToHold, holdAgreed).wait(64).do(checkedIn).wait(10).do(resumeCall).end();
    expect(texts(debriefOf('long-hold', atOne)).filter((t) => t.includes('HO-2'))).toEqual([]);
    const atTen = practice('long-hold', { speed: 10 }).start().do(askToHold, holdAgreed).wait(90).do(checkedIn).wait(10).do(resumeCall).end();
    const debrief = debriefOf('long-hold', atTen);
    expect(debrief.allowanceSeconds).toBe(REACTION_SECONDS * 10);
    expect(texts(debrief).filter((t) => t.includes('HO-2'))).toEqual([]);
  });

  it('a hold past the limit without a call-back offer is named (HO-3)', () => {
    const p = practice('long-hold').start().do(askToHold, holdAgreed);
    for (let minute = 0; minute < 6; minute += 1) p.wait(60).do(checkedIn);
    p.wait(10).do(resumeCall).end();
    expect(texts(debriefOf('long-hold', p))).toContain('Held for 6:10 without offering a call-back; offer one before 5:00. (HO-3)');
  });

  it('a call-back offered only after the limit is named too (HO-3)', () => {
    const p = practice('long-hold').start().do(askToHold, holdAgreed);
    for (let minute = 0; minute < 5; minute += 1) p.wait(60).do(checkedIn);
    p.wait(30).do(offerCallBack).end();
    const found = texts(debriefOf('long-hold', p));
    expect(found).toContain('Call-back offered only after 5:30 on hold; offer one before 5:00. (HO-3)');
    // The same lateness is not named twice by the scenario's timing goal.
    expect(found.filter((t) => t.includes('HO-3'))).toHaveLength(1);
  });

  it('a hold during a self-harm call is named, from a timeline the panel would refuse (HO-5, SH-2)', () => {
    const p = practice('self-harm-non-urgent').start().do((c, at) => startProtocol(c, at, selfHarm)).wait(20).do(inject('hold-started')).wait(30).do(inject('hold-ended')).end();
    expect(texts(debriefOf('self-harm-non-urgent', p))).toContain('Put on hold during a self-harm call. (HO-5, SH-2)');
  });

  it('a caller left on hold once they disclose is named; taking them off first is not (HO-5)', () => {
    const left = practice('self-harm-non-urgent').start().do(askToHold, holdAgreed).wait(20).do((c, at) => startProtocol(c, at, selfHarm)).wait(5).do(colleagueAlertedOnHold).end();
    expect(texts(debriefOf('self-harm-non-urgent', left))).toContain('Left on hold after saying they may harm themselves: take them off hold first. (HO-5, SH-2)');
    const takenOff = practice('self-harm-non-urgent').start().do(askToHold, holdAgreed).wait(20).do((c, at) => startProtocol(c, at, selfHarm), resumeCall).end();
    expect(texts(debriefOf('self-harm-non-urgent', takenOff)).filter((t) => /^(Left|Put) on hold/.test(t))).toEqual([]);
  });
});

function colleagueAlertedOnHold(call: CallData, at: number): CallData {
  return inject('colleague-alerted')(call, at);
}

describe('safeguarding rules', () => {
  it('a location never captured is named (SH-3), with SH-5 when the caller is in immediate danger', () => {
    const p = practice('self-harm-emergency').start().do((c, at) => startProtocol(c, at, selfHarm)).wait(10).do((c, at) => chooseRoute(c, at, selfHarm, 'emergency'), emergencyCalled).end();
    const found = texts(debriefOf('self-harm-emergency', p));
    expect(found).toContain('The caller’s location was never written down. (SH-3, SH-5)');
    expect(found).toContain('Missed: Write down where the caller is. (SH-3)');
  });

  it('a location typed and then cleared is no location (SH-3)', () => {
    const p = practice('self-harm-non-urgent').start().do((c, at) => startProtocol(c, at, selfHarm), (c, at) => setInput(c, at, 'location', 'Home'), (c, at) => setInput(c, at, 'location', '')).end();
    expect(texts(debriefOf('self-harm-non-urgent', p))).toContain('The caller’s location was never written down. (SH-3)');
  });

  it('immediate danger on the non-urgent route, 999 never called, is named (SH-5)', () => {
    const p = practice('self-harm-emergency').start().do((c, at) => startProtocol(c, at, selfHarm), (c, at) => setInput(c, at, 'location', 'Bus shelter'), (c, at) => chooseRoute(c, at, selfHarm, 'non-urgent')).end();
    expect(texts(debriefOf('self-harm-emergency', p))).toContain('The caller was at serious risk or in immediate danger, but the non-urgent route was taken and 999 was not called. (SH-5)');
  });

  it('999 for a caller with no plan or means is named against the non-urgent route (SH-4)', () => {
    const p = practice('self-harm-non-urgent').start().do((c, at) => startProtocol(c, at, selfHarm), (c, at) => setInput(c, at, 'location', 'Home'), (c, at) => chooseRoute(c, at, selfHarm, 'emergency'), emergencyCalled).end();
    expect(texts(debriefOf('self-harm-non-urgent', p))).toContain('The caller had no plan or means: referral advice was the route, not 999. (SH-4)');
  });

  it('ending an abusive call after one warning names the missing warnings (AB-3)', () => {
    const p = practice('abusive-terminated')
      .start()
      .do((c, at) => startProtocol(c, at, abusive), (c, at) => completeStep(c, at, abusive, 'ab-cannot-help'))
      .wait(10)
      .do((c, at) => completeStep(c, at, abusive, 'ab-end-call'))
      .end();
    const found = texts(debriefOf('abusive-terminated', p));
    expect(found).toContain('Call ended after 1 warning; the procedure gives 5 first, including the warning that the call will be ended. (AB-3, AB-6)');
    expect(found).toContain('Missed: Warn that you will end the call. (AB-3)');
  });

  it("the number of warnings is the playbook's: one under Moray's procedure, which a warned, ended call meets", () => {
    const moray = practice('abusive-terminated', { playbookId: 'moray' });
    const warned = moray
      .start()
      .do((c, at) => startProtocol(c, at, moray.abusive), (c, at) => completeStep(c, at, moray.abusive, 'ab-warn-end'))
      .wait(10)
      .do((c, at) => completeStep(c, at, moray.abusive, 'ab-end-call'))
      .end();
    expect(texts(debriefOf('abusive-terminated', warned)).filter((text) => text.startsWith('Call ended after'))).toEqual([]);
    const unwarned = practice('abusive-terminated', { playbookId: 'moray' });
    unwarned.start().do((c, at) => startProtocol(c, at, unwarned.abusive), (c, at) => completeStep(c, at, unwarned.abusive, 'ab-end-call')).end();
    expect(texts(debriefOf('abusive-terminated', unwarned))).toContain('Call ended after no warning; the procedure gives 1 first, including the warning that the call will be ended. (AB-3, AB-6)');
  });

  it('ending with no warning at all says so (AB-3)', () => {
    const p = practice('abusive-terminated').start().do((c, at) => startProtocol(c, at, abusive), (c, at) => completeStep(c, at, abusive, 'ab-end-call')).end();
    expect(texts(debriefOf('abusive-terminated', p))[0]).toBeDefined();
    expect(texts(debriefOf('abusive-terminated', p))).toContain('Call ended after no warning; the procedure gives 5 first, including the warning that the call will be ended. (AB-3, AB-6)');
  });
});

describe('transfers and spelled details', () => {
  const transfer = (to: string, brief: boolean) =>
    practice('warm-transfer')
      .start()
      .do((c, at) => openActivity(c, at, 'transfer'))
      .do(...(brief ? [(c: CallData, at: number) => copied(c, at, 'briefing-copied')] : []))
      .do((c) => setTransferTo(c, to), completeTransfer)
      .end();

  it('a transfer without a briefing is named (TR-2)', () => {
    expect(texts(debriefOf('warm-transfer', transfer('Sam Okafor', false)))).toContain('Transferred without briefing the colleague. (TR-2)');
  });

  it('a transfer to someone other than the caller asked for is named, with who it went to (TR-3)', () => {
    expect(texts(debriefOf('warm-transfer', transfer('Ian Grant, Repairs', true)))).toContain('Transferred to “Ian Grant, Repairs”; the caller asked for Okafor. (TR-1, TR-3)');
  });

  it('an email written down wrong is named with what was recorded and what was spelled (NA-1)', () => {
    const p = practice('ordinary-call', { playbookId: 'calico' }).start().do((c, at) => updateCaller(c, at, { email: 'priya.shah42@example.org', address: 'Flat 2, 18 Mill Lane, Burnley BB11 9ZZ' })).end();
    const found = texts(debriefOf('ordinary-call', p));
    expect(found).toContain('Email recorded as “priya.shah42@example.org”; the caller spelled “priya.shah-42@example.org”. (NA-1)');
    expect(found.filter((t) => t.startsWith('Address recorded'))).toEqual([]);
  });

  it('the postcode counts whatever the spacing and case (NA-1)', () => {
    const p = practice('ordinary-call', { playbookId: 'calico' }).start().do((c, at) => updateCaller(c, at, { email: 'Priya.Shah-42@example.org', address: '18 mill lane bb119zz' })).end();
    expect(texts(debriefOf('ordinary-call', p)).filter((t) => t.includes('recorded'))).toEqual([]);
  });
});

describe('timing goals', () => {
  it('a goal missed is named with how long it took', () => {
    const p = CORRECT_RUNS['self-harm-emergency']!();
    const attempt = p.attempt();
    const timeline = attempt.call!.timeline.map((event) => (event.type === 'emergency-called' ? { ...event, at: event.at + 180_000 } : event));
    const debrief = buildDebrief(scenario('self-harm-emergency'), { ...attempt, call: { ...attempt.call!, timeline } });
    expect(texts(debrief)).toContain('999 called within 2 minutes of the disclosure: took 4:10.');
  });

  it('a goal whose start never came is left to the missed steps', () => {
    const p = practice('long-hold').start().wait(5).end();
    expect(texts(debriefOf('long-hold', p)).filter((t) => t.includes('Call-back offered before'))).toEqual([]);
  });
});
