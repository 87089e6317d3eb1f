/** The last line of an ordinary call: the close, the summary copied (saying what it records), the call ended. */
import { CALL_ENDED } from './common';
import type { Beat, TimingGoal } from './schema';

export function closingBeat(caller: string, summary = 'Copy the summary into the CRM', sources: string[] = ['CL-6']): Beat {
  return {
    id: 'closing',
    caller,
    expect: [
      { id: 'close-step', event: 'stage', detail: 'close', label: 'Move on to the close', sources: ['CL-2'] },
      { id: 'summary-copied', event: 'summary-copied', label: summary, sources },
      CALL_ENDED,
    ],
  };
}

/** A practice goal: from the call's start to one moment, within so many seconds. */
export function soonAfterStart(id: string, label: string, to: TimingGoal['to'], withinSeconds: number): TimingGoal {
  return { basis: 'training', id, label, from: { event: 'call-started' }, to, withinSeconds };
}
