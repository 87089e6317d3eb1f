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

export const CALL_ENDED: ExpectedStep = {
  id: 'call-ended',
  event: 'call-ended',
  label: 'End the call',
  sources: ['CL-5'],
};
