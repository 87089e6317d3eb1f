import { describe, expect, it } from 'vitest';
import { findPlaybook, playbooks, protocols, referralCatalogue } from '../../../content';
import { locked, policyWins, recordNames } from '../../../lib/settings/effective';
import { plainOrgConfig } from '../../../lib/settings/org-config';
import { copyOfPlaybook } from '../../../lib/settings/packs';
import { parsePolicy } from '../../../lib/settings/policy';

describe('the effective configuration', () => {
  it('takes a period from the policy when it sets one, else the one kept here', () => {
    const { policy } = parsePolicy({ retentionMonths: 24, locked: ['retentionMonths'] });
    expect(policyWins(policy, 'retentionMonths', 12)).toEqual({ value: 24, locked: true });
    expect(policyWins(null, 'retentionMonths', 12)).toEqual({ value: 12, locked: false });
    expect(policyWins(policy, 'callBackRetentionDays', 30)).toEqual({ value: 30, locked: false });
  });

  it('keeps a lock when the policy’s own value is invalid, so the setting stays out of the agent’s hands', () => {
    const { policy } = parsePolicy({ retentionMonths: 240, locked: ['retentionMonths'] });
    expect(policyWins(policy, 'retentionMonths', 12)).toEqual({ value: 12, locked: true });
    expect(locked(policy, 'retentionMonths')).toBe(true);
  });

  it('names a pack set by policy and a referral from the policy’s list', async () => {
    const pack = { ...copyOfPlaybook(findPlaybook('moray')!), organisation: { ...findPlaybook('moray')!.organisation, name: 'Speyside Homes' } };
    const own = { ...referralCatalogue, entries: [{ ...referralCatalogue.entries[0]!, id: 'speyside-line', name: 'Speyside Line' }] };
    const org = plainOrgConfig(playbooks, protocols, referralCatalogue, {
      playbookPack: JSON.stringify(pack),
      referralDirectory: JSON.stringify(own),
    });
    await org.load();
    await org.policyReady();
    const names = recordNames(org);
    expect(names.organisation(pack.id)).toBe('Speyside Homes');
    expect(names.organisation('moray')).toBe(findPlaybook('moray')!.organisation.name);
    expect(names.referralName('speyside-line')).toBe('Speyside Line');
    // A service only in the guide's catalogue is still named.
    const catalogueOnly = referralCatalogue.entries.find((entry) => entry.id !== referralCatalogue.entries[0]!.id)!;
    expect(names.referralName(catalogueOnly.id)).toBe(catalogueOnly.name);
    expect(names.directorReport(pack.id)).toEqual(findPlaybook('moray')!.directorReport);
  });
});
