/**
 * Every stored item that makes up the configuration, in one registry: the agent's settings, the
 * playbook packs and referral directory imported here, and the retention periods. WXT storage keeps
 * a version beside each value and runs `migrations` in order when an older shape is read; add a
 * numbered migration here, with a test, whenever a stored shape changes. The enterprise policy is
 * read from managed storage (read-only, absent on an unmanaged desktop). `effective.ts` merges them.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { loadReferralCatalogue } from '../../content/referrals/load';
import type { Playbook, ReferralDirectory } from '../../content/schema';
import type { OrgConfigDeps } from './org-config';
import { SETTINGS_KEY, SETTINGS_VERSION } from './settings';

// Three more are kept beside the data they govern and imported from there, so that a page loads
// only those it reads (the panel's start-up none of them): how long incidents are kept
// (retentionItem, lib/incidents/retention-setting.ts), how long done call-backs are kept
// (callBackRetentionItem, lib/call/call-back-retention.ts) and the team leaders' keys set on this
// desk when no policy sets them (teamLeaderKeysItem, lib/sealing/config.ts).

/** The agent's own settings. Version 1 is the first shape, so there is nothing to migrate yet. */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, {
  fallback: null,
  version: SETTINGS_VERSION,
});

export type SettingsItem = typeof settingsItem;

/**
 * Version 2: every line carries its provenance, and referral services say whom they serve.
 * Packs and lists stored before are brought forward (upgrade-content.ts), never dropped. That code
 * loads only when something stored before is read, not with every panel.
 */
const upgrades = () => import('./upgrade-content');
export const packsItem = () =>
  storage.defineItem<Playbook[]>('local:playbookPacks', {
    fallback: [],
    version: 2,
    migrations: {
      2: async (old: unknown) => {
        const { upgradePlaybook } = await upgrades();
        return (Array.isArray(old) ? old.map(upgradePlaybook) : old) as Playbook[];
      },
    },
  });
export const referralsItem = () =>
  storage.defineItem<ReferralDirectory | null>('local:referralDirectory', {
    fallback: null,
    version: 2,
    migrations: {
      2: async (old: unknown) => (await upgrades()).upgradeDirectory(old, await loadReferralCatalogue()) as ReferralDirectory | null,
    },
  });

/** The fingerprint of the packs last validated (org-config.ts), so a panel start need not redo it. */
export const packsCheckedItem = () => storage.defineItem<string | null>('local:playbookPacksChecked', { fallback: null });

/** The browser's managed storage: set by policy, read-only, absent on an unmanaged desktop. */
export const managedArea: OrgConfigDeps['managed'] = {
  get: () => browser.storage.managed.get(),
  watch(callback) {
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
