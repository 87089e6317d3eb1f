/**
 * The duties a playbook sets for moments of the call (content/schema.ts DutiesSchema). A pack
 * without them has none: the panel then shows the guide's own lines (content/duty-defaults.ts).
 */
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

export function dutiesOf(playbook: Playbook): Duties {
  return playbook.duties ?? NO_DUTIES;
}
