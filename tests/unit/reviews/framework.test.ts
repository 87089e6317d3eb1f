import { describe, expect, it } from 'vitest';
import { findPlaybook, playbooks } from '../../../content';
import { qualityFrameworkFor } from '../../../content/reviews/frameworks';
import { guideDefaultQuality } from '../../../content/reviews/guide-default';
import { askToHold, checkClosing, checkedIn, confirmDetail, holdAgreed, resumeCall, startCall } from '../../../lib/call/call';
import { suggestEvidence } from '../../../lib/reviews/evidence';
import { effectiveQuality, fixedByPolicy } from '../../../lib/settings/effective';
import { parsePolicy } from '../../../lib/settings/policy';
import { hhmm, MINUTE, NOW } from '../../support/now';
import { quoteAt } from '../content/content-checks';

const croydon = findPlaybook('croydon-repairs')!;
const croydonQuality = qualityFrameworkFor(croydon);

describe("Croydon's framework", () => {
  it('is the fifteen statements of the CSA promise, word for word and in the standard’s order', () => {
    const items = croydonQuality.items;
    expect(items).toHaveLength(15);
    let last = -1;
    for (const item of items) {
      expect(item.from).toMatchObject({ kind: 'standard', standard: 'croydon', section: 'CSA promise', quote: item.text });
      const at = quoteAt(item.from as never);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
  });

  it('aims for 80% and at least 3 reviews per agent per month, from its standard', () => {
    expect(croydonQuality.target).toMatchObject({ percent: 80, from: { kind: 'standard', section: 'Our Service Levels' } });
    expect(croydonQuality.minimumPerMonth).toMatchObject({ count: 3, from: { kind: 'standard', section: 'Call quality framework' } });
  });
});

describe("the other organisations' frameworks", () => {
  it.each(playbooks.filter((book) => book.id !== 'croydon-repairs').map((book) => [book.id, book] as const))(
    '%s: each item quotes its own standard, and the target and minimum say they are the guide’s',
    (_id, book) => {
      const quality = qualityFrameworkFor(book);
      for (const item of quality.items) expect(item.from).toMatchObject({ kind: 'standard', standard: book.standard });
      expect(quality.target.from.kind).toBe('guide-default');
      expect(quality.minimumPerMonth.from.kind).toBe('guide-default');
    },
  );

  it('each built-in organisation resolves to its own framework, kept out of the playbook the panel starts with', () => {
    const names = new Set<string>();
    for (const book of playbooks) {
      expect(book.quality).toBeUndefined();
      const quality = qualityFrameworkFor(book);
      expect(quality).not.toBe(guideDefaultQuality);
      for (const item of quality.items) expect(item.from).toMatchObject({ kind: 'standard', standard: book.standard });
      names.add(quality.name);
    }
    expect(names.size).toBe(playbooks.length);
  });

  it("a pack's own framework is the one used, with the policy's figures over it", () => {
    const own = { ...guideDefaultQuality, name: 'Our own framework', target: { ...guideDefaultQuality.target, percent: 90 } };
    const pack = { ...croydon, id: 'our-pack', quality: own };
    expect(qualityFrameworkFor(pack)).toBe(own);
    const { policy } = parsePolicy({ callQuality: { minimumPerMonth: 6 } });
    const framework = effectiveQuality(qualityFrameworkFor(pack), policy);
    expect(framework).toMatchObject({ name: 'Our own framework', target: { percent: 90 }, minimumPerMonth: { count: 6, from: { kind: 'organisation' } } });
  });

  it("a pack without a framework gets the guide's default list, every item labelled so", () => {
    const { quality: _none, ...pack } = croydon;
    expect(effectiveQuality(qualityFrameworkFor({ ...pack, id: 'our-pack' }), null)).toBe(guideDefaultQuality);
    for (const item of guideDefaultQuality.items) expect(item.from.kind).toBe('guide-default');
  });
});

describe('the target and minimum by policy, through the effective configuration', () => {
  it('replace the playbook’s, saying they are the organisation’s, and are shown as set by it', () => {
    const { policy, problems } = parsePolicy({ callQuality: { targetPercent: 85, minimumPerMonth: 4 } });
    expect(problems).toEqual([]);
    const framework = effectiveQuality(croydonQuality, policy);
    expect(framework.target).toMatchObject({ percent: 85, from: { kind: 'organisation' } });
    expect(framework.minimumPerMonth).toMatchObject({ count: 4, from: { kind: 'organisation' } });
    expect(fixedByPolicy(policy, 'callQuality')).toBe(true);
    // A REG_SZ value is the same object as JSON text; one figure alone leaves the other the playbook's.
    const text = parsePolicy({ callQuality: '{"minimumPerMonth":5}' }).policy;
    expect(text?.callQuality).toEqual({ minimumPerMonth: 5 });
    expect(effectiveQuality(croydonQuality, text).target).toBe(croydonQuality.target);
    expect(fixedByPolicy(parsePolicy({ team: 'Lettings' }).policy, 'callQuality')).toBe(false);
  });

  it('is ignored, and named, when invalid: the playbook’s figures apply', () => {
    const parsed = parsePolicy({ callQuality: { targetPercent: 180 } });
    expect(parsed.policy?.callQuality).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/^callQuality: targetPercent .*, so the playbook’s figures apply$/);
    expect(parsePolicy({ callQuality: '{not json' }).problems).toEqual(['callQuality: not valid JSON, so the playbook’s figures apply']);
    expect(effectiveQuality(croydonQuality, parsed.policy)).toBe(croydonQuality);
    expect(fixedByPolicy(parsed.policy, 'callQuality')).toBe(false);
  });
});

describe('evidence from a live call, for side-by-side coaching', () => {
  const context = {
    greeting: 'Good afternoon, Croydon Council Repairs Contact Centre, Priya speaking. How can I help?',
    agentName: 'Priya',
    closing: croydon.closing,
    checkInSeconds: 60,
    formatTime: hhmm,
  };
  let call = startCall('c1', 'new', NOW);
  call = confirmDetail(call, NOW + MINUTE, 'name');
  call = confirmDetail(call, NOW + MINUTE, 'address');
  call = askToHold(call, NOW + 2 * MINUTE);
  call = holdAgreed(call, NOW + 2 * MINUTE + 5000);
  call = checkedIn(call, NOW + 3 * MINUTE);
  call = resumeCall(call, NOW + 4 * MINUTE + 5000);
  call = checkClosing(call, NOW + 5 * MINUTE, 'next-steps', true);

  it('suggests, for the items it speaks to, what the call recorded', () => {
    const suggestions = suggestEvidence(call, croydonQuality, context, NOW + 6 * MINUTE);
    expect(suggestions.map((s) => [s.itemId, s.text])).toEqual([
      ['name-and-greeting', `The greeting on screen gave the agent's name: “${context.greeting}”`],
      ['nato', "Confirmed the caller's name, address in the guide, each with the NATO speller a key away."],
      ['next-steps', 'At the close, ticked: Next steps and normal timescale explained.'],
      ['hold', `Asked the caller's agreement before the 1 hold (first asked at ${hhmm(NOW + 2 * MINUTE)}): the guide starts a hold only once the caller agrees.`],
      ['hold', 'Checked in once over 2 min 00 s on hold (the guide prompts every 1 min 00 s).'],
    ]);
  });

  it('suggests nothing the call did not record', () => {
    expect(suggestEvidence(startCall('c2', 'new', NOW), croydonQuality, { ...context, greeting: null }, NOW)).toEqual([]);
  });
});
