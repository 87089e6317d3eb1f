import type { CallData } from '../../lib/call/call';
import { renderGreeting } from '../../lib/call/greeting';
import type { DatabaseHandle } from '../../lib/db-handle';
import { formatTime } from '../../lib/incidents/format';
import { saveReviewAsConfigured } from '../../lib/sealing/review-save';
import type { Attempt } from '../../lib/training/attempt';
import { CoachingChecklist } from './CoachingChecklist';
import { useQualitySetup } from './quality-context';

interface Props {
  /** The trainee's call: live, or kept with the attempt once it has ended. */
  call: CallData | null;
  attempt: Attempt | null;
  /** The practice database: practice reviews stay apart from real ones, as practice incidents do. */
  database: DatabaseHandle;
  /** The scenario clock. */
  now: number;
  incidentLogUrl: string;
  onClose(): void;
}

/**
 * Coaching in the presenter view: the same checklist as the panel's, beside the trainee's call as
 * the presenter view follows it, for a team leader coaching in a training room. The framework is
 * this desk's (its playbook, with the policy's target and minimum); the review is saved in the
 * practice database, sealed when sealing is on.
 */
export function PresenterCoaching({ call, attempt, database, now, incidentLogUrl, onClose }: Props) {
  const setup = useQualitySetup();
  if (!setup) return <p class="loading">Loading…</p>;
  const { playbook } = setup;
  const agentName = attempt?.agentName || setup.agentName;
  const evidence =
    call && playbook
      ? {
          // The greeting the trainee's panel showed as the call began (on the scenario clock).
          greeting: renderGreeting(playbook, { ...(setup.settings ?? {}), agentName }, new Date(call.startedAt), call.kind).text,
          agentName,
          closing: playbook.closing,
          checkInSeconds: attempt?.hold.checkInSeconds ?? playbook.hold.checkInSeconds,
          formatTime,
        }
      : null;
  return (
    <CoachingChecklist
      framework={setup.framework}
      provenance={setup.provenance}
      playbookId={setup.playbookId}
      agentName={agentName}
      call={call}
      evidence={evidence}
      now={now}
      save={async (review) => saveReviewAsConfigured(await database(), review, now)}
      incidentLogUrl={incidentLogUrl}
      onClose={onClose}
    />
  );
}
