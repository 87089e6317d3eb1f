import type { CallGuideDb, Incident } from '../../lib/db';
import { listIncidents } from '../../lib/db';
import { useLiveQuery } from '../ui/use-live-query';
import './incidents.css';

const KIND_LABELS: Record<Incident['kind'], string> = {
  'abusive-call': 'Abusive call',
  'self-harm': 'Self-harm or suicide',
};

/** The incident log for team leaders: what has been recorded on this desktop. */
export function IncidentLog({ db }: { db: CallGuideDb }) {
  const incidents = useLiveQuery(async () => db, listIncidents, []);
  return (
    <div class="log">
      <header>
        <h1>Incident log</h1>
        <p class="hint">Incidents recorded on this computer. They are stored here only and never sent anywhere.</p>
      </header>
      <main>
        {incidents.status === 'loading' && <p>Loading…</p>}
        {incidents.status === 'error' && (
          <p class="notice" role="alert">
            The incident log could not be opened. Nothing has been deleted. Close other call-guide tabs and reload.
          </p>
        )}
        {incidents.status === 'ready' && incidents.value.length === 0 && (
          <p class="card">No incidents logged on this desktop yet.</p>
        )}
        {incidents.status === 'ready' && incidents.value.length > 0 && (
          <table>
            <caption>
              {incidents.value.length === 1 ? '1 incident' : `${incidents.value.length} incidents`}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Kind</th>
                <th scope="col">Agent</th>
                <th scope="col">Status</th>
                <th scope="col">Summary</th>
              </tr>
            </thead>
            <tbody>
              {incidents.value.map((incident) => (
                <tr key={incident.id}>
                  <td>{new Date(incident.createdAt).toLocaleString('en-GB')}</td>
                  <td>{KIND_LABELS[incident.kind] ?? incident.kind}</td>
                  <td>{incident.agentName}</td>
                  <td>{incident.status === 'open' ? 'Open' : 'Reviewed'}</td>
                  <td>{incident.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
