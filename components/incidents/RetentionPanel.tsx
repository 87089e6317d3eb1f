import { useEffect, useRef, useState } from 'preact/hooks';
import { backupFile, isTraining } from '../../lib/incidents/backup';
import { formatDate, formatDateTime } from '../../lib/incidents/format';
import { deleteExpired, incidentsByIds, LOOK_AHEAD_DAYS, previewRetention } from '../../lib/incidents/retention';
import { MAX_MONTHS, MIN_MONTHS, validRetention } from '../../lib/incidents/retention-setting';
import { useLiveQuery } from '../ui/use-live-query';
import { datedName } from '../ui/download';
import { useLog } from './log-context';
import { useRestricted } from './sealing/sealing-context';

const incidents = (n: number) => (n === 1 ? '1 reviewed incident' : `${n.toLocaleString('en-GB')} reviewed incidents`);

/**
 * The retention period, what it means today, and deleting what is past it: only reviewed
 * incidents, only those the panel counted, and only after the team leader confirms.
 */
export function RetentionPanel() {
  const changeTaken = useRestricted('retentionChange');
  const deleteTaken = useRestricted('delete');
  const exportTaken = useRestricted('export');
  const { db, now, retention, download } = useLog();
  const [months, setMonths] = useState<number | null>(null);
  const [locked, setLocked] = useState(false);
  const [typed, setTyped] = useState('');
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [message, setMessage] = useState('');
  const cancel = useRef<HTMLButtonElement>(null);
  // The question takes the focus, on the safe answer, so a keyboard user hears it and cannot
  // delete by pressing Enter twice.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  useEffect(() => {
    void retention.get().then((setting) => {
      setMonths(setting.months);
      setTyped(String(setting.months));
      setLocked(Boolean(setting.locked) || changeTaken);
    });
  }, [retention, changeTaken]);
  // The preview re-reads once a minute as the cutoff moves on.
  const minute = Math.floor(now / 60_000);
  const preview = useLiveQuery(db, (open) => (months === null ? Promise.resolve(null) : previewRetention(open, now, months)), [months, minute]);

  async function save() {
    const value = Number(typed);
    const setting = validRetention({ months: value });
    if (setting.months !== value) {
      setMessage(`Type a whole number of months from ${MIN_MONTHS} to ${MAX_MONTHS}.`);
      return;
    }
    await retention.set(setting);
    setMonths(setting.months);
    setConfirming(null);
    setMessage(`Reviewed incidents are now kept for ${setting.months} months.`);
  }

  async function exportFirst(ids: string[]) {
    const open = await db();
    download(backupFile(await incidentsByIds(open, ids), now, [], isTraining(open)), datedName('incidents-past-retention', now, 'json'));
    setMessage(`Exported ${incidents(ids.length)} before deletion.`);
  }

  async function remove(ids: string[]) {
    const deleted = await deleteExpired(await db(), ids, now, months!);
    setConfirming(null);
    setMessage(`Deleted ${incidents(deleted)}.`);
  }

  const p = preview.status === 'ready' ? preview.value : null;
  return (
    <section aria-labelledby="retention-heading" class="card">
      <h2 id="retention-heading">Retention</h2>
      <div class="field narrow">
        <label for="retention-months">Keep reviewed incidents for (months)</label>
        <input
          id="retention-months"
          type="number"
          min={MIN_MONTHS}
          max={MAX_MONTHS}
          step={1}
          value={typed}
          readOnly={locked}
          aria-describedby={locked ? 'retention-locked' : undefined}
          onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
        />
        {locked && (
          <span id="retention-locked" class="hint">
            Set by your organisation.
          </span>
        )}
      </div>
      {!locked && (
        <button type="button" onClick={() => void save()}>
          Save the retention period
        </button>
      )}
      {p && (
        <div class="retention-preview" aria-label="What retention will delete" role="group">
          <p>
            {p.dueIds.length === 0
              ? `No reviewed incident is older than ${p.months} months: nothing is due for deletion.`
              : `${incidents(p.dueIds.length)} recorded before ${formatDateTime(p.cutoff)} ${p.dueIds.length === 1 ? 'is' : 'are'} past the ${p.months}-month retention period and will be deleted when you confirm below.`}
          </p>
          <p>
            {p.upcoming > 0
              ? `${p.upcoming === 1 ? '1 more reviewed incident passes' : `${p.upcoming.toLocaleString('en-GB')} more reviewed incidents pass`} the period in the next ${LOOK_AHEAD_DAYS} days, the first on ${formatDate(p.nextDueAt!)}.`
              : p.nextDueAt
                ? `The next reviewed incident passes the period on ${formatDate(p.nextDueAt)}.`
                : 'No other reviewed incident is waiting to pass the period.'}
          </p>
          {p.openPastRetention > 0 && (
            <p>
              {p.openPastRetention === 1 ? '1 open incident is' : `${p.openPastRetention.toLocaleString('en-GB')} open incidents are`} older than the
              period: open incidents are kept until reviewed.
            </p>
          )}
          {p.dueIds.length > 0 && !confirming && !(deleteTaken && exportTaken) && (
            <div class="actions">
              {!exportTaken && (
                <button type="button" onClick={() => void exportFirst(p.dueIds)}>
                  Export these {p.dueIds.length.toLocaleString('en-GB')} first (JSON)
                </button>
              )}
              {!deleteTaken && (
                <button type="button" onClick={() => setConfirming(p.dueIds)}>
                  Delete {incidents(p.dueIds.length)}…
                </button>
              )}
            </div>
          )}
          {confirming && (
            <div class="notice" role="alertdialog" aria-labelledby="confirm-delete">
              <p id="confirm-delete">
                Delete {incidents(confirming.length)} past retention? This cannot be undone; export them first if they may be needed.
              </p>
              <button type="button" class="danger" onClick={() => void remove(confirming)}>
                Yes, delete {incidents(confirming.length)}
              </button>{' '}
              <button type="button" ref={cancel} onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
