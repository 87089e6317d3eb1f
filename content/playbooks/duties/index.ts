/**
 * The built-in playbooks' duties for moments of a call, by playbook id. Kept out of the playbooks
 * themselves, so the side panel's start-up does not carry them: they are read in the call's stages
 * and the call-backs due (lib/call/duties.ts), which load after the greeting. A pack carries its
 * own in its `duties` field.
 */
import type { Duties } from '../../schema';
import { calicoDuties } from './calico';
import { communitiesDuties } from './communities';
import { croydonDuties } from './croydon';
import { longhurstDuties } from './longhurst';
import { morayDuties } from './moray';

const BUILT_IN: ReadonlyMap<string, Duties> = new Map([
  ['croydon-repairs', croydonDuties],
  ['carmarthenshire-communities', communitiesDuties],
  ['calico', calicoDuties],
  ['moray', morayDuties],
  ['longhurst-havelok', longhurstDuties],
]);

/** The duties of a built-in playbook; none for any other id. */
export function builtInDuties(playbookId: string): Duties | undefined {
  return BUILT_IN.get(playbookId);
}
