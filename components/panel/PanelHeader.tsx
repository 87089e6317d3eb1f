import type { Playbook } from '../../content/schema';
import type { Settings } from '../../lib/settings/settings';
import { useCall } from '../call/call-context';
import { TrainingSwitch } from '../training/TrainingSwitch';
import { useAppState } from './app-context';

interface Props {
  playbook: Playbook | undefined;
  settings: Settings | null;
  incidentLogUrl: string;
  onHelp(): void;
}

/** Who and where, the views, and the two safeguarding protocols, always one click away. */
export function PanelHeader({ playbook, settings, incidentLogUrl, onHelp }: Props) {
  const state = useAppState();
  const { model, openProtocol } = useCall();
  const configured = Boolean(settings && playbook);
  const view = state.view.value;
  const protocolOpen = Boolean(model.call.value?.protocol?.open);
  const current = (name: string) => (!protocolOpen && view === name ? 'page' : undefined);
  return (
    <header class="panel-header">
      {configured && (
        <div class="safeguarding" role="group" aria-label="Safeguarding">
          <button type="button" class="safeguard abusive" aria-keyshortcuts="Alt+A" onClick={() => openProtocol('abusive-call')}>
            Abusive caller
          </button>
          <button type="button" class="safeguard self-harm" aria-keyshortcuts="Alt+X" onClick={() => openProtocol('self-harm')}>
            Self-harm
          </button>
        </div>
      )}
      <div class="panel-title">
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
            <button type="button" aria-current={current('guide')} onClick={() => (state.view.value = 'guide')}>
              {model.active.value ? 'Call' : 'Greeting'}
            </button>
            <button type="button" aria-current={current('spell')} aria-keyshortcuts="Alt+S" onClick={() => (state.view.value = 'spell')}>
              Spell
            </button>
            <button type="button" aria-current={current('settings')} onClick={() => (state.view.value = 'settings')}>
              Settings
            </button>
            <a href={incidentLogUrl} target="_blank" rel="noopener">
              Incident log
            </a>
            <button type="button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={onHelp}>
              ?
            </button>
          </nav>
        )}
      </div>
      <TrainingSwitch />
    </header>
  );
}
