/**
 * The framework a desk reviews calls against: its playbook's (a pack may carry its own), or the
 * guide's default list; with the target and minimum the organisation's policy sets, if any.
 */
import { guideDefaultQuality } from '../../content/reviews/guide-default';
import type { Playbook, QualityFramework } from '../../content/schema';
import type { QualityOverride } from './policy';

const BY_POLICY = { kind: 'organisation', note: "Set in your organisation's policy." } as const;

export function effectiveFramework(playbook: Playbook | undefined, override: QualityOverride | null = null): QualityFramework {
  const framework = playbook?.quality ?? guideDefaultQuality;
  if (!override) return framework;
  return {
    ...framework,
    target: override.targetPercent === undefined ? framework.target : { ...framework.target, percent: override.targetPercent, from: BY_POLICY },
    minimumPerMonth:
      override.minimumPerMonth === undefined ? framework.minimumPerMonth : { ...framework.minimumPerMonth, count: override.minimumPerMonth, from: BY_POLICY },
  };
}

/** The items that live call evidence can speak to, by kind. */
export function itemsWithEvidence(framework: QualityFramework) {
  return framework.items.filter((item) => item.evidence?.length);
}
