import { callText } from '../../content/panel-text';
import type { CallData } from '../../lib/call/call';
import { recordAfterwards } from '../../lib/protocols/run';
import { useAppState } from '../context/app-state';
import { useCall } from '../context/call';

/** After "Behaviour stopped": the warnings stay on the call; an incident record is offered, not forced. */
export function IncidentOffer({ call }: { call: CallData }) {
  const { model } = useCall();
  const state = useAppState();
  const run = call.protocol;
  const procedure = state.procedureOf(run);
  if (!run || !procedure || run.outcome !== 'behaviour-stopped' || run.saved || run.open) return null;
  return (
    <div class="notice" role="status">
      <p>{callText.behaviourStopped(run.warnings.length)}</p>
      <button type="button" onClick={() => model.update((c, now) => recordAfterwards(c, now, procedure))}>
        Record an incident
      </button>
    </div>
  );
}
