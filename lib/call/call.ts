/**
 * A live call as plain data, and the pure transitions between its states. Each transition takes
 * the call and the time, and returns a new call with one more event on its timeline, so the same
 * functions drive the panel, the draft that survives a crash, and the model-based tests.
 */
import type { CallEventType } from '../../content/call-events';
import type { CallKind, CallerField } from '../../content/schema';
import { holdBlockedReason, type ProtocolRun } from './protocol-state';

export type Stage = 'greeting' | 'caller' | 'enquiry' | 'close';
export const STAGES: readonly Stage[] = ['greeting', 'caller', 'enquiry', 'close'];

export type Activity = 'transfer' | 'message' | null;

export interface Caller {
  title: string;
  firstName: string;
  surname: string;
  /** The caller said the agent may use their first name (GR-6). */
  firstNamePermission: boolean;
  /** English, Welsh, or another language named in `otherLanguage` (GR-9, AC, CY-1). */
  language: 'en' | 'cy' | 'other';
  otherLanguage: string;
  /** Preferred way to be contacted (GR-9). */
  contactMethod: '' | 'phone' | 'mobile' | 'email' | 'letter';
  /** Arrangements for sensory impairment, in the agent's words (GR-9). */
  access: string;
  address: string;
  phone: string;
  mobile: string;
  email: string;
  reference: string;
  /** Someone is calling on the customer's behalf (DP): the customer's name, and whether the
   * organisation already knows the customer gave permission (Calico, DP-1). */
  onBehalf: boolean;
  onBehalfOf: string;
  permissionKnown: '' | 'yes' | 'no';
  /** A vulnerable caller (VU), with the agent's note of what they need. */
  vulnerable: boolean;
  vulnerableNote: string;
}

export interface CallEvent {
  at: number;
  type: CallEventType;
  detail?: string;
}

export interface Hold {
  startedAt: number;
  lastCheckInAt: number;
}

export interface CallBackPromised {
  promiseId: string;
  label: string;
  /** Null when the standard sets no deadline and a time is agreed with the caller. */
  dueAt: number | null;
  agreedTime: string;
}

export interface CallData {
  id: string;
  kind: CallKind;
  startedAt: number;
  stage: Stage;
  activity: Activity;
  caller: Caller;
  confirmed: Partial<Record<CallerField, boolean>>;
  enquiry: string;
  notes: string;
  /** "Place on hold" was pressed and the caller's agreement is being asked (HO-1). */
  askingHold: boolean;
  hold: Hold | null;
  transferTo: string;
  message: Record<string, string>;
  callBack: CallBackPromised | null;
  closing: Record<string, boolean>;
  dismissedCues: string[];
  /** The caller is making a complaint: the organisation's route is on screen (CO). */
  complaint: boolean;
  timeline: CallEvent[];
  /** A safeguarding protocol in progress or finished on this call (absent in older drafts). */
  protocol?: ProtocolRun | null;
}

export const EMPTY_CALLER: Caller = {
  title: '',
  firstName: '',
  surname: '',
  firstNamePermission: false,
  language: 'en',
  otherLanguage: '',
  contactMethod: '',
  access: '',
  address: '',
  phone: '',
  mobile: '',
  email: '',
  reference: '',
  onBehalf: false,
  onBehalfOf: '',
  permissionKnown: '',
  vulnerable: false,
  vulnerableNote: '',
};

/** Appends a timestamped event to the call's timeline: every transition that records one uses this. */
export function log(call: CallData, at: number, type: CallEventType, detail?: string): CallData {
  const event: CallEvent = detail === undefined ? { at, type } : { at, type, detail };
  return { ...call, timeline: [...call.timeline, event] };
}

export function startCall(id: string, kind: CallKind, now: number): CallData {
  return log(
    {
      id,
      kind,
      startedAt: now,
      stage: 'greeting',
      activity: null,
      caller: EMPTY_CALLER,
      confirmed: {},
      enquiry: '',
      notes: '',
      askingHold: false,
      hold: null,
      transferTo: '',
      message: {},
      callBack: null,
      closing: {},
      dismissedCues: [],
      complaint: false,
      timeline: [],
      protocol: null,
    },
    now,
    'call-started',
    kind,
  );
}

/**
 * A call saved by an earlier version lacks the fields added since: they take their empty values,
 * so a draft written before an update resumes as it was.
 */
export function withDefaults(call: CallData): CallData {
  return { ...call, complaint: call.complaint ?? false, caller: { ...EMPTY_CALLER, ...call.caller } };
}

export function goToStage(call: CallData, now: number, stage: Stage): CallData {
  if (call.stage === stage) return call;
  return log({ ...call, stage }, now, 'stage', stage);
}

export function nextStage(call: CallData, now: number): CallData {
  const next = STAGES[STAGES.indexOf(call.stage) + 1];
  return next ? goToStage(call, now, next) : call;
}

/** Typing is not an event per keystroke: one event per field, when it first changes. */
export function updateCaller(call: CallData, now: number, patch: Partial<Caller>): CallData {
  const caller = { ...call.caller, ...patch };
  const changed = (Object.keys(patch) as (keyof Caller)[]).filter((key) => call.caller[key] !== caller[key]);
  if (changed.length === 0) return call;
  const updated = { ...call, caller };
  const last = call.timeline[call.timeline.length - 1];
  const detail = changed.join(',');
  return last?.type === 'caller-updated' && last.detail === detail ? updated : log(updated, now, 'caller-updated', detail);
}

export function confirmDetail(call: CallData, now: number, field: CallerField, confirmed = true): CallData {
  if (Boolean(call.confirmed[field]) === confirmed) return call;
  return log({ ...call, confirmed: { ...call.confirmed, [field]: confirmed } }, now, 'detail-confirmed', `${field}:${confirmed}`);
}

export function setText(call: CallData, field: 'enquiry' | 'notes', text: string): CallData {
  return call[field] === text ? call : { ...call, [field]: text };
}

export function dismissCue(call: CallData, cue: string): CallData {
  return call.dismissedCues.includes(cue) ? call : { ...call, dismissedCues: [...call.dismissedCues, cue] };
}

/** The Complaint cue opened or closed (CO): the summary says a complaint was made. */
export function setComplaint(call: CallData, now: number, complaint: boolean): CallData {
  if (call.complaint === complaint) return call;
  return log({ ...call, complaint }, now, 'complaint-noted', String(complaint));
}

/** HO-1: holding starts with asking the caller, never with the hold itself. */
export function askToHold(call: CallData, now: number): CallData {
  if (call.hold || call.askingHold || holdBlockedReason(call)) return call;
  return log({ ...call, askingHold: true }, now, 'hold-asked');
}

export function holdDeclined(call: CallData, now: number): CallData {
  if (!call.askingHold) return call;
  return log({ ...call, askingHold: false }, now, 'hold-declined');
}

export function holdAgreed(call: CallData, now: number): CallData {
  if (!call.askingHold || call.hold || holdBlockedReason(call)) return call;
  return log({ ...call, askingHold: false, hold: { startedAt: now, lastCheckInAt: now } }, now, 'hold-started');
}

/** HO-2: each check-in restarts the interval. */
export function checkedIn(call: CallData, now: number): CallData {
  if (!call.hold) return call;
  return log({ ...call, hold: { ...call.hold, lastCheckInAt: now } }, now, 'hold-check-in');
}

export function resumeCall(call: CallData, now: number): CallData {
  if (!call.hold && !call.askingHold) return call;
  return log({ ...call, hold: null, askingHold: false }, now, 'hold-ended');
}

/** HO-3: the hold is getting long; the agent offers a call-back and moves to arranging it. */
export function offerCallBack(call: CallData, now: number): CallData {
  const resumed = resumeCall(call, now);
  return log({ ...resumed, activity: 'message' }, now, 'call-back-offered');
}

export function openActivity(call: CallData, now: number, activity: Exclude<Activity, null>): CallData {
  if (call.activity === activity) return call;
  return log({ ...call, activity }, now, activity === 'transfer' ? 'transfer-started' : 'message-started');
}

export function closeActivity(call: CallData, now: number): CallData {
  if (call.activity === null) return call;
  const cancelled = call.activity === 'transfer' ? log(call, now, 'transfer-cancelled') : call;
  return { ...cancelled, activity: null };
}

export function setTransferTo(call: CallData, name: string): CallData {
  return { ...call, transferTo: name };
}

/** TR-3: the note of who the call went to. */
export function completeTransfer(call: CallData, now: number): CallData {
  return log({ ...call, activity: null }, now, 'transfer-completed', call.transferTo.trim() || 'not recorded');
}

export function setMessageField(call: CallData, field: string, value: string): CallData {
  return { ...call, message: { ...call.message, [field]: value } };
}

export function promiseCallBack(call: CallData, now: number, promise: CallBackPromised): CallData {
  return log({ ...call, callBack: promise }, now, 'call-back-promised', promise.promiseId);
}

export function checkClosing(call: CallData, now: number, item: string, checked: boolean): CallData {
  if (Boolean(call.closing[item]) === checked) return call;
  return log({ ...call, closing: { ...call.closing, [item]: checked } }, now, 'closing-checked', `${item}:${checked}`);
}

/** Records copying (briefing, message, summary): the timeline shows the note reached the CRM. */
export function copied(call: CallData, now: number, what: 'briefing-copied' | 'message-copied' | 'summary-copied'): CallData {
  return log(call, now, what);
}

export function endCall(call: CallData, now: number): CallData {
  return log({ ...resumeCall(call, now), activity: null }, now, 'call-ended');
}

/** GR-6: title and surname until the caller gives permission, then the first name. */
export function addressCaller(caller: Caller): string {
  const first = caller.firstName.trim();
  const formal = [caller.title.trim(), caller.surname.trim()].filter(Boolean).join(' ');
  if (caller.firstNamePermission && first) return first;
  if (caller.title.trim() && caller.surname.trim()) return formal;
  return '';
}

/** The caller's language in words, for notes; null for English. */
export function languageName(caller: Caller): string | null {
  if (caller.language === 'cy') return 'Welsh';
  if (caller.language === 'other') return caller.otherLanguage.trim() || 'another language (not named)';
  return null;
}

/** The caller's full name as given, for notes and briefings. */
export function callerFullName(caller: Caller): string {
  return [caller.title, caller.firstName, caller.surname].map((part) => part.trim()).filter(Boolean).join(' ');
}
