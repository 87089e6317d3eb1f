/** Lines and steps every scenario shares. */
import type { Beat, ExpectedStep } from './schema';

/** Every practice call starts the same way: the phone rings, the agent answers with the greeting. */
export const PHONE_RINGS: Beat = {
  id: 'phone-rings',
  caller: '(The phone rings.)',
  note: 'Wait for the greeting before you speak.',
  expect: [{ id: 'start-call', event: 'call-started', label: 'Start the call and say the greeting', sources: ['GR-1', 'GR-2'] }],
};

export const TO_CALLER_STEP: ExpectedStep = {
  id: 'caller-step',
  event: 'stage',
  detail: 'caller',
  label: 'Move on to the caller’s details',
  sources: ['GR-7'],
};

export const NAME_WRITTEN: ExpectedStep = {
  id: 'name-written',
  event: 'caller-updated',
  detail: 'surname',
  label: 'Write down the caller’s name',
  sources: ['GR-7'],
};

/** The abusive-call steps opened at the first abuse (AB-1). */
export const ABUSIVE_OPENED: ExpectedStep = {
  id: 'protocol-opened',
  event: 'protocol-started',
  detail: 'abusive-call',
  label: 'Open the abusive-call steps',
  sources: ['AB-1'],
};

export const CALL_ENDED: ExpectedStep = {
  id: 'call-ended',
  event: 'call-ended',
  label: 'End the call',
  sources: ['CL-5'],
};

/** A self-harm call ends in the protocol (on the route's requirement), then the review (SH-6). */
export function selfHarmReview(route: 'SH-4' | 'SH-5'): ExpectedStep[] {
  return [
    { id: 'call-ended', event: 'call-ended-in-protocol', label: 'Call ended: go to the review', sources: [route] },
    { id: 'incident-saved', event: 'incident-saved', label: 'Record the incident', sources: ['SH-6'] },
    { id: 'finished', event: 'call-ended', label: 'Finish the review', sources: ['SH-6'] },
  ];
}

/** A detail typed, spelled back in NATO phonetics and confirmed (NA-1, NA-2, GR-8). */
export function spellAndConfirm(field: 'email' | 'address', typed: string, spelled: string): ExpectedStep[] {
  return [
    { id: `${field}-written`, event: 'caller-updated', detail: field, label: typed, sources: ['NA-1'] },
    { id: `${field}-spelled`, event: 'spelled', detail: field, label: spelled, sources: ['NA-1', 'NA-2'] },
    { id: `${field}-confirmed`, event: 'detail-confirmed', detail: `${field}:true`, label: `Confirm the ${field} with the caller`, sources: ['GR-8'] },
  ];
}

/** A line of abuse, answered with one of the procedure's warnings. */
export function warningBeat(id: string, caller: string, expect: { id: string; step: string; label: string; source: string }): Beat {
  return { id, caller, expect: [{ id: expect.id, event: 'warning-given', detail: expect.step, label: expect.label, sources: [expect.source] }] };
}
