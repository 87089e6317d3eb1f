/**
 * The agent's welfare after a hard call (an abusive call that was ended, or any self-harm call):
 * the follow-up "Agent debriefed" that the incident log keeps. Where an organisation's standard
 * asks for it, its own words are cited; where it says nothing, the guide's default says so.
 */
import { communities, croydon, guideDefault, quote } from './provenance';
import type { Provenance } from './schema';

export type HardCall = 'abusive-ended' | 'self-harm';

export const WELFARE_LABEL = 'Agent debriefed';

/** The guide's own: a hard call is talked through with the agent by the next working day. */
const DEFAULT_REASON =
  "Your standard says nothing about the agent's welfare after a hard call: the guide's default is that a team leader talks it through with the agent by the end of the next working day.";

const PLAN_STEP_6 = quote.croydon('Six-point plan, step 6', 'Discuss the incident with your line manager.');
const ABUSE_BREAK = quote.communities('6.7', 'Take a break if you feel it will help');

/** Where the welfare follow-up comes from, by the standard behind the playbook and the kind of call. */
export const WELFARE_FROM: Record<string, Partial<Record<HardCall, Provenance>>> = {
  'croydon-repairs': {
    'self-harm': croydon('Six-point plan, step 6', 'Discuss the incident with your line manager.'),
  },
  'carmarthenshire-communities': {
    'abusive-ended': communities('6.7 Dealing with Abusive Calls', 'Take a break if you feel it will help', quote.communities('6.7', 'Seek further support, if appropriate')),
  },
};

/** The provenance for this playbook and call; the guide's default where the standard is silent. */
export function welfareFrom(playbookId: string, call: HardCall): Provenance {
  return WELFARE_FROM[playbookId]?.[call] ?? guideDefault(DEFAULT_REASON, call === 'self-harm' ? PLAN_STEP_6 : ABUSE_BREAK);
}
