import { describe, expect, it } from 'vitest';
import { findPlaybook } from '../../../content';
import {
  askToHold,
  checkClosing,
  checkedIn,
  completeTransfer,
  confirmDetail,
  holdAgreed,
  promiseCallBack,
  resumeCall,
  setMessageField,
  setText,
  setTransferTo,
  startCall,
  updateCaller,
  type CallData,
} from '../../../lib/call/call';
import { callSummary, holdTotals, messageDefaults, messageText, transferBriefing } from '../../../lib/call/compose';
import { dateTime, NOW } from '../../support/now';

const T0 = NOW;
const S = 1000;
const moray = findPlaybook('moray')!;
const communities = findPlaybook('carmarthenshire-communities')!;
const morayContext = { playbook: moray, agentName: 'Morag Innes' };

/** A Moray call with the caller's details, the enquiry and notes filled in. */
function morayCall(): CallData {
  let call = startCall('call-1', 'new', T0);
  call = updateCaller(call, T0 + 5 * S, {
    title: 'Mrs',
    firstName: 'Ann',
    surname: 'Jones',
    address: '12 High Street, Elgin',
    phone: '01343 123456',
    mobile: '07700 900123',
  });
  call = confirmDetail(call, T0 + 6 * S, 'name');
  call = confirmDetail(call, T0 + 7 * S, 'address');
  call = confirmDetail(confirmDetail(call, T0 + 8 * S, 'phone'), T0 + 9 * S, 'phone', false);
  call = setText(call, 'enquiry', 'Boiler not working');
  return setText(call, 'notes', 'Logged repair 4411; engineer due Tuesday');
}

/** Holds the call from `from` to `to` (ms after T0), checking in at each of `checkIns`. */
function hold(call: CallData, from: number, to: number, checkIns: number[] = []): CallData {
  let held = holdAgreed(askToHold(call, T0 + from), T0 + from);
  for (const at of checkIns) held = checkedIn(held, T0 + at);
  return resumeCall(held, T0 + to);
}

describe('the transfer briefing (TR-2)', () => {
  const briefing = transferBriefing(morayCall());

  it('says who is calling and how to reach them', () => {
    expect(briefing).toContain('Caller: Mrs Ann Jones');
    expect(briefing).toContain('Address: 12 High Street, Elgin');
    expect(briefing).toContain('Phone: 01343 123456');
    expect(briefing).toContain('Mobile: 07700 900123');
  });

  it('says what the call is about and what has been done', () => {
    expect(briefing).toContain('About: Boiler not working');
    expect(briefing).toContain('Done so far: Logged repair 4411; engineer due Tuesday');
  });

  it('lists only the details still confirmed', () => {
    expect(briefing).toContain('Details confirmed: name, address');
    expect(briefing).not.toMatch(/confirmed:.*phone/);
  });

  it('leaves out what is not known rather than printing empty lines', () => {
    const bare = transferBriefing(startCall('c', 'new', T0));
    expect(bare).toBe('Transferring a call to you.');
  });

  it('mentions Welsh when the caller speaks it', () => {
    const welsh = updateCaller(startCall('c', 'new', T0), T0, { language: 'cy' });
    expect(transferBriefing(welsh)).toContain('Language: Welsh');
  });
});

describe('the message form (TR-5)', () => {
  it('starts with every Moray field filled from the call', () => {
    expect(messageDefaults(morayCall(), morayContext)).toEqual({
      'caller-name': 'Mrs Ann Jones',
      address: '12 High Street, Elgin',
      'home-number': '01343 123456',
      'mobile-number': '07700 900123',
      'nature-of-query': 'Boiler not working',
      'date-time': dateTime(T0),
      'information-given': 'Logged repair 4411; engineer due Tuesday',
    });
  });

  it('fills the Communities fields, using the mobile when there is no phone and the agent as contact point', () => {
    const call = updateCaller(morayCall(), T0, { phone: '' });
    const values = messageDefaults(call, { playbook: communities, agentName: 'Rhian', agentPhone: '01267 234567' });
    expect(values).toMatchObject({
      'caller-name': 'Mrs Ann Jones',
      phone: '07700 900123',
      reason: 'Boiler not working',
      'contact-point': 'Rhian, 01267 234567',
      urgency: '',
    });
  });

  it('lets what the agent typed win over the defaults, and marks empty fields', () => {
    const call = setMessageField(morayCall(), 'nature-of-query', 'Boiler and radiator');
    const text = messageText(call, morayContext, T0 + 60 * S);
    expect(text).toContain(`Message taken by Morag Innes on ${dateTime(T0 + 60 * S)}`);
    expect(text).toContain('Nature of query: Boiler and radiator');
    expect(text).toContain('Caller name: Mrs Ann Jones');
    const empty = messageText(startCall('c', 'new', T0), morayContext, T0);
    expect(empty).toContain('Home number: —');
  });

  it('adds the promised call-back with its deadline when the playbook has no field for it', () => {
    const due = promiseCallBack(morayCall(), T0, { promiseId: 'within-24-hours', label: 'Within 24 hours', dueAt: T0 + 86_400_000, agreedTime: '' });
    expect(messageText(due, morayContext, T0)).toContain(`Call-back: by ${dateTime(T0 + 86_400_000)} (Within 24 hours)`);
    expect(messageText(morayCall(), morayContext, T0)).not.toContain('Call-back');
  });

  it('fills the agreed call-back time from the promise, once, when the playbook has that field', () => {
    const communitiesContext = { playbook: communities, agentName: 'Rhian' };
    const before = messageText(morayCall(), communitiesContext, T0);
    expect(before).toContain('Agreed call-back time: —');
    const agreed = promiseCallBack(morayCall(), T0, { promiseId: 'agreed-time', label: 'At the agreed time', dueAt: null, agreedTime: 'Tuesday 10am' });
    expect(messageDefaults(agreed, communitiesContext)['call-back-time']).toBe('Tuesday 10am');
    const text = messageText(agreed, communitiesContext, T0);
    expect(text).toContain('Agreed call-back time: Tuesday 10am');
    expect(text).not.toContain('Call-back:');
  });
});

describe('the call summary (CL-2, CL-6)', () => {
  it('says when, how long and who took the call', () => {
    const summary = callSummary(morayCall(), morayContext, T0 + 7 * 60 * S + 5 * S);
    expect(summary.split('\n')[0]).toBe(`Call on ${dateTime(T0)}, 7:05 long, taken by Morag Innes`);
    expect(summary).toContain('Enquiry: Boiler not working');
    expect(summary).toContain('Notes: Logged repair 4411; engineer due Tuesday');
    const transferred = callSummary(startCall('c', 'transferred', T0), morayContext, T0);
    expect(transferred).toMatch(/^Transferred call on/);
  });

  it('counts the holds, their total time and the check-ins', () => {
    let call = hold(morayCall(), 10 * S, 100 * S, [70 * S]);
    call = hold(call, 200 * S, 230 * S);
    expect(holdTotals(call, call.timeline[call.timeline.length - 1]!.at)).toEqual({ count: 2, totalMs: 120 * S, checkIns: 1 });
    expect(callSummary(call, morayContext, T0 + 300 * S)).toContain('On hold 2 times, 2:00 in all, 1 check-in');
    const once = hold(morayCall(), 10 * S, 40 * S);
    expect(callSummary(once, morayContext, T0 + 300 * S)).toContain('On hold 1 time, 0:30 in all, 0 check-ins');
  });

  it('says nothing about holds when there were none', () => {
    expect(callSummary(morayCall(), morayContext, T0 + 60 * S)).not.toContain('On hold');
  });

  it('names who the call was last transferred to', () => {
    let call = completeTransfer(setTransferTo(morayCall(), 'Jo, Repairs'), T0 + 60 * S);
    call = completeTransfer(setTransferTo(call, 'Sam, Rents'), T0 + 90 * S);
    expect(callSummary(call, morayContext, T0 + 120 * S)).toContain('Transferred to: Sam, Rents');
    expect(callSummary(call, morayContext, T0 + 120 * S)).not.toContain('Jo, Repairs');
  });

  it('includes the promised call-back', () => {
    const call = promiseCallBack(morayCall(), T0, { promiseId: 'within-24-hours', label: 'Within 24 hours', dueAt: T0 + 86_400_000, agreedTime: '' });
    expect(callSummary(call, morayContext, T0)).toContain(`Call-back: by ${dateTime(T0 + 86_400_000)} (Within 24 hours)`);
  });

  it('lists the ticked closing items in the playbook’s order, and only those', () => {
    let call = checkClosing(morayCall(), T0, 'notes-left', true);
    call = checkClosing(call, T0, 'issues-confirmed', true);
    call = checkClosing(call, T0, 'agreement-summarised', true);
    call = checkClosing(call, T0, 'agreement-summarised', false);
    expect(callSummary(call, morayContext, T0)).toContain(
      'Closing: All the issues raised confirmed; Notes show the key points and agreed actions for any officer',
    );
  });
});
