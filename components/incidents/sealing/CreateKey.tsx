import { useState } from 'preact/hooks';
import { CopyButton } from '../../ui/CopyButton';
import { useLog } from '../log-context';

/**
 * Create a team leader key: an X25519 identity made in this browser, offered as a file to keep
 * (protected with a passphrase if one is typed) and never stored here; its public key is shown to
 * give to IT.
 */
export function CreateKey() {
  const { download, clipboard, now } = useLog();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ recipient: string; protected: boolean } | null>(null);

  async function create(event: Event) {
    event.preventDefault();
    if (passphrase !== again) return setError('The two passphrases differ: type the same one twice.');
    setError('');
    setBusy(true);
    try {
      const { createKey } = await import('../../../lib/sealing/age');
      const key = await createKey(now, passphrase);
      download(new Blob([key.file], { type: 'text/plain' }), key.protected ? 'team-leader-key.age' : 'team-leader-key.txt');
      setMade({ recipient: key.recipient, protected: key.protected });
      setPassphrase('');
      setAgain('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={create} aria-labelledby="create-key-heading" noValidate>
      <h3 id="create-key-heading">Create a team leader key</h3>
      <p class="hint">
        The key is made in this browser and saved as a file for you to keep; it is not kept here. Anyone with the file can read sealed incidents,
        so keep it as you would a password. If every team leader key is lost, sealed incidents cannot be read by anyone.
      </p>
      <div class="inline-fields">
        <div class="field">
          <label for="key-passphrase">Passphrase for the file (optional)</label>
          <input id="key-passphrase" type="password" autocomplete="new-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="key-passphrase-again">Passphrase again</label>
          <input id="key-passphrase-again" type="password" autocomplete="new-password" value={again}
            aria-describedby={error ? 'create-key-error' : undefined} onInput={(e) => setAgain(e.currentTarget.value)} />
        </div>
      </div>
      {error && (
        <p id="create-key-error" class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Creating the key…' : 'Create key and save its file'}
      </button>
      {made && (
        <div role="status" class="notice">
          <p>
            Key file saved{made.protected ? ', protected with your passphrase' : ''}. Give IT this public key to add to the policy’s
            {' '}<code>teamLeaderKeys</code> (it is not secret):
          </p>
          <p>
            <code class="recipient">{made.recipient}</code>
          </p>
          <CopyButton label="Copy the public key" text={made.recipient} clipboard={clipboard} />
        </div>
      )}
    </form>
  );
}
