/**
 * The provider trees the pages render inside, shared by the pages and their tests: the guide's
 * (training mode, the app state, the call's services) and the organisation's set-up as every page
 * reads it (the one effective configuration, lib/settings/effective.ts).
 */
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { playbooks, protocols } from '../content/builtins';
import type { ReferralDirectory } from '../content/schema';
import type { AppState } from '../lib/app-state';
import { managedArea, packsCheckedItem, packsItem, referralsItem } from '../lib/settings/items';
import { createOrgConfig } from '../lib/settings/org-config';
import { AppStateContext } from '../components/context/app-state';
import { CallContext, type CallServices } from '../components/context/call';
import { TrainingContext, type TrainingServices } from '../components/context/training';
import { TrainingFrame } from '../components/training/TrainingBanner';

interface GuideProps {
  app: AppState;
  call: CallServices;
  /** Training mode, where the page has it: the banner shows while it is on. */
  training?: TrainingServices;
  children: ComponentChildren;
}

/** What the guide's components read by context: the app state and the call's services. */
export function GuideProviders({ app, call, training, children }: GuideProps) {
  const page = (
    <AppStateContext.Provider value={app}>
      <CallContext.Provider value={call}>{children}</CallContext.Provider>
    </AppStateContext.Provider>
  );
  if (!training) return page;
  return (
    <TrainingContext.Provider value={training}>
      <TrainingFrame on={training.on}>{page}</TrainingFrame>
    </TrainingContext.Provider>
  );
}

/**
 * The organisation's set-up with the browser's storage: built-in playbooks, packs imported here,
 * the referral directory edited here and the enterprise policy. The guide's referral catalogue is
 * the page's to give: the list (the incident log, which names referrals in its first frame), or
 * how to load it (the side panel, after its first paint).
 */
export function browserOrgConfig(catalogue: ReferralDirectory | (() => Promise<ReferralDirectory>)) {
  return createOrgConfig({
    builtins: playbooks,
    protocols,
    catalogue,
    managed: managedArea,
    packs: packsItem(),
    referrals: referralsItem(),
    packsChecked: { area: packsCheckedItem(), guideVersion: browser.runtime.getManifest().version },
  });
}
