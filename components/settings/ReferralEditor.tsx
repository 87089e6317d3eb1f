import { useState } from 'preact/hooks';
import type { Referral, ReferralDirectory } from '../../content/schema';
import { locked } from '../../lib/settings/effective';
import { isStale } from '../../lib/referrals';
import { useAppState } from '../panel/app-context';
import { SET_BY_ORGANISATION } from './Field';

const today = (now: number) => {
  const date = new Date(now);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

const EDITABLE: { key: 'name' | 'phone' | 'url' | 'hours' | 'audience' | 'description'; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'phone', label: 'Phone number' },
  { key: 'url', label: 'Web address' },
  { key: 'hours', label: 'Hours' },
  { key: 'audience', label: 'Who it is for' },
  { key: 'description', label: 'What it offers' },
];

/**
 * The referral directory the self-harm protocol shows (SH-4): add, edit, remove, mark verified.
 * Numbers are never changed silently: every edit is the organisation's, with the day it was checked.
 */
export function ReferralEditor({ directory }: { directory: ReferralDirectory }) {
  const state = useAppState();
  const policy = state.policy.value;
  const isLocked = Boolean(policy?.referralDirectory) || locked(policy, 'referralDirectory');
  const [entries, setEntries] = useState<Referral[]>(directory.entries);
  const [editing, setEditing] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const now = state.now.value;

  const change = (index: number, patch: Partial<Referral>) => {
    setEntries(entries.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));
    setSaved(false);
  };

  async function save() {
    const { checkDirectory } = await import('../../lib/settings/packs');
    const checked = checkDirectory({ ...directory, entries: entries.map(withoutEmpty) });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    await state.org.saveReferrals(checked.directory);
    setProblems([]);
    setSaved(true);
  }

  function add() {
    const id = `entry-${entries.length + 1}-${now.toString(36)}`;
    const entry: Referral = {
      id,
      name: 'New service',
      description: 'Describe the service',
      hours: 'Not stated',
      audience: 'Anyone',
      phone: '',
      source: { document: 'Added by your organisation', section: 'Settings' },
      verifiedOn: today(now),
      sources: ['SH-4'],
    };
    setEntries([...entries, entry]);
    setEditing(entries.length);
  }

  return (
    <section class="card" aria-labelledby="referrals-settings-heading">
      <h2 id="referrals-settings-heading">Referral directory</h2>
      <p class="hint">{directory.note}</p>
      {isLocked && <p class="locked">{SET_BY_ORGANISATION}</p>}
      <ul class="referral-edit">
        {entries.map((entry, index) => (
          <li key={entry.id}>
            <strong>{entry.name}</strong> {entry.phone ?? entry.url}
            <div class={isStale(entry.verifiedOn, now) ? 'verified stale' : 'verified'}>
              {isStale(entry.verifiedOn, now) ? 'Not verified in the last 12 months. ' : ''}Verified {entry.verifiedOn}
            </div>
            {!isLocked && (
              <div class="actions">
                <button type="button" onClick={() => setEditing(editing === index ? null : index)} aria-expanded={editing === index}>
                  Edit {entry.name}
                </button>
                <button type="button" onClick={() => change(index, { verifiedOn: today(now), source: { ...entry.source } })}>
                  Verified today: {entry.name}
                </button>
                <button type="button" onClick={() => setEntries(entries.filter((_, at) => at !== index))}>
                  Remove {entry.name}
                </button>
              </div>
            )}
            {editing === index && (
              <fieldset>
                <legend>{entry.name}</legend>
                {EDITABLE.map(({ key, label }) => (
                  <div class="field" key={key}>
                    <label for={`referral-${index}-${key}`}>{label}</label>
                    <input id={`referral-${index}-${key}`} value={entry[key] ?? ''} onInput={(e) => change(index, { [key]: e.currentTarget.value })} />
                  </div>
                ))}
              </fieldset>
            )}
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>Not saved. Please correct:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {!isLocked && (
        <div class="actions">
          <button type="button" onClick={add}>
            Add a service
          </button>
          <button type="button" class="primary" onClick={() => void save()}>
            Save directory
          </button>
          {state.org.referralOverride.value && (
            <button type="button" onClick={() => void state.org.saveReferrals(null).then(() => setSaved(true))}>
              Go back to the playbook’s directory
            </button>
          )}
          {saved && <span role="status">Saved.</span>}
        </div>
      )}
    </section>
  );
}

/** Empty optional fields are left out rather than stored as blanks. */
function withoutEmpty(entry: Referral): Referral {
  const copy = { ...entry };
  if (!copy.phone) delete copy.phone;
  if (!copy.url) delete copy.url;
  return copy;
}
