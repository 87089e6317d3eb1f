import { useEffect, useState } from 'preact/hooks';
import { MAX_MONTHS, MIN_MONTHS, readRetention, retentionItem } from '../../lib/incidents/retention-setting';
import { locked } from '../../lib/settings/effective';
import { useAppState } from '../panel/app-context';
import { Field } from './Field';

/** How long reviewed incidents are kept on this desktop; the incident log deletes only on request. */
export function RetentionSettings() {
  const policy = useAppState().policy.value;
  const fromPolicy = policy?.retentionMonths;
  const isLocked = locked(policy, 'retentionMonths');
  const [months, setMonths] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readRetention().then((value) => setMonths(String(fromPolicy ?? value.months)));
  }, [fromPolicy]);

  async function save(event: Event) {
    event.preventDefault();
    const value = Number(months);
    if (!Number.isInteger(value) || value < MIN_MONTHS || value > MAX_MONTHS) {
      setError(`Enter a whole number of months from ${MIN_MONTHS} to ${MAX_MONTHS}.`);
      setSaved(false);
      return;
    }
    await retentionItem.setValue({ months: value });
    setError(null);
    setSaved(true);
  }

  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="retention-heading">
      <h2 id="retention-heading">Keeping incidents</h2>
      <Field
        id="retention-months"
        label="Keep reviewed incidents for (months)"
        hint="The incident log offers an export, then deletes reviewed incidents older than this when a team leader confirms."
        error={error ?? undefined}
        locked={isLocked}
      >
        {(describedBy) => (
          <input id="retention-months" inputMode="numeric" value={months} disabled={isLocked} aria-describedby={describedBy}
            aria-invalid={error ? true : undefined} onInput={(e) => setMonths(e.currentTarget.value)} />
        )}
      </Field>
      {!isLocked && (
        <div class="actions">
          <button type="submit">Save retention</button>
          {saved && <span role="status">Saved.</span>}
        </div>
      )}
    </form>
  );
}
