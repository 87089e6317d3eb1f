/**
 * The one effective configuration every page reads: the built-in playbooks and the packs imported
 * here (org-config.ts), the agent's own settings, and the organisation's policy laid on top (policy
 * wins, and a lock holds even when the policy's value was invalid). Hold timings stay within the
 * playbook's. The stored items behind it are listed in items.ts.
 */
import { guideHold, offerCallBackAt } from '../../content/hold-defaults';
import type { HoldPolicy, Playbook, QualityFramework } from '../../content/schema';
import type { OrgConfig } from './org-config';
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
 * A value the policy decides for this desktop, so the settings page shows it and cannot change it:
 * locked by name, or set by the policy (hold timings, the CRM connection, the referral list, the
 * call quality target and minimum, which only a pack or the policy sets).
 */
export function fixedByPolicy(policy: Policy | null, key: 'hold' | 'crm' | 'referralDirectory' | 'callQuality'): boolean {
  return (key !== 'callQuality' && locked(policy, key)) || Boolean(policy?.[key]);
}

/**
 * A period kept on this desktop (incidents in months, done call-backs in days): the policy's if it
 * sets one, else the one kept here; locked when the policy locks it, whatever its value.
 */
export function policyWins(policy: Policy | null, key: 'retentionMonths' | 'callBackRetentionDays', own: number): { value: number; locked: boolean } {
  return { value: policy?.[key] ?? own, locked: locked(policy, key) };
}

/** How a saved record names what it was taken with: the playbooks and referral lists in effect. */
export interface RecordNames {
  organisation(playbookId: string): string;
  referralName(id: string): string;
  /** The report for the Director under the playbook an incident was taken with (Moray only, AB-14). */
  directorReport(playbookId: string): Playbook['directorReport'];
}

/**
 * Names from the effective configuration: a pack imported here or set by policy names its
 * organisation, and a referral from the organisation's own list (policy's, else edited here) its
 * service, before the guide's catalogue. An id nothing knows any more is shown as it is.
 */
export function recordNames(org: Pick<OrgConfig, 'findPlaybook' | 'ownReferrals' | 'catalogue'>): RecordNames {
  const referral = (id: string) =>
    org.ownReferrals.value?.entries.find((entry) => entry.id === id) ?? org.catalogue.entries.find((entry) => entry.id === id);
  return {
    organisation: (id) => org.findPlaybook(id)?.organisation.name ?? id,
    referralName: (id) => referral(id)?.name ?? id,
    directorReport: (id) => org.findPlaybook(id)?.directorReport,
  };
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

const BY_POLICY = { kind: 'organisation', note: "Set in your organisation's policy." } as const;

/**
 * The framework calls are reviewed against (content/reviews/frameworks.ts gives the playbook's: a
 * pack's own, the built-in organisation's, or the guide's default list), with the target and
 * minimum the organisation's policy sets, if any.
 */
export function effectiveQuality(framework: QualityFramework, policy: Policy | null): QualityFramework {
  const override = policy?.callQuality;
  if (!override || (override.targetPercent === undefined && override.minimumPerMonth === undefined)) return framework;
  return {
    ...framework,
    target: override.targetPercent === undefined ? framework.target : { ...framework.target, percent: override.targetPercent, from: BY_POLICY },
    minimumPerMonth:
      override.minimumPerMonth === undefined ? framework.minimumPerMonth : { ...framework.minimumPerMonth, count: override.minimumPerMonth, from: BY_POLICY },
  };
}
