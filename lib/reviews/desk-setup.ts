/**
 * The framework this desk reviews calls against, for the incident log and the presenter view
 * (which otherwise read only the records): the playbook its settings (or its organisation's
 * policy) choose, from the built-in playbooks and the organisation's packs, with the policy's
 * target and minimum, from the one effective configuration.
 */
import type { Playbook, QualityFramework } from '../../content/schema';
import { playbooks, protocols, referralCatalogue } from '../../content';
import { qualityFrameworkFor } from '../../content/reviews/frameworks';
import type { PlaybookOrigin } from '../provenance';
import { createOrgConfig } from '../settings/org-config';
import { managedArea, packsItem, referralsItem, settingsItem } from '../settings/items';
import { effectiveQuality, withPolicy } from '../settings/effective';
import { parseStoredSettings, type Settings } from '../settings/settings';
import type { StandardId } from '../../content/standards';

export interface QualitySetup {
  playbookId: string;
  /** Empty when the desk has no organisation set. */
  organisation: string;
  /** The playbook's own standard and where it comes from, for how provenance reads. */
  provenance: { standard?: StandardId; origin: PlaybookOrigin };
  framework: QualityFramework;
  /** The policy's call quality part, when it was ignored as invalid. */
  problem: string | null;
  /** The agent set up on this desk, offered first when recording a review. */
  agentName: string;
  /** The playbook itself, for evidence from a live call (its greeting and closing); none without an organisation. */
  playbook?: Playbook;
  /** The desk's settings with the policy over them (the greeting the agent is shown), once set up. */
  settings: Settings | null;
}

export async function loadDeskSetup(): Promise<QualitySetup> {
  const org = createOrgConfig({ builtins: playbooks, protocols, catalogue: referralCatalogue, managed: managedArea, packs: packsItem(), referrals: referralsItem() });
  const [raw] = await Promise.all([settingsItem.getValue().catch(() => null), org.load()]);
  const known = (id: string) => org.findPlaybook(id) !== undefined;
  const policy = org.policy.peek();
  const settings = withPolicy(parseStoredSettings(raw, known).settings, policy);
  // A desk not set up yet has no organisation: the guide's default list, which says it is the guide's.
  const playbookId = policy?.organisation ?? settings?.playbookId ?? '';
  const playbook = playbookId ? org.findPlaybook(playbookId) : undefined;
  return {
    playbookId,
    organisation: playbook?.organisation.name ?? '',
    provenance: { ...(playbook?.standard ? { standard: playbook.standard } : {}), origin: org.originOf(playbookId) },
    framework: effectiveQuality(qualityFrameworkFor(playbook), policy),
    problem: org.policyProblems.peek().find((problem) => problem.startsWith('callQuality:')) ?? null,
    agentName: settings?.agentName ?? '',
    ...(playbook ? { playbook } : {}),
    settings,
  };
}
