import { useState } from 'preact/hooks';
import { useCall } from '../context/call';
import { LeaveTrainingDialog } from './LeaveTrainingDialog';
import { useTraining } from '../context/training';

/**
 * The "Training mode" switch in the panel header. Turning it on reloads every page into the
 * training database; turning it off asks first whether to clear the practice data.
 */
export function TrainingSwitch() {
  const training = useTraining();
  const { model } = useCall();
  const [leaving, setLeaving] = useState(false);
  const [refused, setRefused] = useState(false);
  if (!training) return null;
  const on = training.on.value;

  function toggle() {
    if (on) return setLeaving(true);
    // A real call in progress stays in the real database: it is finished first, never mixed in.
    if (model.active.value) return setRefused(true);
    void training!.enter();
  }

  return (
    <div class="training-switch">
      <button type="button" role="switch" aria-checked={on} onClick={toggle}>
        Training mode
      </button>
      {refused && (
        <p class="notice" role="alert">
          Finish this call before switching to training mode.{' '}
          <button type="button" onClick={() => setRefused(false)}>
            OK
          </button>
        </p>
      )}
      {leaving && <LeaveTrainingDialog onStay={() => setLeaving(false)} onLeave={(clear) => training.leave(clear)} />}
    </div>
  );
}
