import { useState } from 'preact/hooks';
import type { Location, Nation, Referral, ReferralDirectory } from '../../content/schema';
import { servesCallers, type CallerReferrals } from '../../lib/referrals';
import { fixedByPolicy } from '../../lib/settings/effective';
import { useAppState } from '../context/app-state';
import { ReferralProvenance } from '../protocols/ReferralList';
import { SET_BY_ORGANISATION } from './Field';
import { isoDate } from '../../lib/time-format';

const EDITABLE: { key: 'name' | 'phone' | 'url' | 'hours' | 'audience' | 'description'; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'phone', label: 'Phone number' },
  { key: 'url', label: 'Web address' },
  { key: 'hours', label: 'Hours' },
  { key: 'audience', label: 'Who it is for' },
  { key: 'description', label: 'What it offers' },
];

const NATIONS: { value: Nation | ''; label: string }[] = [
  { value: '', label: 'Not set' },
  { value: 'england', label: 'England' },
  { value: 'wales', label: 'Wales' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'northern-ireland', label: 'Northern Ireland' },
];

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const EDITED = { kind: 'organisation', note: 'Edited by your organisation in Settings.' } as const;

/**
 * The referral services the self-harm protocol offers (SH-4), as this organisation's callers get
 * them: add, edit, remove, and record that a number was checked with the service. Numbers are
 * never changed silently: an edited entry says it is the organisation's.
 */
export function ReferralEditor({ referrals }: { referrals: CallerReferrals }) {
  const state = useAppState();
  const policy = state.policy.value;
  const own = state.org.ownReferrals.value;
  const isLocked = fixedByPolicy(policy, 'referralDirectory');
  const [entries, setEntries] = useState<Referral[]>(own?.entries ?? referrals.entries);
  const [location, setLocation] = useState<Location>(referrals.location);
  const [editing, setEditing] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const now = state.now.value;

  const change = (index: number, patch: Partial<Referral>) => {
    setEntries(entries.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));
    setSaved(false);
  };
  const edit = (index: number, patch: Partial<Referral>) => change(index, { ...patch, from: EDITED, checked: undefined });

  async function save() {
    const { checkDirectory } = await import('../../lib/settings/packs');
    const directory: ReferralDirectory = {
      id: 'organisation',
      name: "Your organisation's referral services",
      note: 'Set in Settings on this computer.',
      entries: entries.map(withoutEmpty),
      location,
    };
    const checked = checkDirectory(directory);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    await state.org.saveReferrals(checked.directory);
    setProblems([]);
    setSaved(true);
  }

  function add() {
    const entry: Referral = {
      id: `own-${entries.length + 1}-${now.toString(36)}`,
      name: 'New service',
      description: 'Describe the service',
      hours: 'Not stated',
      audience: 'Anyone',
      phone: '',
      serves: { scope: 'organisation' },
      servesFrom: { kind: 'organisation', note: "Added for the organisation's own callers." },
      from: { kind: 'organisation', note: 'Added by your organisation in Settings.' },
      copiedOn: isoDate(now),
      sources: ['SH-4'],
    };
    setEntries([...entries, entry]);
    setEditing(entries.length);
  }

  return (
    <section class="card" aria-labelledby="referrals-settings-heading">
      <h2 id="referrals-settings-heading">Referral services</h2>
      <p class="hint">
        The self-harm protocol offers only the services that serve your callers. None of these numbers has been checked with the service
        unless it says so: check each one, then record it here.
      </p>
      {!referrals.hasLocal && (
        <p class="notice" role="note">
          Your organisation has not set local referral numbers. Add your own local services below.
        </p>
      )}
      {isLocked && <p class="locked">{SET_BY_ORGANISATION}</p>}
      <fieldset disabled={isLocked}>
        <legend>Where your callers are</legend>
        <div class="field">
          <label for="referrals-nation">Nation</label>
          <select
            id="referrals-nation"
            value={location.nation ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value as Nation | '';
              const { nation: _nation, ...rest } = location;
              setLocation({ ...rest, ...(value ? { nation: value } : {}), from: EDITED });
              setSaved(false);
            }}
          >
            {NATIONS.map((nation) => (
              <option key={nation.value} value={nation.value}>
                {nation.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="referrals-area">Local area</label>
          <input
            id="referrals-area"
            value={location.description}
            onInput={(e) => {
              const description = e.currentTarget.value;
              setLocation({ ...location, description, areas: description.split(',').map(slug).filter(Boolean), from: EDITED });
              setSaved(false);
            }}
          />
        </div>
      </fieldset>
      <ul class="referral-edit">
        {entries.map((entry, index) => (
          <li key={entry.id}>
            <strong>{entry.name}</strong> {entry.phone ?? entry.url}
            {!servesCallers(entry, location) && <div class="hint">Not offered: it does not serve callers in {location.description}.</div>}
            <ReferralProvenance entry={entry} now={now} />
            {!isLocked && (
              <div class="actions">
                <button type="button" onClick={() => setEditing(editing === index ? null : index)} aria-expanded={editing === index}>
                  Edit {entry.name}
                </button>
                <button type="button" onClick={() => change(index, { checked: { on: isoDate(now) } })}>
                  Checked with the service today: {entry.name}
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
                    <input id={`referral-${index}-${key}`} value={entry[key] ?? ''} onInput={(e) => edit(index, { [key]: e.currentTarget.value })} />
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
            Save referral services
          </button>
          {state.org.referralOverride.value && (
            <button type="button" onClick={() => void state.org.saveReferrals(null).then(() => setSaved(true))}>
              Go back to the guide’s list
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
  if (!copy.checked) delete copy.checked;
  return copy;
}
