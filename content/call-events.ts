/**
 * Every kind of event a call's timeline records, in one list: the call model types its timeline
 * with it (lib/call/call.ts), the incident log keeps the protocol's part of it
 * (lib/incidents/timeline.ts), and training scenarios name the events they expect
 * (content/scenarios/schema.ts). It lives in content, the bottom layer, so content needs nothing
 * from lib.
 */

/** What happens during a safeguarding protocol, from its start to the call ending in it. */
export const PROTOCOL_EVENT_TYPES = [
  'protocol-started',
  'protocol-step',
  'warning-given',
  'early-end-confirmed',
  'early-end-declined',
  'call-terminated',
  'protocol-checked',
  'protocol-answer',
  'colleague-alerted',
  'route-chosen',
  'emergency-called',
  'referral-given',
  'behaviour-stopped',
  'call-ended-in-protocol',
] as const;

export const CALL_EVENT_TYPES = [
  'call-started',
  'stage',
  'caller-updated',
  'detail-confirmed',
  'hold-asked',
  'hold-declined',
  'hold-started',
  'hold-check-in',
  'call-back-offered',
  'hold-ended',
  'transfer-started',
  'briefing-copied',
  'transfer-completed',
  'transfer-cancelled',
  'message-started',
  'message-copied',
  'call-back-promised',
  'closing-checked',
  'summary-copied',
  'call-ended',
  'complaint-noted',
  ...PROTOCOL_EVENT_TYPES,
  'incident-saved',
] as const;

export type CallEventType = (typeof CALL_EVENT_TYPES)[number];
