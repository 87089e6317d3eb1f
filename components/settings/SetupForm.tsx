import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import { locked } from '../../lib/settings/effective';
import type { SettingsErrors } from '../../lib/settings/settings';
import { useAppState } from '../context/app-state';
import { Field } from './Field';

interface Props {
  playbooks: readonly Playbook[];
  /** First run asks for the essentials; later edits show the current values. */
  firstRun: boolean;
}

interface Draft {
  agentName: string;
  playbookId: string;
  team: string;
  agentPhone: string;
  greetingLanguage: 'playbook' | 'en' | 'cy';
}

const ORDER: (keyof Draft)[] = ['agentName', 'playbookId', 'team', 'agentPhone', 'greetingLanguage'];
const ID: Record<keyof Draft, string> = {
  agentName: 'setup-name',
  playbookId: 'setup-organisation',
  team: 'setup-team',
  agentPhone: 'setup-phone',
  greetingLanguage: 'setup-language',
};

/** Who the agent is and whom they answer for: first-run set-up, and the first part of Settings. */
export function SetupForm({ playbooks, firstRun }: Props) {
  const state = useAppState();
  const current = state.settings.value;
  const policy = state.policy.value;
  const [draft, setDraft] = useState<Draft>({
    agentName: current?.agentName ?? '',
    playbookId: policy?.organisation ?? current?.playbookId ?? '',
    team: policy?.team ?? current?.team ?? '',
    agentPhone: current?.agentPhone ?? '',
    greetingLanguage: policy?.greetingLanguage ?? current?.greetingLanguage ?? 'playbook',
  });
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Policy can arrive after the form opens (the browser may take seconds); it wins when it does.
  const playbookId = policy?.organisation ?? draft.playbookId;
  // A lock holds even when the policy's value was invalid: then the agent's own value stays.
  const teamLocked = locked(policy, 'team');
  const team = teamLocked ? (policy?.team ?? current?.team ?? '') : draft.team;
  const chosen = playbooks.find((p) => p.id === playbookId);
  // First run: until managed storage answers, an organisation chosen here might be overridden.
  const checking = firstRun && !state.org.policyKnown.value;
  const orgLocked = Boolean(policy?.organisation) || locked(policy, 'organisation');
  const teams = policy?.teams ?? chosen?.teams ?? [];

  const update = (key: keyof Draft) => (event: Event) =>
    setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });

  /** One of the agent's own text fields, labelled, with its hint and its error. */
  const textField = (key: 'agentName' | 'agentPhone', label: string, hint: string, extra: JSX.InputHTMLAttributes<HTMLInputElement>) => (
    <Field id={ID[key]} label={label} hint={hint} error={errors[key]}>
      {(describedBy) => (
        <input
          id={ID[key]}
          value={draft[key]}
          onInput={update(key)}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={describedBy}
          {...extra}
        />
      )}
    </Field>
  );

  async function submit(event: Event) {
    event.preventDefault();
    if (checking) return;
    setSaving(true);
    const result = await state.saveSettings({ ...draft, playbookId, team });
    setSaving(false);
    if (result.ok) return;
    setErrors(result.errors);
    setFailure(result.failure ?? null);
    const firstBad = ORDER.find((key) => result.errors[key]);
    if (firstBad) document.getElementById(ID[firstBad])?.focus();
  }

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="setup-heading">
      <h2 id="setup-heading">{firstRun ? 'Set up the call guide' : 'You'}</h2>
      {firstRun && <p class="hint">Two details and the guide is ready. They stay on this computer.</p>}
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      {textField('agentName', 'Your name', 'As you say it to callers.', { autocomplete: 'given-name' })}
      <Field id={ID.playbookId} label="Organisation" error={errors.playbookId} locked={orgLocked}>
        {(describedBy) => (
          <select
            id={ID.playbookId}
            value={playbookId}
            onChange={update('playbookId')}
            disabled={orgLocked || checking}
            aria-invalid={errors.playbookId ? true : undefined}
            aria-describedby={describedBy}
          >
            <option value="">Choose…</option>
            {playbooks.map((p) => (
              <option key={p.id} value={p.id}>
                {p.organisation.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={ID.team}
        label="Team (optional)"
        hint={teams[0] ? `Leave empty to say “${teams[0]}”.` : 'Named in greetings where the playbook uses it.'}
        error={errors.team}
        locked={teamLocked}
      >
        {(describedBy) => (
          <>
            <input
              id={ID.team}
              value={team}
              onInput={update('team')}
              list="setup-team-suggestions"
              disabled={teamLocked}
              aria-invalid={errors.team ? true : undefined}
              aria-describedby={describedBy}
            />
            <datalist id="setup-team-suggestions">
              {teams.map((team) => (
                <option key={team} value={team} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      {textField('agentPhone', 'Your direct number (optional)', 'Offered to callers transferred to you.', { inputMode: 'tel' })}
      {!firstRun && chosen?.greeting.alwaysAll && (
        <p class="hint">
          The greeting is always bilingual, Welsh first: {chosen.organisation.name}’s standard asks for a short bilingual greeting.
        </p>
      )}
      {!firstRun && chosen && chosen.greeting.languages.length > 1 && !chosen.greeting.alwaysAll && (
        <Field id={ID.greetingLanguage} label="Greeting language" locked={locked(policy, 'greetingLanguage')}>
          {(describedBy) => (
            <select
              id={ID.greetingLanguage}
              value={policy?.greetingLanguage ?? draft.greetingLanguage}
              onChange={update('greetingLanguage')}
              disabled={locked(policy, 'greetingLanguage')}
              aria-describedby={describedBy}
            >
              <option value="playbook">As the playbook says (bilingual)</option>
              <option value="en">English only</option>
              <option value="cy">Welsh only (Cymraeg)</option>
            </select>
          )}
        </Field>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving || checking}>
          {firstRun ? 'Save and show greeting' : 'Save'}
        </button>
        {checking && <span role="status">Checking your organisation’s settings…</span>}
      </div>
    </form>
  );
}
