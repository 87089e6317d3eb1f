/**
 * Where the organisation's set-up is stored: imported playbook packs and an edited referral
 * directory in extension storage (versioned), and the enterprise policy in managed storage.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { referralCatalogue } from '../../content';
import type { Playbook, ReferralDirectory } from '../../content/schema';
import type { OrgConfigDeps } from './org-config';
import { upgradeDirectory, upgradePlaybook } from './upgrade-content';

/**
 * Version 2: every line carries its provenance, and referral services say whom they serve.
 * Packs and lists stored before are brought forward (upgrade-content.ts), never dropped.
 */
export const packsItem = () =>
  storage.defineItem<Playbook[]>('local:playbookPacks', {
    fallback: [],
    version: 2,
    migrations: { 2: (old: unknown) => (Array.isArray(old) ? old.map(upgradePlaybook) : old) as Playbook[] },
  });
export const referralsItem = () =>
  storage.defineItem<ReferralDirectory | null>('local:referralDirectory', {
    fallback: null,
    version: 2,
    migrations: { 2: (old: unknown) => upgradeDirectory(old, referralCatalogue) as ReferralDirectory | null },
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
