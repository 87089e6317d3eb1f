/**
 * The side panel loads the guide's referral catalogue after its first paint (only a protocol's
 * later steps, the incident record and Settings show it): until it is in, the referrals are
 * unknown rather than empty, and once it is in they are those the catalogue given at once yields.
 */
import { describe, expect, it } from 'vitest';
import { findPlaybook, playbooks, protocols, referralCatalogue } from '../../../content';
import type { ReferralDirectory } from '../../../content/schema';
import { createAppState } from '../../../lib/app-state';
import { createOrgConfig, memoryArea, plainOrgConfig } from '../../../lib/settings/org-config';
import type { Playbook } from '../../../content/schema';
import { today } from '../../support/now';

const moray = findPlaybook('moray')!;

function lazyOrg(load: () => Promise<ReferralDirectory>) {
  return createOrgConfig({
    builtins: playbooks,
    protocols,
    catalogue: load,
    managed: { get: async () => null, watch: () => () => {} },
    packs: memoryArea<Playbook[]>([]),
    referrals: memoryArea<ReferralDirectory | null>(null),
  });
}

describe('a referral catalogue loaded on demand', () => {
  it('is asked for only when wanted, once, and then gives the same referrals as one given at once', async () => {
    let loads = 0;
    const org = lazyOrg(async () => {
      loads += 1;
      return referralCatalogue;
    });
    await org.load();
    expect(loads).toBe(0);
    expect(org.referralsOf(moray)).toBeUndefined();
    expect(org.catalogue.entries).toEqual([]);
    await Promise.all([org.catalogueReady(), org.catalogueReady()]);
    await org.catalogueReady();
    expect(loads).toBe(1);
    expect(org.referralsOf(moray)).toEqual(plainOrgConfig(playbooks, protocols, referralCatalogue).referralsOf(moray));
    expect(org.catalogue).toBe(referralCatalogue);
  });

  it('is tried again after a failed load', async () => {
    let loads = 0;
    const org = lazyOrg(async () => {
      loads += 1;
      if (loads === 1) throw new Error('chunk not loaded');
      return referralCatalogue;
    });
    await expect(org.catalogueReady()).rejects.toThrow('chunk not loaded');
    expect(org.referralsOf(moray)).toBeUndefined();
    await org.catalogueReady();
    expect(loads).toBe(2);
    expect(org.referralsOf(moray)?.entries.length).toBeGreaterThan(0);
  });

  it("the panel's referrals follow it in: unknown while it loads, the organisation's callers' once it is in", async () => {
    let arrive!: (list: ReferralDirectory) => void;
    const org = lazyOrg(() => new Promise((resolve) => (arrive = resolve)));
    const settings = { agentName: 'Morag Innes', playbookId: 'moray', team: '', agentPhone: '' };
    const state = createAppState({
      settings: { getValue: async () => settings, setValue: async () => {}, watch: () => () => {} },
      org,
      now: () => today(14),
    });
    await state.load();
    expect(state.playbook.value?.id).toBe('moray');
    expect(state.referrals.value).toBeUndefined();
    const ready = org.catalogueReady();
    arrive(referralCatalogue);
    await ready;
    expect(state.referrals.value).toEqual(plainOrgConfig(playbooks, protocols, referralCatalogue).referralsOf(moray));
  });
});
