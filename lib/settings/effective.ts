/**
 * The settings the guide actually uses: the agent's own, with the organisation's policy laid on
 * top (policy wins), and the hold timings within the playbook's.
 */
import { guideHold, offerCallBackAt } from '../../content/hold-defaults';
import type { HoldPolicy } from '../../content/schema';
import type { Lockable, Policy } from './policy';
import type { Settings } from './settings';

export function withPolicy(settings: Settings | null, policy: Policy | null): Settings | null {
  if (!settings || !policy) return settings;
  return {
    ...settings,
    playbookId: policy.organisation ?? settings.playbookId,
    team: policy.team ?? settings.team,
    greetingLanguage: policy.greetingLanguage ?? settings.greetingLanguage,
    crm: policy.crm ?? settings.crm,
  };
}

export function locked(policy: Policy | null, key: Lockable): boolean {
  return policy?.locked.includes(key) ?? false;
}

/**
 * Hold timings: the organisation's policy if it sets them, else the agent's (never longer than the
 * playbook's), else the playbook's. The call-back offer comes a minute before the limit at latest.
 */
export function effectiveHold(playbook: HoldPolicy, settings: Settings | null, policy: Policy | null): HoldPolicy {
  const fromPolicy = policy?.hold;
  const checkInSeconds =
    fromPolicy?.checkInSeconds ?? Math.min(settings?.holdCheckInSeconds ?? playbook.checkInSeconds, playbook.checkInSeconds);
  const maxHoldSeconds =
    fromPolicy?.maxHoldSeconds ?? Math.min(settings?.holdMaxSeconds ?? playbook.maxHoldSeconds, playbook.maxHoldSeconds);
  if (checkInSeconds === playbook.checkInSeconds && maxHoldSeconds === playbook.maxHoldSeconds) return playbook;
  const changed = {
    kind: 'organisation',
    note: fromPolicy ? "Set in your organisation's policy." : 'Set in Settings on this computer, within the playbook’s.',
  } as const;
  const offerCallBackSeconds = Math.max(guideHold.earliestOfferSeconds, Math.min(playbook.offerCallBackSeconds, offerCallBackAt(maxHoldSeconds)));
  return {
    ...playbook,
    checkInSeconds,
    maxHoldSeconds,
    offerCallBackSeconds,
    from: {
      checkIn: checkInSeconds === playbook.checkInSeconds ? playbook.from.checkIn : changed,
      maxHold: maxHoldSeconds === playbook.maxHoldSeconds ? playbook.from.maxHold : changed,
      offerCallBack: offerCallBackSeconds === playbook.offerCallBackSeconds ? playbook.from.offerCallBack : changed,
    },
    note: fromPolicy ? `Set by your organisation. ${playbook.note}` : `Your own timings, within the playbook's. ${playbook.note}`,
  };
}
