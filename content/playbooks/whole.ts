/**
 * A built-in playbook whole: with its call quality framework, its duties for moments of a call and
 * all its "Standards for …" facts, which are kept out of the playbooks the side panel starts with
 * (content/index.ts) and joined here, in code loaded on demand. This is the playbook as it is
 * exported, copied as the starting point for a pack and compared with a pack. A pack is whole
 * already and comes back as it is.
 */
import { builtInFramework } from '../reviews/frameworks';
import type { Playbook } from '../schema';
import { builtInDuties } from './duties';
import { factsOf } from './facts';

export function wholePlaybook(playbook: Playbook): Playbook {
  const quality = playbook.quality ?? builtInFramework(playbook.id);
  const duties = playbook.duties ?? builtInDuties(playbook.id);
  return { ...playbook, facts: factsOf(playbook), ...(quality ? { quality } : {}), ...(duties ? { duties } : {}) };
}
