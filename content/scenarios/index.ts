/**
 * The training scenarios, in the order the trainer's picker lists them: from an ordinary call to
 * the safeguarding calls. Loaded only in training mode.
 */
import type { Scenario } from './schema';
import { ordinaryCall } from './ordinary-call';
import { longHold } from './long-hold';
import { warmTransfer } from './warm-transfer';
import { abusiveCalms } from './abusive-calms';
import { abusiveTerminated } from './abusive-terminated';
import { selfHarmNonUrgent } from './self-harm-non-urgent';
import { selfHarmEmergency } from './self-harm-emergency';
import { organisationScenarios } from './by-organisation';

export const scenarios: readonly Scenario[] = [
  ordinaryCall,
  longHold,
  warmTransfer,
  abusiveCalms,
  abusiveTerminated,
  selfHarmNonUrgent,
  selfHarmEmergency,
  ...organisationScenarios,
];

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
