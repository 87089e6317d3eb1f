import { useState } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import type { SettingsErrors, SettingsInput } from '../../lib/settings/settings';
import { useAppState } from '../panel/app-context';

type TextField = 'agentName' | 'playbookId' | 'team' | 'agentPhone';

interface Props {
  playbooks: readonly Playbook[];
  /** First run asks for the essentials; later edits show the current values. */
  firstRun: boolean;
}

const FIELD_IDS: Record<TextField, string> = {
  agentName: 'setup-name',
  playbookId: 'setup-organisation',
  team: 'setup-team',
  agentPhone: 'setup-phone',
};

export function SetupForm({ playbooks, firstRun }: Props) {
  const state = useAppState();
  const current = state.settings.value;
  const [draft, setDraft] = useState<SettingsInput>({
    agentName: current?.agentName ?? '',
    playbookId: current?.playbookId ?? '',
    team: current?.team ?? '',
    agentPhone: current?.agentPhone ?? '',
    soundCues: current?.soundCues ?? false,
  });
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = playbooks.find((p) => p.id === draft.playbookId);

  const update = (key: TextField) => (event: Event) =>
    setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    setSaving(true);
    const result = await state.saveSettings(draft);
    setSaving(false);
    if (result.ok) return;
    setErrors(result.errors);
    setFailure(result.failure ?? null);
    const firstBad = (Object.keys(FIELD_IDS) as TextField[]).find((key) => result.errors[key]);
    if (firstBad) document.getElementById(FIELD_IDS[firstBad])?.focus();
  }

  const describe = (key: TextField, hasHint = false) =>
    [errors[key] ? `${FIELD_IDS[key]}-error` : '', hasHint ? `${FIELD_IDS[key]}-hint` : ''].filter(Boolean).join(' ') ||
    undefined;

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="setup-heading">
      <h2 id="setup-heading">{firstRun ? 'Set up the call guide' : 'Settings'}</h2>
      {firstRun && <p class="hint">Two details and the guide is ready. They stay on this computer.</p>}
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      <div class="field">
        <label for={FIELD_IDS.agentName}>Your name</label>
        <input
          id={FIELD_IDS.agentName}
          value={draft.agentName}
          onInput={update('agentName')}
          autocomplete="given-name"
          aria-invalid={errors.agentName ? true : undefined}
          aria-describedby={describe('agentName', true)}
        />
        <span id={`${FIELD_IDS.agentName}-hint`} class="hint">
          As you say it to callers.
        </span>
        {errors.agentName && <span id={`${FIELD_IDS.agentName}-error`} class="error">{errors.agentName}</span>}
      </div>
      <div class="field">
        <label for={FIELD_IDS.playbookId}>Organisation</label>
        <select
          id={FIELD_IDS.playbookId}
          value={draft.playbookId}
          onChange={update('playbookId')}
          aria-invalid={errors.playbookId ? true : undefined}
          aria-describedby={describe('playbookId')}
        >
          <option value="">Choose…</option>
          {playbooks.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organisation.name}
            </option>
          ))}
        </select>
        {errors.playbookId && <span id={`${FIELD_IDS.playbookId}-error`} class="error">{errors.playbookId}</span>}
      </div>
      <div class="field">
        <label for={FIELD_IDS.team}>Team (optional)</label>
        <input
          id={FIELD_IDS.team}
          value={draft.team}
          onInput={update('team')}
          list="setup-team-suggestions"
          aria-invalid={errors.team ? true : undefined}
          aria-describedby={describe('team', true)}
        />
        <datalist id="setup-team-suggestions">
          {chosen?.teams.map((team) => <option key={team} value={team} />)}
        </datalist>
        <span id={`${FIELD_IDS.team}-hint`} class="hint">
          {chosen?.teams[0] ? `Leave empty to say “${chosen.teams[0]}”.` : 'Named in greetings where the playbook uses it.'}
        </span>
        {errors.team && <span id={`${FIELD_IDS.team}-error`} class="error">{errors.team}</span>}
      </div>
      <div class="field">
        <label for={FIELD_IDS.agentPhone}>Your direct number (optional)</label>
        <input
          id={FIELD_IDS.agentPhone}
          value={draft.agentPhone}
          onInput={update('agentPhone')}
          inputMode="tel"
          aria-invalid={errors.agentPhone ? true : undefined}
          aria-describedby={describe('agentPhone', true)}
        />
        <span id={`${FIELD_IDS.agentPhone}-hint`} class="hint">
          Offered to callers transferred to you.
        </span>
        {errors.agentPhone && <span id={`${FIELD_IDS.agentPhone}-error`} class="error">{errors.agentPhone}</span>}
      </div>
      {!firstRun && (
        <label class="check field">
          <input
            type="checkbox"
            checked={draft.soundCues}
            onChange={(event) => setDraft({ ...draft, soundCues: event.currentTarget.checked })}
          />
          Sound a tone when a hold check-in or call-back offer is due
        </label>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {firstRun ? 'Save and show greeting' : 'Save settings'}
        </button>
        {!firstRun && (
          <button type="button" onClick={() => (state.view.value = 'guide')}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
