import { renderGreeting } from '../../lib/call/greeting';
import { formatTime } from '../../lib/incidents/format';
import { saveReviewAsConfigured } from '../../lib/sealing/review-save';
import { qualityFrameworkFor } from '../../content/reviews/frameworks';
import { effectiveQuality } from '../../lib/settings/effective';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';
import { CoachingChecklist } from './CoachingChecklist';
import { coachingOpen } from './coaching-state';

/**
 * Coaching in the panel (Menu → Coaching): the checklist of the effective configuration (the
 * playbook's, with the policy's target and minimum) beside the panel's own live call, saved to
 * the panel's database (the practice one in training), sealed when sealing is on.
 */
export function Coaching({ incidentLogUrl }: { incidentLogUrl: string }) {
  const state = useAppState();
  const { model, db } = useCall();
  const playbook = state.playbook.value;
  const settings = state.settings.value;
  const call = model.call.value;
  const now = state.now.value;
  if (!playbook || !settings) return null;
  const framework = effectiveQuality(qualityFrameworkFor(playbook), state.policy.value);
  const evidence = call && {
    // The greeting the guide showed as the call began.
    greeting: renderGreeting(playbook, settings, new Date(call.startedAt), call.kind).text,
    agentName: settings.agentName,
    closing: playbook.closing,
    checkInSeconds: (state.hold.value ?? playbook.hold).checkInSeconds,
    formatTime,
  };
  return (
    <CoachingChecklist
      framework={framework}
      provenance={{ ...(playbook.standard ? { standard: playbook.standard } : {}), origin: state.org.originOf(playbook.id) }}
      playbookId={playbook.id}
      agentName={settings.agentName}
      call={call}
      evidence={evidence}
      now={now}
      save={async (review) => saveReviewAsConfigured(await db(), review, state.now.peek())}
      incidentLogUrl={incidentLogUrl}
      onClose={() => (coachingOpen.value = false)}
    />
  );
}
