import { describe, expect, it, vi } from 'vitest';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import type { Playbook } from '../../../content/schema';
import { createOrgConfig, memoryArea } from '../../../lib/settings/org-config';
import { copyOfPlaybook, checkPack } from '../../../lib/settings/packs';
import * as packs from '../../../lib/settings/packs';
import { parsePolicy } from '../../../lib/settings/policy';

vi.mock('../../../lib/settings/packs', async (original) => {
  const real = await original<typeof import('../../../lib/settings/packs')>();
  return { ...real, validPlaybooks: vi.fn(real.validPlaybooks) };
});

const pack = copyOfPlaybook(playbooks[0]!);

function start(stored: unknown[], checked: ReturnType<typeof memoryArea<string | null>>, guideVersion = '1.0.0') {
  return createOrgConfig({
    builtins: playbooks,
    protocols,
    catalogue: referralCatalogue,
    managed: { get: async () => null, watch: () => () => {} },
    packs: memoryArea(stored as Playbook[]),
    referrals: memoryArea(null),
    packsChecked: { area: checked, guideVersion },
  });
}

describe('a stored playbook pack', () => {
  it('is validated at the first panel start, not again while it and the guide are unchanged', async () => {
    const validate = vi.mocked(packs.validPlaybooks);
    validate.mockClear();
    const checked = memoryArea<string | null>(null);
    const first = start([pack], checked);
    await first.load();
    expect(first.findPlaybook(pack.id)?.organisation.name).toBe(pack.organisation.name);
    expect(validate).toHaveBeenCalledTimes(1);

    const second = start([pack], checked);
    await second.load();
    expect(second.findPlaybook(pack.id)?.organisation.name).toBe(pack.organisation.name);
    expect(validate).toHaveBeenCalledTimes(1);

    // Changed in storage, or a new guide: validated again, and a broken pack is dropped.
    const broken = { ...pack, greeting: 'not a greeting' };
    const third = start([broken], checked);
    await third.load();
    expect(validate).toHaveBeenCalledTimes(2);
    expect(third.findPlaybook(pack.id)).toBeUndefined();
    await start([pack], checked, '1.0.1').load();
    expect(validate).toHaveBeenCalledTimes(3);
  });
});

describe('imported text too large', () => {
  it('is refused with what was chosen and what fits: a pack file, and a pack given in policy', () => {
    const big = JSON.stringify({ ...pack, padding: 'x'.repeat(3 * 1024 * 1024) });
    const checked = checkPack(big, () => false);
    expect(checked).toEqual({ ok: false, problems: [expect.stringMatching(/^This is 3\.\d MB; a playbook pack can be at most 2\.0 MB\./)] });
    expect(parsePolicy({ playbookPack: big }).problems).toEqual([expect.stringMatching(/^playbookPack: This is 3\.\d MB; a policy value can be at most 2\.0 MB\./)]);
  });
});
