/**
 * The guide's default hold timings are stated once (content/hold-defaults.ts): the playbooks that
 * take them, and effectiveHold's call-back offer, read that one source, and the words that explain
 * them say the same figures.
 */
import { describe, expect, it } from 'vitest';
import { playbooks } from '../../../content';
import { guideHold, offerCallBackAt } from '../../../content/hold-defaults';
import { effectiveHold } from '../../../lib/settings/effective';

describe('default hold timings', () => {
  it("every figure a playbook marks as the guide's default is the guide's default", () => {
    for (const { id, hold } of playbooks) {
      const isDefault = (from: (typeof hold.from)['checkIn']) => from.kind === 'guide-default';
      if (isDefault(hold.from.checkIn)) expect([id, hold.checkInSeconds]).toEqual([id, guideHold.checkInSeconds]);
      if (isDefault(hold.from.maxHold)) expect([id, hold.maxHoldSeconds]).toEqual([id, guideHold.maxHoldSeconds]);
      if (isDefault(hold.from.offerCallBack)) expect([id, hold.offerCallBackSeconds]).toEqual([id, offerCallBackAt(hold.maxHoldSeconds)]);
    }
  });

  it('the reasons written beside them name the same figures', () => {
    const minutes = guideHold.maxHoldSeconds / 60;
    expect(guideHold.checkInSeconds).toBe(60); // "a check-in every minute"
    expect(guideHold.offerCallBackBeforeMaxSeconds).toBe(60); // "a minute before"
    for (const { hold } of playbooks) {
      const maxHold = hold.from.maxHold;
      const said = maxHold.kind === 'standard' ? maxHold.quote : maxHold.kind === 'guide-default' ? maxHold.reason : '';
      expect(said).toContain(`${minutes} minutes`);
    }
  });

  it("a shorter limit moves the call-back offer to the same time before it, never sooner than the earliest", () => {
    const playbook = playbooks[0]!.hold;
    const settings = { holdCheckInSeconds: null, holdMaxSeconds: 180 } as unknown as Parameters<typeof effectiveHold>[1];
    expect(effectiveHold(playbook, settings, null).offerCallBackSeconds).toBe(180 - guideHold.offerCallBackBeforeMaxSeconds);
    const tiny = { holdCheckInSeconds: null, holdMaxSeconds: 60 } as unknown as Parameters<typeof effectiveHold>[1];
    expect(effectiveHold(playbook, tiny, null).offerCallBackSeconds).toBe(guideHold.earliestOfferSeconds);
  });
});
