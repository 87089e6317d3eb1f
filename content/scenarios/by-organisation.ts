/**
 * The scenarios written for each organisation's own playbook (issue 21), so every trainer has an
 * ordinary call and a safeguarding call in their own guide's words.
 */
import { calicoAbusive } from './calico-abusive';
import { communitiesWelsh } from './communities-welsh';
import { croydonRepair } from './croydon-repair';
import { longhurstMissed } from './longhurst-missed';
import { longhurstSelfHarm } from './longhurst-self-harm';
import { morayAbusive } from './moray-abusive';
import { morayMessage } from './moray-message';
import type { Scenario } from './schema';

export const organisationScenarios: readonly Scenario[] = [
  communitiesWelsh,
  croydonRepair,
  calicoAbusive,
  morayMessage,
  morayAbusive,
  longhurstMissed,
  longhurstSelfHarm,
];

/** The scenarios for a playbook first (its own, then those for any organisation), then the rest. */
export function scenariosFor(all: readonly Scenario[], playbookId: string | undefined): Scenario[] {
  const rank = (scenario: Scenario) => (scenario.playbookId === playbookId ? 0 : scenario.playbookId ? 2 : 1);
  return [...all].sort((a, b) => rank(a) - rank(b));
}
