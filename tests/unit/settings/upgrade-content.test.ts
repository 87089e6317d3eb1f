/**
 * An organisation's pack and referral list, stored by the guide before lines carried their
 * provenance (version 1), survive the update: brought to today's shape, never dropped, and never
 * claiming more than they did (an old "verified" date is not a check with the service).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import { PlaybookSchema, ReferralDirectorySchema, type ReferralDirectory } from '../../../content/schema';
import { showProvenance } from '../../../lib/provenance';
import { checkPack } from '../../../lib/settings/packs';
import { parsePolicy } from '../../../lib/settings/policy';
import { packsItem, referralsItem } from '../../../lib/settings/items';
import { createOrgConfig } from '../../../lib/settings/org-config';
import { upgradeDirectory, upgradePlaybook } from '../../../lib/settings/upgrade-content';

const fixture = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8'));
const oldPack = fixture('pack-version-1.json');
const oldList = fixture('referrals-version-1.json');

describe('a playbook pack of the old shape', () => {
  it('does not validate as it is, and does once upgraded, every line the organisation’s', () => {
    expect(v.safeParse(PlaybookSchema, oldPack).success).toBe(false);
    const upgraded = v.parse(PlaybookSchema, upgradePlaybook(oldPack));
    expect(upgraded.id).toBe('longhurst-own');
    expect(upgraded.protocols.abusive.procedure).toBe('abusive-guide-default');
    expect(upgraded.protocols.selfHarm.procedure).toBe('self-harm-croydon-plan');
    expect(upgraded.facts.map((fact) => fact.text)).toEqual(['Aim: answer within 60 seconds']);
    expect(showProvenance(upgraded.hold.from.maxHold, { origin: 'pack' }).label).toBe('Set by your organisation');
    expect(upgradePlaybook(upgraded)).toBe(upgraded);
  });

  it('imports from a file as it was exported then', () => {
    const checked = checkPack(JSON.stringify(oldPack), (id) => playbooks.some((book) => book.id === id));
    expect(checked).toMatchObject({ ok: true, playbook: { id: 'longhurst-own' } });
  });

  it("reaches the guide from the organisation's policy", () => {
    const { policy, problems } = parsePolicy({ playbookPack: JSON.stringify(oldPack), referralDirectory: oldList });
    expect(problems).toEqual([]);
    expect(policy?.playbookPack?.id).toBe('longhurst-own');
    expect(policy?.referralDirectory?.entries).toHaveLength(oldList.entries.length);
  });
});

describe('a referral list of the old shape', () => {
  const upgraded = v.parse(ReferralDirectorySchema, upgradeDirectory(oldList, referralCatalogue)) as ReferralDirectory;
  const entry = (id: string) => upgraded.entries.find((e) => e.id === id)!;

  it("keeps the guide's entries as the guide now describes them, and the organisation's edits as its own", () => {
    expect(entry('slam-crisis-line').serves).toMatchObject({ scope: 'local', areas: expect.arrayContaining(['croydon']) });
    expect(entry('samaritans').from).toEqual(referralCatalogue.entries.find((e) => e.id === 'samaritans')!.from);
    expect(entry('saneline')).toMatchObject({ phone: '0300 304 7000', from: { kind: 'organisation' } });
    expect(entry('lincs-crisis')).toMatchObject({ serves: { scope: 'organisation' }, from: { kind: 'organisation' }, copiedOn: '2026-11-30' });
  });

  it('never turns an old "verified" date into a check with the service', () => {
    expect(upgraded.entries.filter((e) => e.checked)).toEqual([]);
  });
});

describe('stored at version 1, read by this version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the stored pack and list are migrated when read, not dropped', async () => {
    await fakeBrowser.storage.local.set({ playbookPacks: [oldPack], playbookPacks$: { v: 1 }, referralDirectory: oldList, referralDirectory$: { v: 1 } });
    const org = createOrgConfig({
      builtins: playbooks,
      protocols,
      catalogue: referralCatalogue,
      managed: { get: async () => ({}), watch: () => () => {} },
      packs: packsItem(),
      referrals: referralsItem(),
    });
    await org.load();
    expect(org.findPlaybook('longhurst-own')?.organisation.name).toBe('Longhurst & Havelok Homes (our own)');
    // The pack does not say where its callers are, so only UK-wide services and its own are offered.
    const offered = org.referralsOf(org.findPlaybook('longhurst-own')!)!.entries.map((e) => e.id);
    expect(offered).toEqual(['samaritans', 'get-connected', 'saneline', 'stay-alive', 'emergency-services', 'lincs-crisis']);
    expect((await fakeBrowser.storage.local.get('playbookPacks$')).playbookPacks$).toEqual({ v: 2 });
  });
});
