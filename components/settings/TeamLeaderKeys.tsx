import { useEffect, useState } from 'preact/hooks';
import { parseRecipients, readSealing, teamLeaderKeysItem, type SealingConfig } from '../../lib/sealing/config';
import { managedArea } from '../../lib/settings/items';
import { Field } from './Field';

/**
 * The team leaders' keys (`age1…` recipients) incidents are sealed to on this desk. Refused when
 * malformed; set by the organisation's policy (`teamLeaderKeys`), shown and not editable.
 */
export function TeamLeaderKeys({ managed = managedArea }: { managed?: { get(): Promise<unknown> } }) {
  const [config, setConfig] = useState<SealingConfig | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readSealing(managed).then((value) => {
      setConfig(value);
      setText(value.recipients.join('\n'));
    });
  }, [managed]);
  if (!config) return null;

  async function save(event: Event) {
    event.preventDefault();
    setSaved(false);
    const result = parseRecipients(text);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    await teamLeaderKeysItem.setValue(result.recipients);
    setConfig({ ...config!, recipients: result.recipients });
    setSaved(true);
  }

  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="team-leader-keys-heading">
      <h2 id="team-leader-keys-heading">Sealed incidents</h2>
      <Field
        id="team-leader-keys"
        label="Team leader keys (one a line)"
        hint="Incidents saved from now on are sealed to these keys: only a team leader with one of them can read them. Each key starts age1. Removing a key affects only later incidents."
        error={error}
        locked={config.locked}
      >
        {(describedBy) => (
          <textarea id="team-leader-keys" rows={3} value={text} disabled={config.locked} aria-describedby={describedBy}
            aria-invalid={error ? true : undefined} onInput={(e) => setText(e.currentTarget.value)} />
        )}
      </Field>
      {!config.locked && (
        <div class="actions">
          <button type="submit">Save team leader keys</button>
          {saved && <span role="status">{config.recipients.length ? 'Saved: incidents are sealed from now on.' : 'Saved: incidents are not sealed.'}</span>}
        </div>
      )}
    </form>
  );
}
