import { describe, expect, it } from 'vitest';
import type { CallEventType } from '../../../content/call-events';
import {
  addressCaller,
  askToHold,
  checkClosing,
  checkedIn,
  closeActivity,
  completeTransfer,
  confirmDetail,
  copied,
  EMPTY_CALLER,
  endCall,
  goToStage,
  holdAgreed,
  holdDeclined,
  nextStage,
  offerCallBack,
  openActivity,
  resumeCall,
  setTransferTo,
  startCall,
  STAGES,
  updateCaller,
  type CallData,
} from '../../../lib/call/call';
import { NOW } from '../../support/now';

const T0 = NOW;
const types = (call: CallData): CallEventType[] => call.timeline.map((event) => event.type);
const last = (call: CallData) => call.timeline[call.timeline.length - 1];
const onHold = (at = T0 + 10_000) => holdAgreed(askToHold(startCall('c', 'new', T0), at), at);

describe('starting a call', () => {
  it.each(['new', 'transferred'] as const)('starts a %s call at the greeting with a clean slate', (kind) => {
    const call = startCall('call-1', kind, T0);
    expect(call).toMatchObject({ id: 'call-1', kind, startedAt: T0, stage: 'greeting', activity: null, hold: null });
    expect(call.askingHold).toBe(false);
    expect(call.caller).toEqual(EMPTY_CALLER);
    expect(call.timeline).toEqual([{ at: T0, type: 'call-started', detail: kind }]);
  });
});

describe('stages', () => {
  it('go greeting, caller, enquiry, close, and stop at close', () => {
    let call = startCall('c', 'new', T0);
    const seen = [call.stage];
    for (let i = 1; i <= 3; i += 1) {
      call = nextStage(call, T0 + i);
      seen.push(call.stage);
    }
    expect(seen).toEqual([...STAGES]);
    expect(call.timeline.slice(1)).toEqual([
      { at: T0 + 1, type: 'stage', detail: 'caller' },
      { at: T0 + 2, type: 'stage', detail: 'enquiry' },
      { at: T0 + 3, type: 'stage', detail: 'close' },
    ]);
    expect(nextStage(call, T0 + 4)).toBe(call);
  });

  it('can jump to any stage, and going to the current one changes nothing', () => {
    const call = startCall('c', 'new', T0);
    expect(goToStage(call, T0 + 5, 'close')).toMatchObject({ stage: 'close' });
    expect(goToStage(call, T0 + 5, 'greeting')).toBe(call);
  });
});

describe('hold (HO-1..HO-3)', () => {
  it('never starts without asking the caller first (HO-1)', () => {
    const call = startCall('c', 'new', T0);
    expect(holdAgreed(call, T0 + 1)).toBe(call);
    const asking = askToHold(call, T0 + 1);
    expect(asking).toMatchObject({ askingHold: true, hold: null });
    const held = holdAgreed(asking, T0 + 2);
    expect(held).toMatchObject({ askingHold: false, hold: { startedAt: T0 + 2, lastCheckInAt: T0 + 2 } });
    expect(types(held)).toEqual(['call-started', 'hold-asked', 'hold-started']);
  });

  it('asking twice, or while on hold, is one question', () => {
    const asking = askToHold(startCall('c', 'new', T0), T0 + 1);
    expect(askToHold(asking, T0 + 2)).toBe(asking);
    const held = holdAgreed(asking, T0 + 3);
    expect(askToHold(held, T0 + 4)).toBe(held);
    expect(holdAgreed(held, T0 + 4)).toBe(held);
  });

  it('a caller who declines is not put on hold', () => {
    const declined = holdDeclined(askToHold(startCall('c', 'new', T0), T0 + 1), T0 + 2);
    expect(declined).toMatchObject({ askingHold: false, hold: null });
    expect(last(declined)).toEqual({ at: T0 + 2, type: 'hold-declined' });
    expect(holdDeclined(declined, T0 + 3)).toBe(declined);
  });

  it('a check-in restarts the interval but not the hold clock (HO-2)', () => {
    const held = onHold(T0 + 10_000);
    const checked = checkedIn(held, T0 + 70_000);
    expect(checked.hold).toEqual({ startedAt: T0 + 10_000, lastCheckInAt: T0 + 70_000 });
    expect(last(checked)).toEqual({ at: T0 + 70_000, type: 'hold-check-in' });
    const notHeld = startCall('c', 'new', T0);
    expect(checkedIn(notHeld, T0 + 1)).toBe(notHeld);
  });

  it('resuming ends the hold, or withdraws the question', () => {
    const resumed = resumeCall(onHold(), T0 + 30_000);
    expect(resumed).toMatchObject({ hold: null, askingHold: false });
    expect(last(resumed)).toEqual({ at: T0 + 30_000, type: 'hold-ended' });
    expect(resumeCall(askToHold(startCall('c', 'new', T0), T0 + 1), T0 + 2)).toMatchObject({ askingHold: false });
    expect(resumeCall(resumed, T0 + 40_000)).toBe(resumed);
  });

  it('offering a call-back takes the caller off hold and opens the message (HO-3)', () => {
    const offered = offerCallBack(onHold(), T0 + 240_000);
    expect(offered).toMatchObject({ hold: null, activity: 'message' });
    expect(offered.timeline.slice(-2)).toEqual([
      { at: T0 + 240_000, type: 'hold-ended' },
      { at: T0 + 240_000, type: 'call-back-offered' },
    ]);
  });
});

describe('transfer (TR-3)', () => {
  it('records who the call went to and closes the transfer', () => {
    const open = openActivity(startCall('c', 'new', T0), T0 + 1, 'transfer');
    expect(open.activity).toBe('transfer');
    expect(last(open)).toEqual({ at: T0 + 1, type: 'transfer-started' });
    const done = completeTransfer(setTransferTo(open, '  Jo Bloggs, Repairs '), T0 + 2);
    expect(done.activity).toBeNull();
    expect(last(done)).toEqual({ at: T0 + 2, type: 'transfer-completed', detail: 'Jo Bloggs, Repairs' });
  });

  it("says 'not recorded' when the agent did not note who took it", () => {
    const open = setTransferTo(openActivity(startCall('c', 'new', T0), T0 + 1, 'transfer'), '   ');
    expect(last(completeTransfer(open, T0 + 2))?.detail).toBe('not recorded');
  });

  it('cancelling a transfer is recorded; closing a message is not', () => {
    const start = startCall('c', 'new', T0);
    const cancelled = closeActivity(openActivity(start, T0 + 1, 'transfer'), T0 + 2);
    expect(cancelled.activity).toBeNull();
    expect(types(cancelled)).toEqual(['call-started', 'transfer-started', 'transfer-cancelled']);
    const message = closeActivity(openActivity(start, T0 + 1, 'message'), T0 + 2);
    expect(types(message)).toEqual(['call-started', 'message-started']);
    expect(closeActivity(start, T0 + 3)).toBe(start);
    const open = openActivity(start, T0 + 1, 'message');
    expect(openActivity(open, T0 + 2, 'message')).toBe(open);
  });
});

describe('closing and ending', () => {
  it('ticks and unticks closing items, once each', () => {
    const ticked = checkClosing(startCall('c', 'new', T0), T0 + 1, 'issues-confirmed', true);
    expect(ticked.closing).toEqual({ 'issues-confirmed': true });
    expect(last(ticked)).toEqual({ at: T0 + 1, type: 'closing-checked', detail: 'issues-confirmed:true' });
    expect(checkClosing(ticked, T0 + 2, 'issues-confirmed', true)).toBe(ticked);
    expect(checkClosing(ticked, T0 + 3, 'issues-confirmed', false).closing).toEqual({ 'issues-confirmed': false });
  });

  it('confirming a detail twice is one event', () => {
    const confirmed = confirmDetail(startCall('c', 'new', T0), T0 + 1, 'address');
    expect(confirmed.confirmed).toEqual({ address: true });
    expect(confirmDetail(confirmed, T0 + 2, 'address')).toBe(confirmed);
  });

  it('ending a call on hold ends the hold first', () => {
    const ended = endCall(openActivity(onHold(), T0 + 20_000, 'transfer'), T0 + 30_000);
    expect(ended).toMatchObject({ hold: null, activity: null });
    expect(ended.timeline.slice(-2)).toEqual([
      { at: T0 + 30_000, type: 'hold-ended' },
      { at: T0 + 30_000, type: 'call-ended' },
    ]);
  });

  it('records copies with the time', () => {
    expect(last(copied(startCall('c', 'new', T0), T0 + 9, 'summary-copied'))).toEqual({ at: T0 + 9, type: 'summary-copied' });
  });
});

describe('typing the caller’s details', () => {
  it('is one event per run of typing in a field, not one per keystroke', () => {
    let call = startCall('c', 'new', T0);
    for (const [i, surname] of ['J', 'Jo', 'Jon', 'Jones'].entries()) call = updateCaller(call, T0 + i, { surname });
    expect(call.caller.surname).toBe('Jones');
    expect(call.timeline.slice(1)).toEqual([{ at: T0, type: 'caller-updated', detail: 'surname' }]);
    call = updateCaller(call, T0 + 10, { title: 'Mrs' });
    call = updateCaller(call, T0 + 11, { surname: 'Jones-Smith' });
    expect(call.timeline.slice(1).map((event) => event.detail)).toEqual(['surname', 'title', 'surname']);
  });

  it('changes nothing when the value is the same', () => {
    const call = updateCaller(startCall('c', 'new', T0), T0 + 1, { surname: 'Jones' });
    expect(updateCaller(call, T0 + 2, { surname: 'Jones' })).toBe(call);
  });
});

describe('how to address the caller (GR-6)', () => {
  const caller = { ...EMPTY_CALLER, title: 'Mrs', firstName: 'Ann', surname: 'Jones' };
  it.each([
    ['title and surname until permission is given', caller, 'Mrs Jones'],
    ['the first name once permission is given', { ...caller, firstNamePermission: true }, 'Ann'],
    ['title and surname if permission is given but no first name', { ...caller, firstName: ' ', firstNamePermission: true }, 'Mrs Jones'],
    ['nothing when only the first name is known', { ...EMPTY_CALLER, firstName: 'Ann' }, ''],
    ['nothing when the title is missing', { ...caller, title: '' }, ''],
    ['nothing when the surname is missing', { ...caller, surname: '  ' }, ''],
    ['nothing at all for an unknown caller', EMPTY_CALLER, ''],
  ])('uses %s', (_why, who, expected) => {
    expect(addressCaller(who)).toBe(expected);
  });
});

describe('every transition', () => {
  it('appends exactly one event stamped with the time given, leaving the old call untouched', () => {
    const start = startCall('c', 'new', T0);
    const steps: [string, (c: CallData, at: number) => CallData][] = [
      ['next', nextStage],
      ['ask', askToHold],
      ['agree', holdAgreed],
      ['check in', checkedIn],
      ['resume', resumeCall],
      ['transfer', (c, at) => openActivity(c, at, 'transfer')],
      ['done', completeTransfer],
      ['close item', (c, at) => checkClosing(c, at, 'notes-left', true)],
    ];
    let call = start;
    for (const [i, [name, step]] of steps.entries()) {
      const at = T0 + (i + 1) * 1000;
      const next = step(call, at);
      expect(next.timeline, name).toHaveLength(call.timeline.length + 1);
      expect(last(next)?.at, name).toBe(at);
      call = next;
    }
    expect(start.timeline).toHaveLength(1);
  });
});
