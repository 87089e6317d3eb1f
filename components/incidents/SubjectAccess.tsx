import { useState } from 'preact/hooks';
import type { CallBack } from '../../lib/db';
import type { Incident } from '../../lib/incidents/record';
import { backupFile, isTraining } from '../../lib/incidents/backup';
import { incidentsCsv } from '../../lib/incidents/export-csv';
import { formatDateTime, kindLabel } from '../../lib/incidents/format';
import { callerCallBacks, callerIncidents, subjectKeys } from '../../lib/incidents/subject-access';
import { datedName } from '../ui/download';
import { useLog } from './log-context';
import { useRestricted } from './sealing/sealing-context';
import { incidentHref } from './use-hash-route';
import { DataTable } from '../ui/DataTable';

interface Found {
  incidents: Incident[];
  callBacks: CallBack[];
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** A subject access request: every incident and call-back about one caller, found and exported together. */
export function SubjectAccess() {
  const exportTaken = useRestricted('export');
  const { db, now, organisation, download } = useLog();
  const [phone, setPhone] = useState('');
  const [reference, setReference] = useState('');
  const [result, setResult] = useState<Found | null>(null);
  const [error, setError] = useState('');

  async function find() {
    const keys = subjectKeys({ phone, reference });
    if (keys.length === 0) {
      setError('Type a phone number (at least 6 digits) or a reference.');
      setResult(null);
      return;
    }
    setError('');
    const open = await db();
    setResult({ incidents: await callerIncidents(open, keys), callBacks: await callerCallBacks(open, keys) });
  }
  const found = result?.incidents;
  const callBacks = result?.callBacks ?? [];
  const anything = Boolean(found && (found.length > 0 || callBacks.length > 0));

  return (
    <section aria-labelledby="subject-heading" class="card">
      <h2 id="subject-heading">One caller’s records</h2>
      <p class="hint">
        For a subject access request: every incident the log holds about one caller, matched by phone number or reference as the guide
        recognises a caller who rings back, and every call-back promised to that number (due, or done and not yet deleted). Names are not matched, so two people with one name are not mixed up.
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
      {result && !anything && <p role="status">No incidents or call-backs about this caller.</p>}
      {found && found.length > 0 && (
          <DataTable caption={`${found.length === 1 ? '1 incident' : `${found.length} incidents`} about this caller, oldest first`} columns={['When', 'Kind', 'Summary']}>
            {found.map((incident) => (
              <tr key={incident.id}>
                <td>
                  <a href={incidentHref(incident.id)}>{formatDateTime(incident.createdAt)}</a>
                </td>
                <td>{kindLabel(incident.kind)}</td>
                <td>{incident.summary}</td>
              </tr>
            ))}
          </DataTable>
      )}
      {callBacks.length > 0 && (
        <DataTable caption={`${count(callBacks.length, 'call-back', 'call-backs')} promised to this number, oldest first`} columns={['Promised', 'Caller', 'Reason', 'Status']}>
          {callBacks.map((callBack) => (
            <tr key={callBack.id}>
              <td>{formatDateTime(callBack.createdAt)}</td>
              <td>{callBack.callerName}</td>
              <td>{callBack.reason}</td>
              <td>{callBack.doneAt === null ? 'Due' : `Done ${formatDateTime(callBack.doneAt)}`}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {found && anything && !exportTaken && (
        <div class="actions">
          <button type="button" onClick={() => download(new Blob([incidentsCsv(found, { organisation, now })], { type: 'text/csv;charset=utf-8' }), datedName('caller-incidents', now, 'csv'))}>
            Download their incidents as CSV
          </button>
          <button type="button" onClick={() => void db().then((open) => download(backupFile(found, now, callBacks, isTraining(open)), datedName('caller-records', now, 'json')))}>
            Download their incidents and call-backs as JSON
          </button>
        </div>
      )}
    </section>
  );
}
