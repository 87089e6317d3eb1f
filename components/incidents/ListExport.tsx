import { useState } from 'preact/hooks';
import { incidentsCsv } from '../../lib/incidents/export-csv';
import { allMatching } from '../../lib/incidents/query';
import { seriousness } from '../../lib/incidents/triage';
import { datedName } from '../ui/download';
import { useLog } from './log-context';
import { useRestricted } from './sealing/sealing-context';

/** The filtered list, every page of it, as a CSV file that opens safely in a spreadsheet. */
export function ListExport() {
  const restricted = useRestricted('export');
  const { db, state, now, organisation, referralName, download } = useLog();
  const [progress, setProgress] = useState<string>('');

  async function exportCsv() {
    setProgress('Preparing the CSV…');
    try {
      const incidents = await allMatching(await db(), state.filter.value, {
        order: state.order.value === 'oldest' ? 'oldest' : 'newest',
        now,
        onProgress: (read) => setProgress(`Preparing the CSV: ${read.toLocaleString('en-GB')} incidents…`),
      });
      if (state.order.value === 'serious') incidents.sort((a, b) => seriousness(b) - seriousness(a));
      download(new Blob([incidentsCsv(incidents, { organisation, referralName, now })], { type: 'text/csv;charset=utf-8' }), datedName('incidents', now, 'csv'));
      setProgress(`${incidents.length === 1 ? '1 incident' : `${incidents.length.toLocaleString('en-GB')} incidents`} exported as CSV.`);
    } catch {
      setProgress('The CSV could not be made. Nothing was saved; try again.');
    }
  }

  if (restricted) return null;
  return (
    <div class="export-list">
      <button type="button" onClick={() => void exportCsv()}>
        Export this list as CSV
      </button>
      <span role="status">{progress}</span>
    </div>
  );
}
