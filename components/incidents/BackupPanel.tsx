import { useState } from 'preact/hooks';
import { backupBlob, checkBackup, importIncidents, isTraining, planImport, type ImportChange } from '../../lib/incidents/backup';
import type { CallBack } from '../../lib/db';
import type { Incident } from '../../lib/incidents/record';
import { formatDateTime, kindLabel } from '../../lib/incidents/format';
import { tooLarge } from '../../lib/import-limits';
import { datedName } from '../ui/download';
import { useLog } from './log-context';
import { useRestricted } from './sealing/sealing-context';
import { nextFrame, readText } from './read-file';

interface Progress {
  label: string;
  value: number;
  max: number;
}

const n = (count: number) => count.toLocaleString('en-GB');

/** A checked file waiting for the team leader to agree to the changes it would make. */
interface Pending {
  name: string;
  incidents: Incident[];
  callBacks: CallBack[];
  changes: ImportChange[];
}

/** The whole log as a versioned JSON backup, and importing one back, checked whole first. */
export function BackupPanel() {
  const exportTaken = useRestricted('export');
  const importTaken = useRestricted('backupImport');
  const { db, now, download } = useLog();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);

  async function exportBackup() {
    setProblems([]);
    setMessage('');
    try {
      const { blob, count } = await backupBlob(await db(), now, (read, total) => setProgress({ label: `Reading ${n(read)} of ${n(total)} incidents`, value: read, max: total }));
      download(blob, datedName('incident-log-backup', now, 'json'));
      setMessage(`Backup made: ${count === 1 ? '1 incident' : `${n(count)} incidents`}.`);
    } catch {
      setMessage('The backup could not be made. Nothing has changed; try again.');
    } finally {
      setProgress(null);
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setProblems([]);
    setMessage('');
    setPending(null);
    const large = tooLarge('backup', file.size);
    if (large) {
      setProblems([large]);
      input.value = '';
      return;
    }
    try {
      const text = await readText(file, (fraction) => setProgress({ label: 'Reading the file', value: Math.round(fraction * 100), max: 100 }));
      const open = await db();
      const checked = await checkBackup(text, {
        now,
        training: isTraining(open),
        onProgress: (done, total) => setProgress({ label: `Checking ${n(done)} of ${n(total)} incidents`, value: done, max: total }),
        pause: nextFrame,
      });
      if (!checked.ok) {
        setProblems(checked.problems);
        return;
      }
      const next = { name: file.name, incidents: checked.incidents, callBacks: checked.callBacks, changes: await planImport(open, checked.incidents) };
      // Changes to incidents already here wait for the team leader's word; adding only does not.
      if (next.changes.length) setPending(next);
      else await write(next);
    } catch {
      setMessage('The backup could not be imported. The log is unchanged; try again.');
    } finally {
      setProgress(null);
      input.value = '';
    }
  }

  async function write(file: Pending) {
    setPending(null);
    try {
      const result = await importIncidents(
        await db(),
        file.incidents,
        (done, total) => setProgress({ label: `Importing ${n(done)} of ${n(total)} incidents`, value: done, max: total }),
        file.callBacks,
      );
      const callBacks = result.callBacksAdded ? `, and ${result.callBacksAdded === 1 ? '1 call-back' : `${n(result.callBacksAdded)} call-backs`} added` : '';
      setMessage(
        `Imported ${file.name}: ${n(result.added)} added, ${n(result.updated)} updated with review or follow-up details, ${n(result.unchanged)} already in the log${callBacks}.`,
      );
    } catch {
      setMessage('The backup could not be imported. The log is unchanged; try again.');
    } finally {
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="backup-heading" class="card">
      <h2 id="backup-heading">Backup</h2>
      <p class="hint">
        The log lives only in this browser: uninstalling the guide deletes it. A backup holds personal information about callers; keep it on a
        secure drive, never in email.
      </p>
      {!exportTaken && (
        <button type="button" onClick={() => void exportBackup()} disabled={progress !== null}>
          Download a backup of the whole log (JSON)
        </button>
      )}
      <div class="field" hidden={importTaken}>
        <label for="import-file">Import a backup</label>
        <input id="import-file" type="file" accept=".json,application/json" disabled={progress !== null} onChange={(event) => void importFile(event.currentTarget)} />
        <span class="hint">Incidents already in the log are kept; ones in both are merged, never doubled.</span>
      </div>
      {progress && (
        <div class="progress">
          <label for="backup-progress">{progress.label}</label>
          <progress id="backup-progress" value={progress.value} max={progress.max} />
        </div>
      )}
      {problems.length > 0 && (
        <div role="alert" class="notice">
          <p>This file was not imported, and the log is unchanged. Problems found:</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div role="group" aria-labelledby="import-changes-heading" class="notice">
          <h3 id="import-changes-heading">
            {pending.changes.length === 1 ? 'This backup would change 1 incident already in the log' : `This backup would change ${n(pending.changes.length)} incidents already in the log`}
          </h3>
          <p>Nothing has been written yet. Check who the file says did each of these before you agree.</p>
          <ul>
            {pending.changes.map((change) => (
              <li key={change.id}>
                {kindLabel(change.incident.kind)}, {formatDateTime(change.incident.createdAt)} ({change.incident.status === 'open' ? 'open here' : 'reviewed here'}):{' '}
                {change.changes.join('; ')}
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" onClick={() => void write(pending)}>
              Import and make these changes
            </button>
            <button type="button" onClick={() => (setPending(null), setMessage('Import cancelled. The log is unchanged.'))}>
              Cancel the import
            </button>
          </div>
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
