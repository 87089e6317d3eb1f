import { describe, expect, it } from 'vitest';
import { findPlaybook, playbooks } from '../../../content';
import { guideDefaultQuality } from '../../../content/reviews/guide-default';
import { askToHold, checkClosing, checkedIn, confirmDetail, holdAgreed, resumeCall, startCall } from '../../../lib/call/call';
import { suggestEvidence } from '../../../lib/reviews/evidence';
import { effectiveFramework } from '../../../lib/reviews/framework';
import { parseQualityPolicy } from '../../../lib/reviews/policy';
import { hhmm, MINUTE, NOW } from '../../support/now';
import { quoteAt } from '../content/content-checks';

const croydon = findPlaybook('croydon-repairs')!;

describe("Croydon's framework", () => {
  it('is the fifteen statements of the CSA promise, word for word and in the standard’s order', () => {
    const items = croydon.quality!.items;
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
    expect(croydon.quality!.target).toMatchObject({ percent: 80, from: { kind: 'standard', section: 'Our Service Levels' } });
    expect(croydon.quality!.minimumPerMonth).toMatchObject({ count: 3, from: { kind: 'standard', section: 'Call quality framework' } });
  });
});

describe("the other organisations' frameworks", () => {
  it.each(playbooks.filter((book) => book.id !== 'croydon-repairs').map((book) => [book.id, book] as const))(
    '%s: each item quotes its own standard, and the target and minimum say they are the guide’s',
    (_id, book) => {
      for (const item of book.quality!.items) expect(item.from).toMatchObject({ kind: 'standard', standard: book.standard });
      expect(book.quality!.target.from.kind).toBe('guide-default');
      expect(book.quality!.minimumPerMonth.from.kind).toBe('guide-default');
    },
  );

  it("a pack without a framework gets the guide's default list, every item labelled so", () => {
    const { quality: _none, ...pack } = croydon;
    expect(effectiveFramework({ ...pack, id: 'our-pack' })).toBe(guideDefaultQuality);
    for (const item of guideDefaultQuality.items) expect(item.from.kind).toBe('guide-default');
  });
});

describe('the target and minimum by policy', () => {
  it('replace the playbook’s, saying they are the organisation’s', () => {
    const { override } = parseQualityPolicy({ callQuality: { targetPercent: 85, minimumPerMonth: 4 } });
    const framework = effectiveFramework(croydon, override);
    expect(framework.target).toMatchObject({ percent: 85, from: { kind: 'organisation' } });
    expect(framework.minimumPerMonth).toMatchObject({ count: 4, from: { kind: 'organisation' } });
    expect(parseQualityPolicy({ callQuality: '{"minimumPerMonth":5}' }).override).toEqual({ minimumPerMonth: 5 });
  });

  it('is ignored, and named, when invalid', () => {
    const parsed = parseQualityPolicy({ callQuality: { targetPercent: 180 } });
    expect(parsed.override).toBeNull();
    expect(parsed.problem).toContain('callQuality: targetPercent');
    expect(parseQualityPolicy({}).override).toBeNull();
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
    const suggestions = suggestEvidence(call, croydon.quality!, context, NOW + 6 * MINUTE);
    expect(suggestions.map((s) => [s.itemId, s.text])).toEqual([
      ['name-and-greeting', `The greeting on screen gave the agent's name: “${context.greeting}”`],
      ['nato', "Confirmed the caller's name, address in the guide, each with the NATO speller a key away."],
      ['next-steps', 'At the close, ticked: Next steps and normal timescale explained.'],
      ['hold', `Asked the caller's agreement before the 1 hold (first asked at ${hhmm(NOW + 2 * MINUTE)}): the guide starts a hold only once the caller agrees.`],
      ['hold', 'Checked in once over 2 min 00 s on hold (the guide prompts every 1 min 00 s).'],
    ]);
  });

  it('suggests nothing the call did not record', () => {
    expect(suggestEvidence(startCall('c2', 'new', NOW), croydon.quality!, { ...context, greeting: null }, NOW)).toEqual([]);
  });
});
