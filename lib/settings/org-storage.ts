/**
 * Where the organisation's set-up is stored: imported playbook packs and an edited referral
 * directory in extension storage (versioned), and the enterprise policy in managed storage.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Playbook, ReferralDirectory } from '../../content/schema';
import type { OrgConfigDeps } from './org-config';

export const packsItem = () => storage.defineItem<Playbook[]>('local:playbookPacks', { fallback: [], version: 1 });
export const referralsItem = () =>
  storage.defineItem<ReferralDirectory | null>('local:referralDirectory', { fallback: null, version: 1 });

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
