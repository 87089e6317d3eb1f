import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCKABLE, parsePolicy } from '../../../lib/settings/policy';
import { withPolicy } from '../../../lib/settings/effective';

interface JsonSchema {
  type?: string;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}
const managed = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as JsonSchema;

describe('a policy with an invalid value', () => {
  it('keeps the lock on that setting, and names the value it could not use', () => {
    const { policy, problems } = parsePolicy({ retentionMonths: 240, team: 42, locked: ['retentionMonths', 'team'] });
    expect(policy?.retentionMonths).toBeUndefined();
    expect(policy?.locked).toEqual(['retentionMonths', 'team']);
    expect(problems.join('\n')).toMatch(/^retentionMonths: .*still locked/m);
    expect(problems.join('\n')).toMatch(/^team: /m);
  });

  it('can set and lock the greeting language, which wins over the agent’s', () => {
    const { policy } = parsePolicy({ greetingLanguage: 'en', locked: ['greetingLanguage'] });
    expect(policy?.greetingLanguage).toBe('en');
    const settings = { agentName: 'Eleri', playbookId: 'moray', team: '', agentPhone: '', soundCues: false, greetingLanguage: 'cy' as const, holdCheckInSeconds: null, holdMaxSeconds: null, crm: null };
    expect(withPolicy(settings, policy)?.greetingLanguage).toBe('en');
  });
});

describe('the managed-storage schema', () => {
  const properties = managed.properties!;

  it('has a property for every setting a policy can lock, and none the guide does not read', () => {
    // `packs` locks the desktop's own packs; its value in a policy is `playbookPack`.
    for (const key of LOCKABLE.filter((name) => name !== 'packs')) expect(properties, key).toHaveProperty(key);
    expect(properties).toHaveProperty('playbookPack');
    for (const key of LOCKABLE) expect((properties.locked as { description: string }).description).toContain(key);
    expect(Object.keys(properties).sort()).toEqual(
      ['organisation', 'team', 'teams', 'greetingLanguage', 'playbookPack', 'referralDirectory', 'hold', 'retentionMonths', 'callBackRetentionDays', 'crm', 'callQuality', 'teamLeaderKeys', 'restrictions', 'locked'].sort(),
    );
  });

  it.each([
    ['retentionMonths', properties.retentionMonths!, (n: number) => ({ retentionMonths: n })],
    ['hold.checkInSeconds', properties.hold!.properties!.checkInSeconds!, (n: number) => ({ hold: { checkInSeconds: n } })],
    ['hold.maxHoldSeconds', properties.hold!.properties!.maxHoldSeconds!, (n: number) => ({ hold: { maxHoldSeconds: n } })],
    ['callBackRetentionDays', properties.callBackRetentionDays!, (n: number) => ({ callBackRetentionDays: n })],
  ])('gives the range of %s that the guide accepts', (_name, schema, policyOf) => {
    expect(schema.type).toBe('integer');
    const { minimum, maximum } = schema as Required<JsonSchema>;
    const accepted = (n: number) => parsePolicy(policyOf(n)).problems.length === 0;
    expect([accepted(minimum - 1), accepted(minimum), accepted(maximum), accepted(maximum + 1)]).toEqual([false, true, true, false]);
  });

  it('lists the greeting languages the guide accepts', () => {
    for (const value of properties.greetingLanguage!.enum!) expect(parsePolicy({ greetingLanguage: value }).problems).toEqual([]);
    expect(parsePolicy({ greetingLanguage: 'fr' }).problems).toHaveLength(1);
  });
});
