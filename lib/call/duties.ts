/**
 * The duties a playbook sets for moments of the call (content/schema.ts DutiesSchema): a pack's
 * own, or the built-in organisation's (content/playbooks/duties/, loaded with the call, not at the
 * panel's start). A pack without them has none: the panel then shows the guide's own lines
 * (content/duty-defaults.ts).
 */
import { builtInDuties } from '../../content/playbooks/duties';
import type { Duties, Playbook } from '../../content/schema';

export const NO_DUTIES: Duties = {
  complaint: [],
  access: [],
  welsh: [],
  onBehalf: [],
  vulnerable: [],
  enquiry: [],
  lastResort: [],
  message: [],
};

export function dutiesOf(playbook: Pick<Playbook, 'id' | 'duties'>): Duties {
  return playbook.duties ?? builtInDuties(playbook.id) ?? NO_DUTIES;
}
