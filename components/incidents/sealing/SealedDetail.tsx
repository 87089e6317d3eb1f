import type { Incident } from '../../../lib/incidents/record';
import { formatDateTime, kindLabel, STATUS_LABELS } from '../../../lib/incidents/format';

/** A sealed incident without the key (or one the key in use cannot open): its readable fields only. */
export function SealedDetail({ incident }: { incident: Incident }) {
  return (
    <article aria-labelledby="incident-heading" class="detail">
      <p class="no-print">
        <a href="#/">Back to the list</a>
      </p>
      <h2 id="incident-heading">
        {kindLabel(incident.kind)}, {formatDateTime(incident.createdAt)}
      </h2>
      <p class="notice">
        This incident is sealed. Its details open only with a team leader key it was sealed to: use <strong>Unlock with team leader key</strong> above.
      </p>
      <dl class="facts">
        <div>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[incident.status]}</dd>
        </div>
        <div>
          <dt>Agent</dt>
          <dd>{incident.agentName}</dd>
        </div>
      </dl>
      {incident.followUps.length > 0 && (
        <ul class="follow-ups">
          {incident.followUps.map((followUp) => (
            <li key={followUp.id}>
              {followUp.label}: {followUp.doneAt ? `done ${formatDateTime(followUp.doneAt)}` : followUp.dueAt ? `due ${formatDateTime(followUp.dueAt)}` : 'to do'}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
