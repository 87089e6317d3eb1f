import { useRef, useState } from 'preact/hooks';
import { useModal } from '../ui/use-modal';

interface Props {
  onStay(): void;
  onLeave(clear: boolean): Promise<void>;
}

/** Leaving training: clear the practice calls, incidents and call-backs, or keep them for next time. */
export function LeaveTrainingDialog({ onStay, onLeave }: Props) {
  const stay = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useModal(stay, onStay);

  async function leave(clear: boolean) {
    setBusy(true);
    try {
      await onLeave(clear);
    } catch {
      setFailure('The practice data could not be cleared. Close the other call-guide tabs and try again.');
      setBusy(false);
    }
  }

  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="leave-training-heading" aria-describedby="leave-training-text">
      <h2 id="leave-training-heading">Leave training mode?</h2>
      <p id="leave-training-text">
        Practice calls, incidents and call-backs are kept apart from real ones. Clear them now, or keep them for the next
        training session.
      </p>
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void leave(true)}>
          Clear practice data and leave
        </button>
        <button type="button" disabled={busy} onClick={() => void leave(false)}>
          Keep practice data and leave
        </button>
        <button type="button" ref={stay} disabled={busy} onClick={onStay}>
          Stay in training mode
        </button>
      </div>
    </div>
  );
}
