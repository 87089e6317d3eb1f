import type { Scenario } from '../../content/scenarios/schema';
import { useAppState } from '../context/app-state';

/** Says when a scenario is written for another organisation's guide than the one in use. */
export function PlaybookNote({ scenario }: { scenario: Scenario }) {
  const app = useAppState();
  const current = app.playbook.value;
  if (!scenario.playbookId || !current || scenario.playbookId === current.id) return null;
  const written = app.org.findPlaybook(scenario.playbookId)?.organisation.name ?? scenario.playbookId;
  return (
    <p class="notice">
      Written for {written}’s guide; this guide is set up for {current.organisation.name}, so some steps may not appear.
      Choose {written} in Settings to practise it as written.
    </p>
  );
}
