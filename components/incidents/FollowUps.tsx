import { useState } from 'preact/hooks';
import type { FollowUp, FollowUpMethod, Incident } from '../../lib/incidents/record';
import { followUpLine, isOverdue, METHOD_LABELS } from '../../lib/incidents/format';
import { recordFollowUp } from '../../lib/incidents/review';
import { AssignFollowUp } from './AssignFollowUp';
import { useLog } from './log-context';
import { Options } from '../ui/Options';

const DEFAULT_METHOD: Record<FollowUp['kind'], FollowUpMethod> = { ring: 'rang', write: 'wrote', discuss: 'discussed', welfare: 'discussed' };

/** The follow-ups owed (AB-12, SH-6): overdue ones stand out; each can be recorded done. */
export function FollowUps({ incident }: { incident: Incident }) {
  const { now } = useLog();
  return (
    <section aria-labelledby="follow-ups-heading" class="card">
      <h3 id="follow-ups-heading">Follow-ups</h3>
      {incident.followUps.length === 0 ? (
        <p class="hint">None owed for this incident.</p>
      ) : (
        <ul class="follow-ups">
          {incident.followUps.map((followUp) => (
            <li key={followUp.id} class={isOverdue(followUp, now) ? 'overdue' : ''}>
              {isOverdue(followUp, now) ? <strong>{followUpLine(followUp, now)}</strong> : <p>{followUpLine(followUp, now)}</p>}
              {followUp.doneAt === null && <AssignFollowUp incident={incident} followUp={followUp} />}
              {followUp.doneAt === null && <RecordDone incident={incident} followUp={followUp} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RecordDone({ incident, followUp }: { incident: Incident; followUp: FollowUp }) {
  const { db, state, now } = useLog();
  const [how, setHow] = useState<FollowUpMethod>(DEFAULT_METHOD[followUp.kind]);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const id = `follow-up-${followUp.id}`;

  async function record() {
    try {
      await recordFollowUp(await db(), incident.id, followUp.id, { by: state.reviewer.value, at: now, how, note });
      setError('');
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <div class="record-done" role="group" aria-label={`Record done: ${followUp.label}`}>
      <div class="field">
        <label for={`${id}-how`}>How it was done</label>
        <select id={`${id}-how`} value={how} onChange={(event) => setHow((event.currentTarget as HTMLSelectElement).value as FollowUpMethod)}>
          <Options choices={Object.entries(METHOD_LABELS)} />
        </select>
      </div>
      <div class="field">
        <label for={`${id}-note`}>What came of it</label>
        <textarea id={`${id}-note`} rows={2} value={note} onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)} />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={() => void record()}>
        Record follow-up done
      </button>
    </div>
  );
}
