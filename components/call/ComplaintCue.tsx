import type { Duties } from '../../content/schema';
import { dutyDefaults } from '../../content/duty-defaults';
import { setComplaint, type CallData } from '../../lib/call/call';
import { useCall } from '../context/call';
import { DutyLines } from './DutyLines';

/** The Complaint cue (CO): the organisation's own route and timescales, or that its standard sets none. */
export function ComplaintCue({ call, duties }: { call: CallData; duties: Duties }) {
  const { model } = useCall();
  return (
    <div class="complaint">
      <button
        type="button"
        aria-expanded={call.complaint}
        aria-controls="complaint-route"
        onClick={() => model.update((c, now) => setComplaint(c, now, !c.complaint))}
      >
        Complaint
      </button>
      <div id="complaint-route" hidden={!call.complaint}>
        {call.complaint && <DutyLines lines={duties.complaint} fallback={dutyDefaults.complaint} label="Complaint" />}
      </div>
    </div>
  );
}
