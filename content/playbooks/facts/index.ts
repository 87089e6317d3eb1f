/**
 * The rest of each built-in organisation's "Standards for …" card, by playbook id: its numbers and
 * promises, after the facts in its playbook. Kept out of the playbooks the panel starts with, as
 * the card is closed before a call; the card's list loads straight after the first paint.
 */
import type { Fact, Playbook } from '../../schema';
import { calicoFacts } from './calico';
import { communitiesFacts } from './communities';
import { croydonFacts } from './croydon';
import { longhurstFacts } from './longhurst';
import { morayFacts } from './moray';

const BUILT_IN: ReadonlyMap<string, readonly Fact[]> = new Map([
  ['croydon-repairs', croydonFacts],
  ['carmarthenshire-communities', communitiesFacts],
  ['calico', calicoFacts],
  ['moray', morayFacts],
  ['longhurst-havelok', longhurstFacts],
]);

/**
 * Every fact a playbook lists: its own, then (a built-in one) the rest of its organisation's.
 * A playbook that has them already (a whole one) gets none twice.
 */
export function factsOf(playbook: Pick<Playbook, 'id' | 'facts'>): Playbook['facts'] {
  const rest = (BUILT_IN.get(playbook.id) ?? []).filter((fact) => !playbook.facts.some((own) => own.id === fact.id));
  return rest.length > 0 ? [...playbook.facts, ...rest] : playbook.facts;
}
