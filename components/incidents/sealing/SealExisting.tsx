import { useState } from 'preact/hooks';
import { countUnsealed } from '../../../lib/sealing/sealed-record';
import { useLiveQuery } from '../../ui/use-live-query';
import { useLog } from '../log-context';
import { useSealing } from './sealing-context';
import { incidentsCount, n, ProgressBar, type ProgressState } from './Progress';

/** When sealing is first turned on: the incidents saved before it, sealed in crash-safe batches. */
export function SealExisting({ recipients }: { recipients: string[] }) {
  const sealing = useSealing();
  const { now } = useLog();
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const message = sealing.notice.value?.from === 'seal' ? sealing.notice.value.text : '';
  const setMessage = (text: string) => (sealing.notice.value = { from: 'seal', text });
  const unsealed = useLiveQuery(sealing.real, countUnsealed, []);
  const count = unsealed.status === 'ready' ? unsealed.value : 0;
  if (count === 0 && !message) return null;

  async function sealAll() {
    setMessage('');
    try {
      const { sealExisting } = await import('../../../lib/sealing/seal-existing');
      const done = await sealExisting(await sealing.real(), recipients, now, {
        onProgress: (sealed, total) => setProgress({ label: `Sealing ${n(sealed)} of ${n(total)} incidents`, value: sealed, max: total }),
      });
      setMessage(`${incidentsCount(done)} sealed.`);
      if (sealing.unlocked.peek()) await sealing.unlock(sealing.unlocked.peek()!.key);
    } catch {
      setMessage('Sealing stopped. Every incident is either sealed or as it was; press Seal existing incidents again to carry on.');
    } finally {
      setProgress(null);
    }
  }

  return (
    <div class="notice">
      {count > 0 && (
        <>
          <p>
            {incidentsCount(count)} {count === 1 ? 'was' : 'were'} saved before sealing was turned on and can still be read by anyone using this
            browser profile.
          </p>
          <button type="button" onClick={() => void sealAll()} disabled={progress !== null}>
            Seal existing incidents
          </button>
        </>
      )}
      <ProgressBar id="seal-progress" progress={progress} />
      <p role="status">{message}</p>
    </div>
  );
}
