import type { AppState } from '../../lib/app-state';
import type { PractiseContext } from '../../lib/training/trainer';

/** Who practises, for which organisation, under which hold rules: from the panel's settings. */
export function practiseContext(app: AppState): PractiseContext | null {
  const settings = app.settings.value;
  const playbook = app.playbook.value;
  if (!settings || !playbook) return null;
  return { agentName: settings.agentName, playbookId: playbook.id, hold: app.hold.value ?? playbook.hold };
}
