/**
 * The hold clock, computed from timestamps so it is right after a reload or a crash (HO-1..HO-3).
 */
import type { HoldPolicy } from '../../content/schema';
import type { Hold } from './call';

/** What the agent should do now: nothing, check in (HO-2), or offer a call-back (HO-3). */
export type HoldPhase = 'holding' | 'check-in-due' | 'offer-call-back' | 'over-limit';

export interface HoldStatus {
  phase: HoldPhase;
  elapsedMs: number;
  /** Time since the hold started or the last check-in. */
  sinceCheckInMs: number;
  /** Until the next check-in is due; zero or less when it is due. */
  checkInInMs: number;
  /** Until the playbook's maximum hold. */
  limitInMs: number;
}

export function holdStatus(hold: Hold, policy: HoldPolicy, now: number): HoldStatus {
  const elapsedMs = Math.max(0, now - hold.startedAt);
  const sinceCheckInMs = Math.max(0, now - hold.lastCheckInAt);
  const checkInInMs = policy.checkInSeconds * 1000 - sinceCheckInMs;
  const limitInMs = policy.maxHoldSeconds * 1000 - elapsedMs;
  let phase: HoldPhase = 'holding';
  if (limitInMs <= 0) phase = 'over-limit';
  else if (elapsedMs >= policy.offerCallBackSeconds * 1000) phase = 'offer-call-back';
  else if (checkInInMs <= 0) phase = 'check-in-due';
  return { phase, elapsedMs, sinceCheckInMs, checkInInMs, limitInMs };
}

/** "4:05" for four minutes and five seconds. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Whole minutes on hold, for the toolbar badge. */
export function holdMinutes(hold: Hold, now: number): number {
  return Math.floor(Math.max(0, now - hold.startedAt) / 60_000);
}
