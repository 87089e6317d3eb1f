import { useState } from 'preact/hooks';
import { countNotExported } from '../../../lib/sealing/sealed-record';
import { datedName } from '../../ui/download';
import { useLiveQuery } from '../../ui/use-live-query';
import { useLog } from '../log-context';
import { readText } from '../read-file';
import { useSealing } from './sealing-context';
import { incidentsCount, n, ProgressBar, type ProgressState } from './Progress';

/**
 * Gathering a team's incidents: Export sealed incidents on an agent's desk (no key needed), and,
 * in a team leader's unlocked log, Import sealed incidents from any number of files at once.
 */
export function SealedTransfer() {
  const sealing = useSealing();
  const { download, now } = useLog();
  const config = sealing.config.value;
  const log = sealing.unlocked.value;
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const message = sealing.notice.value?.from === 'import' ? sealing.notice.value.text : '';
  const setMessage = (text: string) => (sealing.notice.value = { from: 'import', text });
  const waiting = useLiveQuery(sealing.real, countNotExported, []);
  const toExport = waiting.status === 'ready' ? waiting.value : 0;
  if (!config || (config.recipients.length === 0 && toExport === 0 && !log)) return null;

  async function exportFile() {
    setMessage('');
    try {
      const { exportSealed } = await import('../../../lib/sealing/transfer');
      const { file, count } = await exportSealed(await sealing.real(), config!.recipients, now);
      download(new Blob([file], { type: 'application/octet-stream' }), datedName('sealed-incidents', now, 'age'));
      setMessage(`${incidentsCount(count)} exported, sealed. Give the file to your team leader.`);
    } catch {
      setMessage('The sealed export could not be made. Nothing has changed; try again.');
    }
  }

  async function importFiles(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    if (!files.length || !log) return;
    setMessage('');
    const found: string[] = [];
    const total = { added: 0, updated: 0, unchanged: 0 };
    const { importSealed, readSealedFile } = await import('../../../lib/sealing/transfer');
    for (const [index, file] of files.entries()) {
      setProgress({ label: `Importing file ${n(index + 1)} of ${n(files.length)}`, value: index, max: files.length });
      try {
        const result = await importSealed(await sealing.real(), await readSealedFile(await readText(file, () => undefined), log.key));
        total.added += result.added;
        total.updated += result.updated;
        total.unchanged += result.unchanged;
      } catch (error) {
        found.push(`${file.name}: ${error instanceof Error ? error.message : 'could not be read'} It was not imported.`);
      }
    }
    setProgress({ label: 'Opening the imported incidents', value: files.length, max: files.length });
    input.value = '';
    const summary = `${incidentsCount(total.added)} added, ${incidentsCount(total.updated)} updated with newer work, ${incidentsCount(total.unchanged)} already here.`;
    setMessage([summary, ...found].join(' '));
    await sealing.unlock(log.key);
  }

  return (
    <section aria-labelledby="sealed-transfer-heading" class="card">
      <h2 id="sealed-transfer-heading">Sealed incidents</h2>
      {!sealing.restricted('export') && config.recipients.length > 0 && (
        <>
          <p class="hint">
            {toExport ? `${incidentsCount(toExport)} not exported yet.` : 'Every sealed incident here has been exported.'} The file is sealed to the
            team leaders’ keys: only they can open it.
          </p>
          <button type="button" onClick={() => void exportFile()} disabled={toExport === 0}>
            Export sealed incidents
          </button>
        </>
      )}
      {log ? (
        <div class="field">
          <label for="import-sealed">Import sealed incidents</label>
          <input id="import-sealed" type="file" multiple accept=".age" disabled={progress !== null} onChange={(e) => void importFiles(e.currentTarget)} />
          <span class="hint">Choose any number of files from agents’ desks; incidents are merged by id, nothing doubled, newer reviews kept.</span>
        </div>
      ) : (
        <p class="hint">To import sealed incidents from agents’ desks, unlock with your team leader key.</p>
      )}
      <ProgressBar id="sealed-import-progress" progress={progress} />
      <p role="status">{message}</p>
    </section>
  );
}
