import { useEffect, useRef } from 'preact/hooks';
import type { HoldPolicy } from '../../content/schema';
import { askToHold, checkedIn, holdAgreed, holdDeclined, offerCallBack, resumeCall, type CallData } from '../../lib/call/call';
import { formatClock, holdStatus, type HoldPhase } from '../../lib/call/hold';
import { useCall } from './call-context';

interface Props {
  call: CallData;
  policy: HoldPolicy;
  now: number;
  /** Why hold is not allowed right now (HO-5), or null. */
  blockedReason?: string | null;
  soundCues: boolean;
}

function prompt(phase: HoldPhase, policy: HoldPolicy): string {
  const limit = `${Math.round(policy.maxHoldSeconds / 60)}-minute`;
  if (phase === 'check-in-due') return 'Check in with the caller now';
  if (phase === 'offer-call-back') return `Close to the ${limit} limit: offer to call back`;
  if (phase === 'over-limit') return `Past the ${limit} limit: offer to call back now`;
  return 'On hold';
}

const LINES: Partial<Record<HoldPhase, string>> = {
  'check-in-due': "Thank you for holding. I'm still looking into this for you. Are you OK to hold a little longer?",
  'offer-call-back': "This is taking longer than I'd like. Can I call you back instead, so you're not waiting?",
  'over-limit': "I'm sorry for the wait. Let me take your number and call you back.",
};

/** Hold, from asking permission to resuming (HO-1..HO-3): always visible during a call. */
export function HoldBar({ call, policy, now, blockedReason = null, soundCues }: Props) {
  const { model, playCue } = useCall();
  const status = call.hold ? holdStatus(call.hold, policy, now) : null;
  const lastPhase = useRef<HoldPhase | null>(null);

  useEffect(() => {
    const phase = status?.phase ?? null;
    if (phase && phase !== 'holding' && phase !== lastPhase.current && soundCues) playCue();
    lastPhase.current = phase;
  }, [status?.phase]);

  if (call.askingHold) {
    return (
      <section class="hold-bar asking" aria-label="Hold">
        <p class="hold-say">“May I put you on hold for a moment?”</p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => model.update(holdAgreed)}>
            Caller agreed to hold
          </button>
          <button type="button" onClick={() => model.update(holdDeclined)}>
            Caller declined
          </button>
        </div>
        <p class="sources">HO-1</p>
      </section>
    );
  }

  if (!call.hold || !status) {
    return (
      <section class="hold-bar" aria-label="Hold">
        <button
          type="button"
          onClick={() => model.update(askToHold)}
          disabled={blockedReason !== null}
          aria-describedby={blockedReason ? 'hold-blocked' : undefined}
          aria-keyshortcuts="Alt+H"
        >
          Place on hold
        </button>
        {blockedReason && (
          <p id="hold-blocked" class="hold-blocked">
            {blockedReason}
          </p>
        )}
      </section>
    );
  }

  const line = LINES[status.phase];
  return (
    <section class={`hold-bar on-hold phase-${status.phase}`} aria-label="Hold">
      <div class="hold-clock">
        <span class="hold-time" aria-label={`On hold for ${formatClock(status.elapsedMs)}`}>
          {formatClock(status.elapsedMs)}
        </span>
        <span role="status" class="hold-prompt">
          {prompt(status.phase, policy)}
        </span>
      </div>
      {line && <p class="hold-say">“{line}”</p>}
      {status.phase === 'holding' && (
        <p class="hint">Next check-in in {formatClock(status.checkInInMs)}. Limit in {formatClock(status.limitInMs)}.</p>
      )}
      <div class="actions">
        <button type="button" class={status.phase === 'check-in-due' ? 'primary' : ''} onClick={() => model.update(checkedIn)} aria-keyshortcuts="Alt+K">
          Checked in
        </button>
        <button type="button" onClick={() => model.update(resumeCall)} aria-keyshortcuts="Alt+H">
          Resume call
        </button>
        {(status.phase === 'offer-call-back' || status.phase === 'over-limit') && (
          <button type="button" class="primary" onClick={() => model.update(offerCallBack)}>
            Arrange a call-back
          </button>
        )}
      </div>
      <p class="sources">{policy.basis === 'standard' ? 'HO-2, HO-3' : 'HO-2, HO-3 (guide default)'}</p>
    </section>
  );
}
