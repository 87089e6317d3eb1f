import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel } from '../../components/panel/Panel';
import { AppStateContext } from '../../components/panel/app-context';
import '../../components/ui/theme.css';
import { findPlaybook, playbooks } from '../../content';
import { createAppState } from '../../lib/app-state';
import { settingsItem } from '../../lib/settings/settings-item';

function main() {
  const state = createAppState({ settings: settingsItem, findPlaybook, now: () => Date.now() });
  void state.load();
  state.watch();
  setInterval(state.tick, 15_000);
  render(
    <AppStateContext.Provider value={state}>
      <Panel playbooks={playbooks} incidentLogUrl={browser.runtime.getURL('/incidents.html')} />
    </AppStateContext.Provider>,
    document.getElementById('app')!,
  );
}

main();
