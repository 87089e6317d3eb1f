import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../content/scenarios';
import { askToHold, checkedIn, holdAgreed, nextStage, offerCallBack, updateCaller } from '../../../lib/call/call';
import { attemptEvents } from '../../../lib/training/attempt';
import { currentBeat, matches, matchScript } from '../../../lib/training/script';
import { practice } from './practice';

const longHold = findScenario('long-hold')!;
const line = (p: ReturnType<typeof practice>) => {
  const beat = currentBeat(longHold, attemptEvents(p.attempt(), p.call));
  return beat === null ? null : longHold.script[beat]!.id;
};

describe('matching events to the script', () => {
  it('matches by type, and by detail when the step names one (a field among several)', () => {
    expect(matches({ event: 'caller-updated', detail: 'surname' }, { at: 0, type: 'caller-updated', detail: 'firstName,surname' })).toBe(true);
    expect(matches({ event: 'caller-updated', detail: 'surname' }, { at: 0, type: 'caller-updated', detail: 'title' })).toBe(false);
    expect(matches({ event: 'hold-asked' }, { at: 0, type: 'hold-asked' })).toBe(true);
  });

  it('each event answers one step only', () => {
    const p = practice('long-hold').start().do(askToHold, holdAgreed).wait(60).do(checkedIn);
    const results = matchScript(longHold, attemptEvents(p.attempt(), p.call));
    expect(results.filter((r) => r.step.event === 'hold-check-in').map((r) => r.status)).toEqual(['done']);
  });
});

describe('the caller’s current line', () => {
  it('follows the trainee through the script, line by line', () => {
    const p = practice('long-hold');
    expect(line(p)).toBe('phone-rings');
    p.start();
    expect(line(p)).toBe('chasing');
    p.do(nextStage, (c, at) => updateCaller(c, at, { surname: 'Nowak' }));
    expect(line(p)).toBe('can-hang-on');
    p.do(askToHold);
    expect(line(p)).toBe('can-hang-on');
    p.do(holdAgreed);
    expect(line(p)).toBe('on-hold');
    p.wait(60).do(checkedIn);
    expect(line(p)).toBe('keeps-holding');
    p.wait(180).do(offerCallBack);
    expect(line(p)).toBe('ring-me-back');
  });

  it('moves on when the trainee has moved on, even past a step left undone', () => {
    const p = practice('long-hold').start().do(askToHold, holdAgreed);
    // The name was never written down, but the call has gone on to the hold.
    expect(line(p)).toBe('on-hold');
  });

  it('is null once every line is answered', () => {
    const p = practice('long-hold').start().do(nextStage, (c, at) => updateCaller(c, at, { surname: 'Nowak' }), askToHold, holdAgreed, checkedIn, offerCallBack);
    expect(line(p)).toBe('ring-me-back');
  });
});
