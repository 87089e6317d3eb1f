import { describe, expect, it } from 'vitest';
import { findPlaybook } from '../../../content';
import { badgeText } from '../../../lib/call/hold-badge';
import { formatClock, holdMinutes, holdStatus } from '../../../lib/call/hold';
import { NOW } from '../../support/now';

const T0 = NOW;
const S = 1000;

const policies = ['moray', 'carmarthenshire-communities'].map((id) => [id, findPlaybook(id)!.hold] as const);

describe.each(policies)('the %s hold policy', (_id, policy) => {
  const hold = { startedAt: T0, lastCheckInAt: T0 };
  const check = policy.checkInSeconds * S;
  const offer = policy.offerCallBackSeconds * S;
  const max = policy.maxHoldSeconds * S;

  it('is ordered check-in, then call-back offer, then the limit', () => {
    expect(check).toBeLessThan(offer);
    expect(offer).toBeLessThan(max);
  });

  it('holds quietly until the check-in is due, and asks for it exactly on time', () => {
    expect(holdStatus(hold, policy, T0).phase).toBe('holding');
    expect(holdStatus(hold, policy, T0 + check - 1).phase).toBe('holding');
    expect(holdStatus(hold, policy, T0 + check)).toMatchObject({ phase: 'check-in-due', checkInInMs: 0 });
  });

  it('asks for a call-back offer exactly at offerCallBackSeconds, even with a check-in just made', () => {
    const checkedJustNow = { startedAt: T0, lastCheckInAt: T0 + offer - 1 };
    expect(holdStatus(checkedJustNow, policy, T0 + offer - 1).phase).toBe('holding');
    expect(holdStatus(checkedJustNow, policy, T0 + offer).phase).toBe('offer-call-back');
  });

  it('is over the limit exactly at maxHoldSeconds, not a millisecond before', () => {
    expect(holdStatus(hold, policy, T0 + max - 1).phase).toBe('offer-call-back');
    expect(holdStatus(hold, policy, T0 + max).phase).toBe('over-limit');
    expect(holdStatus(hold, policy, T0 + max + 60 * S)).toMatchObject({ phase: 'over-limit', limitInMs: -60 * S });
  });

  it('counts the next check-in from the last one (HO-2)', () => {
    const checked = { startedAt: T0, lastCheckInAt: T0 + check + 5 * S };
    expect(holdStatus(checked, policy, T0 + check + 5 * S)).toMatchObject({
      phase: 'holding',
      elapsedMs: check + 5 * S,
      sinceCheckInMs: 0,
      checkInInMs: check,
    });
    expect(holdStatus(checked, policy, T0 + 2 * check + 5 * S - 1).phase).toBe('holding');
    expect(holdStatus(checked, policy, T0 + 2 * check + 5 * S).phase).toBe('check-in-due');
  });

  it('stays check-in-due while the check-in is overdue', () => {
    expect(holdStatus(hold, policy, T0 + check + 30 * S)).toMatchObject({ phase: 'check-in-due', checkInInMs: -30 * S });
  });

  it('reports the time left to the limit', () => {
    expect(holdStatus(hold, policy, T0 + 90 * S).limitInMs).toBe(max - 90 * S);
  });
});

describe('the hold clock', () => {
  it('never runs backwards when the system clock does', () => {
    const status = holdStatus({ startedAt: T0, lastCheckInAt: T0 }, findPlaybook('moray')!.hold, T0 - 5 * S);
    expect(status.elapsedMs).toBe(0);
    expect(status.phase).toBe('holding');
  });

  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [5 * S, '0:05'],
    [59_999, '0:59'],
    [60 * S, '1:00'],
    [245 * S, '4:05'],
    [61 * 60 * S, '61:00'],
    [-5 * S, '0:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('counts whole minutes for the badge', () => {
    const hold = { startedAt: T0, lastCheckInAt: T0 + 100 * S };
    expect(holdMinutes(hold, T0 + 59_999)).toBe(0);
    expect(holdMinutes(hold, T0 + 60 * S)).toBe(1);
    expect(holdMinutes(hold, T0 + 4 * 60 * S - 1)).toBe(3);
    expect(holdMinutes(hold, T0 - 60 * S)).toBe(0);
  });
});

describe('the toolbar badge text', () => {
  // The panel read the hold at seenAt (its clock); the background heard that at heardAt (its own).
  const heardAt = T0 + 987_654_321;
  it.each([
    [null, heardAt, ''],
    [{ startedAt: T0, seenAt: T0, heardAt }, heardAt, '0m'],
    [{ startedAt: T0, seenAt: T0 + 3 * 60 * S, heardAt }, heardAt, '3m'],
    [{ startedAt: T0, seenAt: T0 + 3 * 60 * S, heardAt }, heardAt + 59 * S, '3m'],
    [{ startedAt: T0, seenAt: T0 + 3 * 60 * S, heardAt }, heardAt + 60 * S, '4m'],
    [{ startedAt: T0, seenAt: T0 + 12 * 60 * S, heardAt }, heardAt - 60 * S, '12m'],
  ])('for the reading %o, at %s, is "%s"', (heard, now, text) => {
    expect(badgeText(heard, now)).toBe(text);
  });
});
