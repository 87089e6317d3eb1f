/**
 * The framework this desk reviews calls against, for the incident log (which otherwise reads only
 * the records): the playbook its settings (or its organisation's policy) choose, from the built-in
 * playbooks and the organisation's packs, with the policy's target and minimum.
 */
import type { QualityFramework } from '../../content/schema';
import { playbooks, protocols, referralCatalogue } from '../../content';
import type { PlaybookOrigin } from '../provenance';
import { createOrgConfig } from '../settings/org-config';
import { managedArea, packsItem, referralsItem, settingsItem } from '../settings/items';
import { parseStoredSettings } from '../settings/settings';
import { effectiveFramework } from './framework';
import { parseQualityPolicy } from './policy';
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
}

export async function loadDeskSetup(): Promise<QualitySetup> {
  const org = createOrgConfig({ builtins: playbooks, protocols, catalogue: referralCatalogue, managed: managedArea, packs: packsItem(), referrals: referralsItem() });
  const [raw, managed] = await Promise.all([settingsItem.getValue().catch(() => null), managedArea.get().catch(() => null), org.load()]);
  const known = (id: string) => org.findPlaybook(id) !== undefined;
  const settings = parseStoredSettings(raw, known).settings;
  // A desk not set up yet has no organisation: the guide's default list, which says it is the guide's.
  const playbookId = org.policy.peek()?.organisation ?? settings?.playbookId ?? '';
  const playbook = playbookId ? org.findPlaybook(playbookId) : undefined;
  const { override, problem } = parseQualityPolicy(managed);
  return {
    playbookId,
    organisation: playbook?.organisation.name ?? '',
    provenance: { ...(playbook?.standard ? { standard: playbook.standard } : {}), origin: org.originOf(playbookId) },
    framework: effectiveFramework(playbook, override),
    problem,
    agentName: settings?.agentName ?? '',
  };
}
