import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { protocolCountLines } from '../../content/panel-lines';
import type { Protocol, ProtocolStep } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import {
  answerEarlyEnd,
  behaviourStopped,
  completeStep,
  finishProtocol,
  protocolCallEnded,
  warningsRequired,
  warningsShort,
} from '../../lib/protocols/run';
import { useCall } from '../context/call';
import { routeChoice } from './later-steps';
import { useFocusOnMount } from '../ui/use-focus-on-mount';

interface ActionProps {
  step: ProtocolStep;
  protocol: Protocol;
  call: CallData;
}

/** The step's main action, and for an abusive call "Behaviour stopped" beside it. */
export function StepActions({ call, protocol, step }: ActionProps) {
  const { model } = useCall();
  const run = call.protocol!;
  return (
    <div class="actions step-actions">
      <PrimaryAction step={step} protocol={protocol} call={call} />
      {run.protocolId === 'abusive-call' && !run.callEnded && (
        <button type="button" onClick={() => model.update(behaviourStopped)}>
          Behaviour stopped
        </button>
      )}
    </div>
  );
}

/** The one action that moves the protocol on from this step (Alt+Enter presses it). */
function PrimaryAction({ step, protocol, call }: ActionProps) {
  const { model } = useCall();
  const run = call.protocol!;
  const last = protocol.steps[protocol.steps.length - 1]?.id === step.id;
  const [askingEarlyEnd, setAskingEarlyEnd] = useState(false);
  useEffect(() => setAskingEarlyEnd(false), [step.id]);
  // Once the incident is saved, what comes next is this step's action: focus goes to it.
  const next = useRef<HTMLButtonElement>(null);
  const wasSaved = useRef(run.saved);
  useLayoutEffect(() => {
    if (run.saved && !wasSaved.current && next.current) {
      // Wholly on screen: focus alone leaves a button that is half below the fold where it is.
      next.current.focus({ preventScroll: true });
      // Again once what the save adds above it has been laid out.
      const bring = () => next.current?.scrollIntoView?.({ block: 'nearest' });
      bring();
      requestAnimationFrame(() => requestAnimationFrame(bring));
    }
    wasSaved.current = run.saved;
  }, [run.saved]);
  if (step.kind === 'gather' && !run.route) return <routeChoice.Lazy protocol={protocol} />;
  if (step.kind === 'referrals' || step.kind === 'emergency') {
    // On the 999 step, "999 called" is the main action until it is pressed.
    const waitingFor999 = step.kind === 'emergency' && run.emergencyCalledAt === null;
    return (
      <button
        type="button"
        class="primary"
        data-main-action={waitingFor999 ? undefined : true}
        data-end-call
        aria-keyshortcuts={waitingFor999 ? 'Alt+Q' : 'Alt+Enter Alt+Q'}
        onClick={() => model.update((c, at) => protocolCallEnded(completeStep(c, at, protocol, step.id), at, protocol))}
      >
        Call ended: review
      </button>
    );
  }
  // An incident that ended a call is recorded before the protocol can finish (AB-9, SH-6).
  const recordStep = step.kind === 'record';
  const mustSave = (recordStep || last) && !run.saved && (run.callEnded || recordStep);
  if (step.kind === 'end-call' && !run.callEnded && !last) {
    const short = warningsShort(protocol, run);
    if (askingEarlyEnd) return <EarlyEnd protocol={protocol} onAnswered={() => setAskingEarlyEnd(false)} />;
    return (
      <button
        type="button"
        class="primary"
        data-main-action
        data-end-call
        aria-keyshortcuts="Alt+Enter Alt+Q"
        aria-describedby={step.say.length > 0 ? 'step-say' : undefined}
        onClick={() => (short > 0 ? setAskingEarlyEnd(true) : model.update((c, at) => completeStep(c, at, protocol, step.id)))}
      >
        Call ended
      </button>
    );
  }
  // The last step finishes the protocol (and ends a call that has ended); any other moves on.
  const label = last ? 'Finish' : step.kind === 'end-call' ? 'Call ended' : step.kind === 'warning' ? 'Said it' : 'Done, next step';
  const press = last
    ? () => {
        model.update((c, at) => finishProtocol(completeStep(c, at, protocol, step.id), at));
        if (run.callEnded) void model.end();
      }
    : () => model.update((c, at) => completeStep(c, at, protocol, step.id));
  return (
    <button
      type="button"
      class="primary"
      ref={next}
      disabled={mustSave}
      data-main-action={mustSave ? undefined : true}
      aria-keyshortcuts="Alt+Enter"
      aria-describedby={!last && step.kind === 'warning' && step.say.length > 0 ? 'step-say' : undefined}
      onClick={press}
    >
      {label}
    </button>
  );
}

/**
 * Ending an abusive call before the procedure's warnings are all given: asked first, and the
 * answer goes on the call's record and into the file note.
 */
function EarlyEnd({ protocol, onAnswered }: { protocol: Protocol; onAnswered(): void }) {
  const { model } = useCall();
  const required = warningsRequired(protocol);
  const endNow = useFocusOnMount<HTMLButtonElement>();
  const answer = (choice: 'end-now' | 'not-yet') => {
    model.update((c, at) => answerEarlyEnd(c, at, protocol, choice));
    onAnswered();
  };
  return (
    <div class="notice early-end" role="group" aria-labelledby="early-end-question">
      <p id="early-end-question">
        <strong>{protocolCountLines.earlyEnd.text(required)}</strong>
      </p>
      <div class="actions">
        <button type="button" class="danger" ref={endNow} aria-describedby="early-end-question" onClick={() => answer('end-now')}>
          End the call now
        </button>
        <button type="button" onClick={() => answer('not-yet')}>
          Not yet: back to the warnings
        </button>
      </div>
    </div>
  );
}
