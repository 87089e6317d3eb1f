import { useEffect } from 'preact/hooks';
import { GLOBAL_COMMANDS, SHORTCUTS } from '../../lib/call/shortcuts';
import { KeyTable } from '../ui/KeyTable';
import { useAppState } from '../context/app-state';
import { useCall } from '../context/call';
import { CrmSettings } from './CrmSettings';
import { HoldSettings } from './HoldSettings';
import { PackManager } from './PackManager';
import { QualitySettings } from './QualitySettings';
import { ReferralEditor } from './ReferralEditor';
import { RetentionSettings } from './RetentionSettings';
import { SetupForm } from './SetupForm';
import { TeamLeaderKeys } from './TeamLeaderKeys';
import './settings.css';

/** Everything the agent (or the organisation, by policy) can set, in the panel and the options page. */
export function SettingsPage() {
  const state = useAppState();
  const playbook = state.playbook.value;
  const referrals = state.referrals.value;
  // The referral list below needs the guide's catalogue (loaded after the panel's first paint).
  useEffect(() => void state.org.catalogueReady().catch(() => {}), []);
  const problems = state.org.policyProblems.value;
  return (
    <div class="settings">
      {state.policy.value && (
        <p class="notice" role="note">
          Your organisation manages some of these settings; they show “Set by your organisation”.
        </p>
      )}
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>Parts of your organisation’s policy could not be used and were ignored:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <SetupForm playbooks={state.org.registry.value} firstRun={!state.settings.value} />
      {playbook && <HoldSettings key={playbook.id} playbook={playbook} />}
      <RetentionSettings />
      {playbook && <QualitySettings playbook={playbook} />}
      <TeamLeaderKeys />
      <Shortcuts />
      {referrals && playbook && <ReferralEditor key={playbook.id} referrals={referrals} />}
      {playbook && <PackManager playbook={playbook} />}
      <CrmSettings />
    </div>
  );
}

function Shortcuts() {
  const { openShortcutSettings } = useCall();
  return (
    <section class="card" aria-labelledby="shortcut-settings-heading">
      <h2 id="shortcut-settings-heading">Keyboard shortcuts</h2>
      <KeyTable caption="Shortcuts inside the guide" hiddenCaption rows={SHORTCUTS} />
      <p class="hint">
        From any page: {GLOBAL_COMMANDS['open-guide'].keys} opens the guide, {GLOBAL_COMMANDS['abusive-caller'].keys} the abusive-caller steps,{' '}
        {GLOBAL_COMMANDS['self-harm'].keys} the self-harm plan.
      </p>
      {openShortcutSettings && (
        <button type="button" onClick={openShortcutSettings}>
          Change browser shortcuts
        </button>
      )}
    </section>
  );
}
