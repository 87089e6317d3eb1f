/**
 * Assembles the guide in an extension page with the real browser APIs, storage, database and
 * clock: the side panel, or the options page (settings only). The entrypoints just call this.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { CrmApi } from '../lib/crm/fill';
import { syncHoldReading } from '../lib/call/hold-badge';
import { policyWins } from '../lib/settings/effective';
import { holdReadingItem } from '../lib/call/hold-item';
import { webLock } from '../lib/call/live-call-lock';
import { createGuide } from '../lib/guide';
import { panelRequestItem, receivePanelRequests } from '../lib/panel-request';
import { durableSettings } from '../lib/settings/durable-settings';
import { settingsItem } from '../lib/settings/items';
import { localSettingsCache } from '../lib/settings/settings-cache';
import { loadReferralCatalogue } from '../content/referrals/load';
import { callServices } from '../components/context/call';
import { playCue } from '../components/call/sound';
import { lazyComponent } from '../components/ui/lazy';
import { Panel, preloadPanelViews } from '../components/panel/Panel';
import { browserOrgConfig, GuideProviders } from './providers';
import { startTraining } from './training';
import '../components/ui/theme.css';

const settingsPage = lazyComponent(() => import('../components/settings/SettingsPage').then((m) => m.SettingsPage));

export function startGuidePage(root: HTMLElement, page: 'panel' | 'options'): void {
  // In training mode the page uses the training database and the scenario clock.
  const training = startTraining();
  const db = training.database;
  const liveCallLock = webLock(`call-guide-live-call${training.on.peek() ? '-training' : ''}`);
  const guide = createGuide({
    // Each save also committed to the database, so settings saved just before a crash survive it.
    settings: durableSettings(settingsItem, db),
    settingsCache: localSettingsCache(),
    // The referral catalogue loads once the page is up (below), not with the start-up.
    org: browserOrgConfig(loadReferralCatalogue),
    now: training.now,
    db,
    newId: () => crypto.randomUUID(),
    // One lock per database: a practice call in training does not hold up real ones.
    liveCallLock: page === 'panel' ? liveCallLock : undefined,
    // A panel showing another window's call read-only takes over once that panel closes.
    takeOverCalls: () => location.reload(),
  });

  // Settings first: the greeting waits on them. The saved call is read once the greeting is
  // painted; then the in-call views, the speller and the protocols load before they are needed.
  let painted!: () => void;
  void guide.load(new Promise<void>((resolve) => (painted = resolve))).then(() => {
    guide.app.watch();
    // The referral catalogue: only a protocol's later steps, the incident record and Settings show it.
    void guide.app.org.catalogueReady().catch(() => {});
    if (page !== 'panel') return;
    syncHoldReading(guide.call, guide.app.now, holdReadingItem());
    receivePanelRequests(panelRequestItem(), guide.handleRequest, browser.windows?.getCurrent().then((own) => own.id, () => undefined));
    // Done call-backs past their period go; a failure here only leaves them for the next start.
    void import('../lib/call/call-back-retention')
      .then(({ readCallBackDays, sweepDoneCallBacks }) =>
        sweepDoneCallBacks(db, guide.app.now.peek(), async () => {
          await guide.app.org.policyReady();
          return policyWins(guide.app.policy.peek() ?? null, 'callBackRetentionDays', await readCallBackDays()).value;
        }),
      )
      .catch(() => {});
    void training.follow(guide);
    setTimeout(preloadPanelViews, 0);
  });
  setInterval(guide.app.tick, 1000);
  // Flush the live call the moment the panel is hidden or closed, not after the debounce.
  document.addEventListener('visibilitychange', () => void guide.drafts.flush());
  window.addEventListener('pagehide', () => void guide.drafts.flush());
  const services = callServices(guide, db, {
    clipboard: navigator.clipboard,
    playCue,
    crm: browser.scripting ? (browser as unknown as CrmApi) : undefined,
    openShortcutSettings: () =>
      void browser.tabs.create({ url: import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts' }),
  });
  const SettingsPage = settingsPage.Lazy;
  render(
    <GuideProviders app={guide.app} call={services} training={training}>
      {page === 'panel' ? (
        <Panel incidentLogUrl={browser.runtime.getURL('/incidents.html')} />
      ) : (
        <main class="options">
          <h1>Call guide settings</h1>
          <SettingsPage />
        </main>
      )}
    </GuideProviders>,
    root,
  );
  // Asked for after the render, so the first render's own effects (the greeting's) run first.
  afterFirstPaint(painted);
}

/** Calls back once the page has painted its first frame, or after 100 ms if it is not being drawn. */
function afterFirstPaint(callback: () => void): void {
  let done = false;
  const once = () => {
    if (!done) callback();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
