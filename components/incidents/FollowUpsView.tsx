import { useState } from 'preact/hooks';
import { assignedLabel, pendingFollowUpList } from '../../lib/incidents/assign';
import { formatWeekday, isOverdue, kindLabel } from '../../lib/incidents/format';
import { useLiveQuery } from '../ui/use-live-query';
import { useLog } from './log-context';
import { incidentHref } from './use-hash-route';

/** Every follow-up still to do, soonest first; "My follow-ups" keeps those assigned to the name typed. */
export function FollowUpsView() {
  const { db, state, now } = useLog();
  const [mine, setMine] = useState(false);
  const name = state.reviewer.value.trim();
  const only = mine && name ? name : undefined;
  const list = useLiveQuery(db, (open) => pendingFollowUpList(open, { assignedTo: only }), [only]);

  return (
    <section aria-labelledby="follow-ups-view-heading" class="card">
      <h2 id="follow-ups-view-heading">{only ? 'My follow-ups' : 'Follow-ups to do'}</h2>
      <div class="field">
        <label for="follow-ups-name">Your name</label>
        <input id="follow-ups-name" autocomplete="name" value={state.reviewer.value} onInput={(event) => (state.reviewer.value = event.currentTarget.value)} />
      </div>
      <label class="check">
        <input type="checkbox" checked={mine} disabled={!name} onChange={(event) => setMine(event.currentTarget.checked)} />
        Only my follow-ups (assigned to me)
      </label>
      {list.status === 'ready' && list.value.length === 0 && <p>{only ? `Nothing assigned to ${only} is still to do.` : 'No follow-ups to do.'}</p>}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul class="follow-ups">
          {list.value.map(({ incident, followUp }) => (
            <li key={`${incident.id}/${followUp.id}`} class={isOverdue(followUp, now) ? 'overdue' : ''}>
              <a href={incidentHref(incident.id)}>
                {kindLabel(incident.kind)}, {incident.agentName}
              </a>
              : {followUp.label}.{' '}
              {followUp.dueAt === null ? 'To do' : isOverdue(followUp, now) ? <strong>Overdue since {formatWeekday(followUp.dueAt)}</strong> : `Due ${formatWeekday(followUp.dueAt)}`}.{' '}
              {assignedLabel(followUp)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
