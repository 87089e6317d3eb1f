import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CallContext, callServices } from '../../components/call/call-context';
import { playCue } from '../../components/call/sound';
import { Panel, preloadPanelViews } from '../../components/panel/Panel';
import { AppStateContext } from '../../components/panel/app-context';
import '../../components/ui/theme.css';
import { findPlaybook, findProtocol, playbooks } from '../../content';
import { syncHoldStart } from '../../lib/call/hold-badge';
import { holdStartItem } from '../../lib/call/hold-item';
import { lazyDatabase } from '../../lib/db-handle';
import { createGuide } from '../../lib/guide';
import { localSettingsCache } from '../../lib/settings/settings-cache';
import { settingsItem } from '../../lib/settings/settings-item';
import { panelRequestItem, receivePanelRequests } from '../../lib/panel-request';

function main() {
  const db = lazyDatabase();
  const guide = createGuide({
    settings: settingsItem,
    settingsCache: localSettingsCache(),
    findPlaybook,
    findProtocol,
    now: () => Date.now(),
    db,
    newId: () => crypto.randomUUID(),
  });
  // Settings first: the greeting waits on them. Then the rest of storage, and the in-call views,
  // the speller and the protocols load so they are ready before they are needed.
  void guide.load().then(() => {
    guide.app.watch();
    syncHoldStart(guide.call, holdStartItem());
    receivePanelRequests(panelRequestItem(), guide.handleRequest);
    setTimeout(preloadPanelViews, 0);
  });
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
