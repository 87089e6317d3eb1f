import { useState } from 'preact/hooks';
import { unopenedDatabase, type UnopenedDatabase } from '../../lib/db-handle';
import { readEverything } from '../../lib/db-rescue';
import { browserDownload, datedName, type Download } from './download';

export const RESCUE_FORMAT = 'call-guide-rescue';

interface Props {
  download?: Download;
  now?: () => number;
  /** Reads the stored data read-only; tests may pass their own. */
  read?: (name: string) => Promise<Record<string, unknown[]>>;
  /** Reloads the page to try opening again. */
  reload?: () => void;
  /** Whether something on screen (the live call) would be lost by reloading: then "Try again" asks first. */
  unsaved?: () => boolean;
}

/**
 * Shown when the page's database would not open. Nothing is deleted or recreated: the page says
 * so, says that nothing new is being saved, and offers the stored data as a file, read as it is.
 */
export function DatabaseProblem({
  download = browserDownload(),
  now = Date.now,
  read = readEverything,
  reload = () => location.reload(),
  unsaved = () => false,
}: Props) {
  const problem = unopenedDatabase.value;
  if (!problem) return null;
  return <Problem problem={problem} download={download} now={now} read={read} reload={reload} unsaved={unsaved} />;
}

function Problem({ problem, download, now, read, reload, unsaved }: Required<Props> & { problem: UnopenedDatabase }) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function exportStored() {
    setBusy(true);
    try {
      const stores = await read(problem.name);
      const records = Object.values(stores).reduce((sum, rows) => sum + rows.length, 0);
      const file = { format: RESCUE_FORMAT, exportedAt: new Date(now()).toISOString(), database: problem.name, stores };
      download(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), datedName('call-guide-rescue', now(), 'json'));
      setOutcome(
        records === 0
          ? 'Exported: nothing was stored. Keep the file with the fault report.'
          : `Exported ${records} ${records === 1 ? 'record' : 'records'}. The file holds personal details: keep it safe and give it only to your IT team.`,
      );
    } catch (failure) {
      setOutcome(`Nothing could be read (${(failure as Error)?.message || 'unknown error'}). Nothing has been deleted; tell your IT team.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="notice database-problem" role="alert" aria-labelledby="database-problem-heading">
      <h2 id="database-problem-heading">Saved data cannot be opened</h2>
      <p>
        The guide could not open what it keeps on this computer, so nothing new is being saved: keep notes somewhere else
        for now. Nothing has been deleted.
      </p>
      <p class="hint">Browser said: {problem.reason}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportStored()} disabled={busy}>
          Export what is stored
        </button>
        <button type="button" onClick={() => (unsaved() ? setConfirming(true) : reload())} aria-expanded={confirming}>
          Try again
        </button>
      </div>
      {confirming && (
        <div class="confirm">
          <p>
            Trying again reloads the guide, and the call on screen goes with it: it has not been saved. Copy what you need
            first.
          </p>
          <div class="actions">
            <button type="button" onClick={reload}>
              Reload anyway
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep the call on screen
            </button>
          </div>
        </div>
      )}
      {outcome && <p role="status">{outcome}</p>}
    </section>
  );
}
