import type { Playbook } from '../../content/schema';
import { GreetingCard } from '../call/GreetingCard';
import { SetupForm } from '../settings/SetupForm';
import { useAppState } from './app-context';
import { PlaybookFacts } from './PlaybookFacts';
import './panel.css';

interface Props {
  playbooks: readonly Playbook[];
  /** Where the incident log opens; a new tab from the panel. */
  incidentLogUrl: string;
}

/** The side panel: first-run set-up, then the guide for the agent's organisation. */
export function Panel({ playbooks, incidentLogUrl }: Props) {
  const state = useAppState();
  if (state.loaded.value === null) return <p class="loading">Loading…</p>;
  const settings = state.settings.value;
  const playbook = state.playbook.value;
  const editing = state.editingSettings.value || !settings || !playbook;

  return (
    <div class="panel">
      <header class="panel-header">
        <div>
          <h1>{playbook ? playbook.organisation.name : 'Call guide'}</h1>
          {settings && playbook && (
            <p class="hint">
              {settings.agentName} · {settings.team || playbook.teams[0] || 'No team set'}
            </p>
          )}
        </div>
        <nav aria-label="Guide" class="panel-nav">
          {settings && !state.editingSettings.value && (
            <button type="button" onClick={() => (state.editingSettings.value = true)}>
              Settings
            </button>
          )}
          <a href={incidentLogUrl} target="_blank" rel="noopener">
            Incident log
          </a>
        </nav>
      </header>
      <main>
        {state.notice.value && (
          <p class="notice" role="alert">
            {state.notice.value}
          </p>
        )}
        {editing ? (
          <SetupForm playbooks={playbooks} firstRun={!settings} />
        ) : (
          <>
            <GreetingCard />
            <PlaybookFacts playbook={playbook} />
          </>
        )}
      </main>
    </div>
  );
}
