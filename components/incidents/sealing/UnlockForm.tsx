import { useEffect, useRef, useState } from 'preact/hooks';
import { readText } from '../read-file';
import { useSealing } from './sealing-context';
import { n, ProgressBar, type ProgressState } from './Progress';

/**
 * Unlock with a team leader key: pasted, or its file chosen, with its passphrase when it has one.
 * The key is read into this tab's memory only; a wrong key, or a wrong passphrase, says so. Opened
 * for a view that needs the key (`focus`), the key field takes the focus.
 */
export function UnlockForm({ onDone, focus = false }: { onDone(): void; focus?: boolean }) {
  const sealing = useSealing();
  const keyField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focus) keyField.current?.focus();
  }, [focus]);
  const [text, setText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [protectedKey, setProtectedKey] = useState(false);
  const [error, setError] = useState('');
  const [progress, setProgress] = useState<ProgressState | null>(null);

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const content = await readText(file, () => undefined);
    const { needsPassphrase } = await import('../../../lib/sealing/age');
    setText(content);
    setProtectedKey(needsPassphrase(content));
    setError('');
  }

  async function unlock(event: Event) {
    event.preventDefault();
    setError('');
    const { readKey, needsPassphrase } = await import('../../../lib/sealing/age');
    setProtectedKey(needsPassphrase(text));
    try {
      setProgress({ label: 'Reading the key', value: 0, max: 1 });
      const key = await readKey(text, passphrase);
      const log = await sealing.unlock(key, (done, total) => setProgress({ label: `Opening ${n(done)} of ${n(total)} incidents`, value: done, max: total }));
      if (log.opened === 0 && log.problems.some((problem) => problem.reason === 'wrong-key')) {
        await sealing.lock();
        setError('This key opens none of the sealed incidents here: they were sealed to other team leader keys.');
        return;
      }
      setText('');
      setPassphrase('');
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The key could not be read.');
    } finally {
      setProgress(null);
    }
  }

  return (
    <form onSubmit={unlock} aria-labelledby="unlock-heading" class="unlock" noValidate>
      <h3 id="unlock-heading">Unlock with team leader key</h3>
      <div class="field">
        <label for="unlock-key">Paste the key (AGE-SECRET-KEY-1…)</label>
        <textarea id="unlock-key" ref={keyField} rows={3} value={needsPasted(text)} autocomplete="off" spellcheck={false}
          aria-describedby={error ? 'unlock-error' : undefined} onInput={(e) => (setText(e.currentTarget.value), setProtectedKey(false))} />
      </div>
      <div class="field">
        <label for="unlock-file">Or choose the key file</label>
        <input id="unlock-file" type="file" accept=".txt,.age,text/plain" onChange={(e) => void chooseFile(e.currentTarget)} />
        {protectedKey && <span class="hint">This key file is protected: type its passphrase below.</span>}
      </div>
      <div class="field">
        <label for="unlock-passphrase">Passphrase (only if the key file has one)</label>
        <input id="unlock-passphrase" type="password" value={passphrase} autocomplete="off" onInput={(e) => setPassphrase(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={progress !== null || !text.trim()}>
          Unlock
        </button>
      </div>
      <ProgressBar id="unlock-progress" progress={progress} />
      {error && (
        <p id="unlock-error" class="notice" role="alert">
          {error} Nothing has been changed.
        </p>
      )}
    </form>
  );
}

/** A protected key file's text is not shown in the paste box (it is not a key to paste). */
function needsPasted(text: string): string {
  return text.includes('BEGIN AGE ENCRYPTED FILE') ? '' : text;
}

