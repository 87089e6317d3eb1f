import { useState } from 'preact/hooks';
import type { Incident } from '../../lib/db';
import { backupFile } from '../../lib/incidents/backup';
import { incidentsCsv } from '../../lib/incidents/export-csv';
import { formatDateTime, kindLabel } from '../../lib/incidents/format';
import { callerIncidents, subjectKeys } from '../../lib/incidents/subject-access';
import { datedName } from '../ui/download';
import { useLog } from './log-context';
import { incidentHref } from './use-hash-route';

/** A subject access request: every incident about one caller, found and exported together. */
export function SubjectAccess() {
  const { db, now, organisation, download } = useLog();
  const [phone, setPhone] = useState('');
  const [reference, setReference] = useState('');
  const [found, setFound] = useState<Incident[] | null>(null);
  const [error, setError] = useState('');

  async function find() {
    const keys = subjectKeys({ phone, reference });
    if (keys.length === 0) {
      setError('Type a phone number (at least 6 digits) or a reference.');
      setFound(null);
      return;
    }
    setError('');
    setFound(await callerIncidents(await db(), keys));
  }

  return (
    <section aria-labelledby="subject-heading" class="card">
      <h2 id="subject-heading">One caller’s records</h2>
      <p class="hint">
        For a subject access request: every incident the log holds about one caller, matched by phone number or reference as the guide
        recognises a caller who rings back. Names are not matched, so two people with one name are not mixed up.
      </p>
      <form onSubmit={(event) => (event.preventDefault(), void find())} class="inline-fields">
        <div class="field">
          <label for="subject-phone">Phone number</label>
          <input id="subject-phone" type="tel" value={phone} onInput={(event) => setPhone((event.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="subject-reference">Reference</label>
          <input id="subject-reference" value={reference} onInput={(event) => setReference((event.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="submit">Find their incidents</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {found && found.length === 0 && <p role="status">No incidents about this caller.</p>}
      {found && found.length > 0 && (
        <>
          <table>
            <caption>
              {found.length === 1 ? '1 incident' : `${found.length} incidents`} about this caller, oldest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Kind</th>
                <th scope="col">Summary</th>
              </tr>
            </thead>
            <tbody>
              {found.map((incident) => (
                <tr key={incident.id}>
                  <td>
                    <a href={incidentHref(incident.id)}>{formatDateTime(incident.createdAt)}</a>
                  </td>
                  <td>{kindLabel(incident.kind)}</td>
                  <td>{incident.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="actions">
            <button type="button" onClick={() => download(new Blob([incidentsCsv(found, { organisation, now })], { type: 'text/csv;charset=utf-8' }), datedName('caller-incidents', now, 'csv'))}>
              Download their incidents as CSV
            </button>
            <button type="button" onClick={() => download(backupFile(found, now), datedName('caller-incidents', now, 'json'))}>
              Download their incidents as JSON
            </button>
          </div>
        </>
      )}
    </section>
  );
}
