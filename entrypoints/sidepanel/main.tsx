import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CallContext, callServices } from '../../components/call/call-context';
import { playCue } from '../../components/call/sound';
import { Panel } from '../../components/panel/Panel';
import { AppStateContext } from '../../components/panel/app-context';
import '../../components/ui/theme.css';
import { findPlaybook, findProtocol, playbooks } from '../../content';
import { syncHoldStart } from '../../lib/call/hold-badge';
import { holdStartItem } from '../../lib/call/hold-item';
import { openDatabase } from '../../lib/db';
import { createGuide } from '../../lib/guide';
import { settingsItem } from '../../lib/settings/settings-item';
import { panelRequestItem, receivePanelRequests } from '../../lib/panel-request';

function main() {
  const db = openDatabase();
  const guide = createGuide({
    settings: settingsItem,
    findPlaybook,
    findProtocol,
    now: () => Date.now(),
    db,
    newId: () => crypto.randomUUID(),
  });
  void guide.load();
  guide.app.watch();
  syncHoldStart(guide.call, holdStartItem);
  receivePanelRequests(panelRequestItem, guide.handleRequest);
  setInterval(guide.app.tick, 1000);
  // Flush the live call the moment the panel is hidden or closed, not after the debounce.
  document.addEventListener('visibilitychange', () => void guide.drafts.flush());
  window.addEventListener('pagehide', () => void guide.drafts.flush());
  const services = callServices(guide, db, { clipboard: navigator.clipboard, playCue });
  render(
    <AppStateContext.Provider value={guide.app}>
      <CallContext.Provider value={services}>
        <Panel playbooks={playbooks} incidentLogUrl={browser.runtime.getURL('/incidents.html')} />
      </CallContext.Provider>
    </AppStateContext.Provider>,
    document.getElementById('app')!,
  );
}

main();
