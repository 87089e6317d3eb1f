import { useEffect, useRef } from 'preact/hooks';
import type { HoldPolicy } from '../../content/schema';
import { askToHold, checkedIn, holdAgreed, holdDeclined, offerCallBack, resumeCall, type CallData } from '../../lib/call/call';
import { askToHoldLine, checkInLine, holdPrompts, offerCallBackLine, overLimitLine, type HoldLine } from '../../content/hold-lines';
import { formatClock, holdStatus, type HoldPhase } from '../../lib/call/hold';
import { From } from '../ui/From';
import { useCall } from '../context/call';

interface Props {
  call: CallData;
  policy: HoldPolicy;
  now: number;
  /** Why hold is not allowed right now (HO-5), or null. */
  blockedReason?: string | null;
  soundCues: boolean;
}

function prompt(phase: HoldPhase, policy: HoldPolicy): string {
  const minutes = Math.round(policy.maxHoldSeconds / 60);
  const limit = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return holdPrompts[phase](limit);
}

const LINES: Partial<Record<HoldPhase, HoldLine>> = {
  'check-in-due': checkInLine,
  'offer-call-back': offerCallBackLine,
  'over-limit': overLimitLine,
};

/** Where the figure behind a prompt comes from: the check-in interval or the longest hold. */
function figureFrom(phase: HoldPhase, policy: HoldPolicy) {
  if (phase === 'check-in-due') return policy.from.checkIn;
  if (phase === 'offer-call-back') return policy.from.offerCallBack;
  if (phase === 'over-limit') return policy.from.maxHold;
  return null;
}

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
        <p class="hold-say">
          <span class="say-line">{askToHoldLine.text}</span> <From from={askToHoldLine.from} />
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => model.update(holdAgreed)}>
            Caller agreed to hold
          </button>
          <button type="button" onClick={() => model.update(holdDeclined)}>
            Caller declined
          </button>
        </div>
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
            {/* In a very narrow panel the strip says only "Hold is off"; the reason stays for screen readers. */}
            <span class="narrow-only" aria-hidden="true">
              Hold is off
            </span>
            <span class="wide-only">{blockedReason}</span>
          </p>
        )}
      </section>
    );
  }

  const line = LINES[status.phase];
  const figure = figureFrom(status.phase, policy);
  return (
    <section class={`hold-bar on-hold phase-${status.phase}`} aria-label="Hold">
      <div class="hold-clock">
        <span class="hold-time" aria-label={`On hold for ${formatClock(status.elapsedMs)}`}>
          {formatClock(status.elapsedMs)}
        </span>
        <span role="status" class="hold-prompt">
          {prompt(status.phase, policy)}
        </span>
        {figure && <From from={figure} />}
      </div>
      {line && (
        <p class="hold-say">
          <span class="say-line">{line.text}</span> <From from={line.from} />
        </p>
      )}
      {status.phase === 'holding' && (
        <p class="hint">
          Next check-in in {formatClock(status.checkInInMs)} <From from={policy.from.checkIn} />. Longest hold in{' '}
          {formatClock(status.limitInMs)} <From from={policy.from.maxHold} />.
        </p>
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
    </section>
  );
}
