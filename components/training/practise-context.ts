import type { AppState } from '../../lib/app-state';
import { warningsRequired } from '../../lib/protocols/run';
import type { PractiseContext } from '../../lib/training/trainer';

/** Who practises, for which organisation, under which hold rules: from the panel's settings. */
export function practiseContext(app: AppState): PractiseContext | null {
  const settings = app.settings.value;
  const playbook = app.playbook.value;
  if (!settings || !playbook) return null;
  const abusive = app.org.procedureFor(playbook, 'abusive-call');
  return {
    agentName: settings.agentName,
    playbookId: playbook.id,
    hold: app.hold.value ?? playbook.hold,
    // The organisation's own procedure decides how many warnings come before ending a call.
    warningsRequired: abusive ? warningsRequired(abusive) : 0,
  };
}
