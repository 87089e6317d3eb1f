import { useCallback, useState } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import { CallScreen } from '../call/CallScreen';
import { useCall } from '../call/call-context';
import { Speller } from '../nato/Speller';
import { SetupForm } from '../settings/SetupForm';
import { useAppState } from './app-context';
import { ShortcutsHelp } from './ShortcutsHelp';
import { usePanelShortcuts } from './use-panel-shortcuts';
import './panel.css';

interface Props {
  playbooks: readonly Playbook[];
  /** Where the incident log opens; a new tab from the panel. */
  incidentLogUrl: string;
}

/** The side panel: first-run set-up, then the guide for the agent's organisation. */
export function Panel({ playbooks, incidentLogUrl }: Props) {
  const state = useAppState();
  const { model, clipboard } = useCall();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  usePanelShortcuts({ onHelp: openHelp });

  if (state.loaded.value === null) return <p class="loading">Loading…</p>;
  const settings = state.settings.value;
  const playbook = state.playbook.value;
  const configured = Boolean(settings && playbook);
  const view = configured ? state.view.value : 'settings';
  const onCall = model.active.value;

  return (
    <div class="panel">
      <header class="panel-header">
        <div>
          <h1>{playbook ? playbook.organisation.name : 'Call guide'}</h1>
          {settings && playbook && (
            <p class="hint">
              {settings.agentName} · {settings.team || playbook.teams[0] || playbook.organisation.greetingName}
            </p>
          )}
        </div>
        {configured && (
          <nav aria-label="Guide" class="panel-nav">
            <button type="button" aria-current={view === 'guide' ? 'page' : undefined} onClick={() => (state.view.value = 'guide')}>
              {onCall ? 'Call' : 'Greeting'}
            </button>
            <button
              type="button"
              aria-current={view === 'spell' ? 'page' : undefined}
              aria-keyshortcuts="Alt+S"
              onClick={() => (state.view.value = 'spell')}
            >
              Spell
            </button>
            <button type="button" aria-current={view === 'settings' ? 'page' : undefined} onClick={() => (state.view.value = 'settings')}>
              Settings
            </button>
            <a href={incidentLogUrl} target="_blank" rel="noopener">
              Incident log
            </a>
            <button type="button" class="help-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
              ?
            </button>
          </nav>
        )}
      </header>
      <SaveStatus />
      <main>
        {state.notice.value && (
          <p class="notice" role="alert">
            {state.notice.value}
          </p>
        )}
        {view === 'settings' && <SetupForm playbooks={playbooks} firstRun={!settings} />}
        {view === 'spell' && (
          <section aria-label="Spell with NATO phonetics" class="card">
            {onCall && (
              <button type="button" class="back" onClick={() => (state.view.value = 'guide')}>
                Back to the call
              </button>
            )}
            <Speller initialText={state.spellText.value} clipboard={clipboard} />
          </section>
        )}
        {view === 'guide' && playbook && <CallScreen playbook={playbook} />}
      </main>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

/** Says when the live call is not yet safely stored, and why. */
function SaveStatus() {
  const { model, saveState, saveError } = useCall();
  if (!model.active.value) return null;
  if (saveState.value === 'error') {
    return (
      <p class="notice save-error" role="alert">
        {saveError.value}
      </p>
    );
  }
  return (
    <p class="save-status" aria-live="polite">
      {saveState.value === 'pending' ? 'Saving…' : 'Saved on this computer'}
    </p>
  );
}
