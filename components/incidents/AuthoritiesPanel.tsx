import { useState } from 'preact/hooks';
import type { Incident } from '../../lib/incidents/record';
import { formatDateTime } from '../../lib/incidents/format';
import { recordAuthorities } from '../../lib/incidents/triage-query';
import { isSealed } from '../../lib/sealing/sealed-record';
import { useLog } from './log-context';

/**
 * Police informed, and the police or ambulance reference where one was given, signed by the team
 * leader. Not offered on a sealed incident's readable shell, which must not gain content in clear.
 */
export function AuthoritiesPanel({ incident }: { incident: Incident }) {
  if (isSealed(incident)) return null;
  return <Authorities incident={incident} />;
}

function Authorities({ incident }: { incident: Incident }) {
  const { db, state, now } = useLog();
  const saved = incident.authorities;
  const [police, setPolice] = useState(saved?.policeInformed ?? false);
  const [reference, setReference] = useState(saved?.reference ?? '');
  const [message, setMessage] = useState('');

  async function save() {
    try {
      await recordAuthorities(await db(), incident.id, { policeInformed: police, reference, by: state.reviewer.value, at: now });
      setMessage('Saved.');
    } catch (failure) {
      setMessage((failure as Error).message);
    }
  }

  return (
    <section aria-labelledby="authorities-heading" class="card no-print">
      <h3 id="authorities-heading">Police and ambulance</h3>
      <label class="check">
        <input type="checkbox" checked={police} onChange={(event) => setPolice(event.currentTarget.checked)} />
        Police informed
      </label>
      <div class="field">
        <label for="authorities-reference">Police or ambulance reference</label>
        <input id="authorities-reference" value={reference} onInput={(event) => setReference(event.currentTarget.value)} />
      </div>
      {saved && (
        <p class="hint">
          Last recorded by {saved.by}, {formatDateTime(saved.at)}.
        </p>
      )}
      <button type="button" onClick={() => void save()}>
        Save police and ambulance details
      </button>
      <span role="status">{message}</span>
    </section>
  );
}
