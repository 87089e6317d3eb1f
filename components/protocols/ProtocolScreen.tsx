import { useEffect, useRef } from 'preact/hooks';
import type { Playbook, Protocol, ProtocolStep, ReferralDirectory } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { lineManagerReport, recordDefaults } from '../../lib/protocols/reports';
import {
  behaviourStopped,
  completeStep,
  finishProtocol,
  goToStep,
  protocolCallEnded,
  setInput,
  STEP,
} from '../../lib/protocols/run';
import { useCall } from '../call/call-context';
import { CopyButton } from '../ui/CopyButton';
import { IncidentSave } from './IncidentSave';
import { ReferralList } from './ReferralList';
import { StepInputs } from './StepInputs';
import {
  DoAndDont,
  EmergencyButton,
  EmergencyCall,
  OffHoldNow,
  PinnedLocation,
  RouteChoice,
  SupportPartner,
} from './SelfHarmParts';
import './protocols.css';

interface Props {
  call: CallData;
  protocol: Protocol;
  playbook: Playbook;
  directory: ReferralDirectory | undefined;
  agentName: string;
  now: number;
  showDoDont: boolean;
  onToggleDoDont(): void;
}

const time = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** A safeguarding protocol in front of everything, one step at a time, in the standard's order. */
export function ProtocolScreen(props: Props) {
  const { call, protocol, playbook, showDoDont, onToggleDoDont } = props;
  const run = call.protocol!;
  const selfHarm = run.protocolId === 'self-harm';
  const step = protocol.steps.find((s) => s.id === run.stepId) ?? protocol.steps[0]!;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [run.protocolId]);
  const lines = playbook.protocolLines?.[step.id] ?? step.say;
  const use = selfHarm ? playbook.protocols.selfHarm : playbook.protocols.abusive;

  return (
    <section class={`protocol ${selfHarm ? 'self-harm' : 'abusive'}`} aria-labelledby="protocol-heading">
      <h2 id="protocol-heading" tabIndex={-1} ref={heading}>
        {protocol.title}
      </h2>
      {selfHarm && <OffHoldNow call={call} />}
      {selfHarm && <PinnedLocation call={call} />}
      <ul class="standing" aria-label="Always">
        {protocol.standing.map((cue) => (
          <li key={cue.text}>{cue.text}</li>
        ))}
      </ul>
      <div class="actions protocol-tools">
        {selfHarm && !run.callEnded && <EmergencyButton call={call} />}
        {selfHarm && (
          <button type="button" aria-expanded={showDoDont} aria-keyshortcuts="Alt+O" onClick={onToggleDoDont}>
            Do and don’t
          </button>
        )}
      </div>
      {showDoDont && selfHarm && <DoAndDont protocol={protocol} />}
      {!selfHarm && <Warnings warnings={run.warnings} />}
      <StepList protocol={protocol} call={call} current={step.id} />
      <article class="card step" aria-labelledby="step-heading">
        <h3 id="step-heading">{step.title}</h3>
        <p>{step.action}</p>
        {lines.length > 0 && (
          <ul class="say" aria-label="Say">
            {lines.map((text) => (
              <li key={text}>“{text}”</li>
            ))}
          </ul>
        )}
        <StepBody {...props} step={step} />
        <p class="sources">{step.sources.join(', ')}</p>
      </article>
      <p class="sources">
        From {protocol.source.document}, {protocol.source.section}. {use.note}
      </p>
    </section>
  );
}

function Warnings({ warnings }: { warnings: readonly number[] }) {
  return (
    <p class="warnings" role="status">
      Warnings given: {warnings.length}
      {warnings.length > 0 && ` (${warnings.map(time).join(', ')})`}
    </p>
  );
}

function StepList({ protocol, call, current }: { protocol: Protocol; call: CallData; current: string }) {
  const { model } = useCall();
  const run = call.protocol!;
  return (
    <nav aria-label="Protocol steps">
      <ol class="protocol-steps">
        {protocol.steps.map((step, index) => {
          const done = run.done[step.id];
          return (
            <li key={step.id}>
              <button
                type="button"
                aria-current={step.id === current ? 'step' : undefined}
                onClick={() => model.update((c) => goToStep(c, step.id))}
              >
                {done !== undefined ? '✓ ' : ''}
                {index + 1}. {step.title}
                {done !== undefined && <span class="visually-hidden">, done at {time(done)}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function StepBody({ call, protocol, playbook, directory, agentName, now, step }: Props & { step: ProtocolStep }) {
  const { model, clipboard } = useCall();
  const run = call.protocol!;
  const isRecordStep = step.id === STEP.abusiveRecord || step.id === STEP.selfHarmReview;

  // The record starts from what the call captured; the agent adds only what it cannot know.
  useEffect(() => {
    if (step.id !== STEP.abusiveRecord) return;
    const defaults = recordDefaults(run, call);
    for (const [id, value] of Object.entries(defaults)) {
      if (!run.inputs[id]) model.update((c, at) => setInput(c, at, id, value));
    }
  }, [step.id]);

  return (
    <>
      {step.id === 'sh-support-partner' && <SupportPartner call={call} partners={playbook.supportPartners} />}
      <StepInputs step={step} call={call} />
      {step.id === STEP.selfHarmReferral && directory && <ReferralList directory={directory} call={call} now={now} />}
      {step.id === STEP.selfHarmEmergency && <EmergencyCall call={call} />}
      {step.id === 'ab-report' && (
        <div class="field">
          <label for="file-note">File note for your line manager</label>
          <textarea id="file-note" rows={8} readOnly value={lineManagerReport(run, call, playbook, agentName)} />
          <CopyButton label="Copy file note" text={lineManagerReport(run, call, playbook, agentName)} clipboard={clipboard} />
        </div>
      )}
      {isRecordStep && <IncidentSave call={call} protocol={protocol} playbook={playbook} agentName={agentName} now={now} />}
      <div class="actions">
        <PrimaryAction step={step} protocol={protocol} call={call} isRecordStep={isRecordStep} />
        {run.protocolId === 'abusive-call' && !run.callEnded && (
          <button type="button" onClick={() => model.update(behaviourStopped)}>
            Behaviour stopped
          </button>
        )}
      </div>
    </>
  );
}

interface ActionProps {
  step: ProtocolStep;
  protocol: Protocol;
  call: CallData;
  isRecordStep: boolean;
}

/** The one action that moves the protocol on from this step. */
function PrimaryAction({ step, protocol, call, isRecordStep }: ActionProps) {
  const { model } = useCall();
  const run = call.protocol!;
  const last = protocol.steps[protocol.steps.length - 1]?.id === step.id;
  if (step.id === STEP.selfHarmGather && !run.route) return <RouteChoice />;
  if (run.protocolId === 'self-harm' && (step.id === STEP.selfHarmReferral || step.id === STEP.selfHarmEmergency)) {
    return (
      <button
        type="button"
        class="primary"
        onClick={() => model.update((c, at) => protocolCallEnded(completeStep(c, at, protocol, step.id), at))}
      >
        Call ended: review
      </button>
    );
  }
  // An incident that ended a call is recorded before the protocol can finish (AB-9, SH-6).
  const mustSave = (isRecordStep || last) && !run.saved && (run.callEnded || isRecordStep);
  if (last) {
    return (
      <button
        type="button"
        class="primary"
        disabled={mustSave}
        onClick={() => {
          model.update((c, at) => finishProtocol(completeStep(c, at, protocol, step.id), at));
          if (run.callEnded) void model.end();
        }}
      >
        Finish
      </button>
    );
  }
  const label = step.id === STEP.abusiveEnd ? 'Call ended' : run.protocolId === 'abusive-call' && step.phase === 'call' ? 'Said it' : 'Done, next step';
  return (
    <button type="button" class="primary" disabled={mustSave} onClick={() => model.update((c, at) => completeStep(c, at, protocol, step.id))}>
      {label}
    </button>
  );
}

