/**
 * The call quality framework each playbook's calls are reviewed against. The built-in playbooks'
 * frameworks are kept here rather than in the playbooks themselves, so the side panel's start-up
 * does not carry them: only the Call quality pages, Coaching and the settings page (all loaded on
 * demand) import this module. A pack carries its own framework in its `quality` field.
 */
import type { Playbook, QualityFramework } from '../schema';
import { croydonQuality } from './croydon';
import { guideDefaultQuality } from './guide-default';
import { calicoQuality, communitiesQuality, longhurstQuality, morayQuality } from './standard-frameworks';

/** The built-in playbooks' frameworks, by playbook id. */
const BUILT_IN: ReadonlyMap<string, QualityFramework> = new Map([
  ['croydon-repairs', croydonQuality],
  ['carmarthenshire-communities', communitiesQuality],
  ['calico', calicoQuality],
  ['moray', morayQuality],
  ['longhurst-havelok', longhurstQuality],
]);

/** The framework of a built-in playbook; none for any other id. */
export function builtInFramework(playbookId: string): QualityFramework | undefined {
  return BUILT_IN.get(playbookId);
}

/**
 * The framework a playbook's calls are reviewed against: a pack's own, else the built-in
 * organisation's, else (a pack without one, or a desk not set up) the guide's default list.
 */
export function qualityFrameworkFor(playbook: Pick<Playbook, 'id' | 'quality'> | undefined): QualityFramework {
  return playbook?.quality ?? (playbook ? builtInFramework(playbook.id) : undefined) ?? guideDefaultQuality;
}
