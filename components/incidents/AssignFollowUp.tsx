import { useState } from 'preact/hooks';
import type { FollowUp, Incident } from '../../lib/incidents/record';
import { assignedLabel, assignFollowUp } from '../../lib/incidents/assign';
import { useLog } from './log-context';

/** Assigns a follow-up to a named team leader, so it is listed under their "my follow-ups". */
export function AssignFollowUp({ incident, followUp }: { incident: Incident; followUp: FollowUp }) {
  const { db, state } = useLog();
  const [name, setName] = useState(followUp.assignedTo ?? '');
  const [error, setError] = useState('');
  const id = `assign-${followUp.id}`;

  async function assign(to: string) {
    try {
      await assignFollowUp(await db(), incident.id, followUp.id, to);
      setName(to);
      setError('');
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <div class="assign" role="group" aria-label={`Assign: ${followUp.label}`}>
      <p>{assignedLabel(followUp)}</p>
      <div class="field">
        <label for={id}>Assign to (team leader)</label>
        <input id={id} value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </div>
      <button type="button" onClick={() => void assign(name)}>
        Assign
      </button>{' '}
      <button type="button" disabled={!state.reviewer.value.trim()} onClick={() => void assign(state.reviewer.value)}>
        Assign to me
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
