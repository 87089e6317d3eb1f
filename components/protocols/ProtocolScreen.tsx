import { useEffect, useRef } from 'preact/hooks';
import type { Playbook, Protocol, ProtocolStep } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { lineManagerReport, recordDefaults } from '../../lib/protocols/reports';
import { behaviourStopped, completeStep, finishProtocol, goToStep, protocolCallEnded, setInput, warningsRequired } from '../../lib/protocols/run';
import type { CallerReferrals } from '../../lib/referrals';
import { useCall } from '../call/call-context';
import { CopyButton } from '../ui/CopyButton';
import { From, FromDetails } from '../ui/From';
import { lazyComponent } from '../ui/lazy';
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
  referrals: CallerReferrals | undefined;
  agentName: string;
  now: number;
  showDoDont: boolean;
  onToggleDoDont(): void;
}

const time = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

// Saving an incident needs the database code: loaded once the protocol is on screen, well before
// the record step.
const incidentSave = lazyComponent(() => import('./IncidentSave').then((m) => m.IncidentSave));
const IncidentSave = incidentSave.Lazy;

/** A safeguarding protocol in front of everything, one step at a time, in the procedure's order. */
export function ProtocolScreen(props: Props) {
  const { call, protocol, playbook, showDoDont, onToggleDoDont } = props;
  const run = call.protocol!;
  const selfHarm = run.protocolId === 'self-harm';
  const step = protocol.steps.find((s) => s.id === run.stepId) ?? protocol.steps[0]!;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus on the heading when the protocol opens, and again once it runs in the call.
  useEffect(() => heading.current?.focus(), [run.protocolId, run.startedAt]);
  useEffect(() => void incidentSave.preload(), []);
  const lines = playbook.protocolLines?.[step.id] ?? step.say;
  const use = selfHarm ? playbook.protocols.selfHarm : playbook.protocols.abusive;

  return (
    <section class={`protocol ${selfHarm ? 'self-harm' : 'abusive'}`} aria-labelledby="protocol-heading">
      <h2 id="protocol-heading" tabIndex={-1} ref={heading}>
        {protocol.title} <From from={protocol.from} />
      </h2>
      {selfHarm && <OffHoldNow call={call} />}
      {selfHarm && <PinnedLocation call={call} />}
      <ul class="standing" aria-label="Always">
        {protocol.standing.map((cue) => (
          <li key={cue.text}>
            {cue.text} <From from={cue.from} />
          </li>
        ))}
      </ul>
      <div class="actions protocol-tools">
        {selfHarm && !run.callEnded && <EmergencyButton call={call} protocol={protocol} />}
        {selfHarm && (
          <button type="button" aria-expanded={showDoDont} aria-keyshortcuts="Alt+O" onClick={onToggleDoDont}>
            Do and don’t
          </button>
        )}
      </div>
      {showDoDont && selfHarm && <DoAndDont protocol={protocol} />}
      {!selfHarm && <Warnings warnings={run.warnings} required={warningsRequired(protocol)} />}
      <StepList protocol={protocol} call={call} current={step.id} />
      <article class="card step" aria-labelledby="step-heading">
        <h3 id="step-heading">
          {step.title} <From from={step.from} />
        </h3>
        <p>{step.action}</p>
        {lines.length > 0 && (
          <ul class="say" aria-label="Say">
            {lines.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        <StepBody {...props} step={step} />
        <FromDetails
          items={[
            { what: step.title, from: step.from },
            ...step.checklist.map((item) => ({ what: item.label, from: item.from })),
          ]}
        />
        <p class="sources">{step.sources.join(', ')}</p>
      </article>
      <p class="sources">{use.note}</p>
    </section>
  );
}

function Warnings({ warnings, required }: { warnings: readonly number[]; required: number }) {
  return (
    <p class="warnings" role="status">
      Warnings given: {warnings.length} of {required}
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

function StepBody({ call, protocol, playbook, referrals, agentName, now, step }: Props & { step: ProtocolStep }) {
  const { model, clipboard } = useCall();
  const run = call.protocol!;
  const isRecordStep = step.kind === 'record';

  // The abusive-call record starts from what the call captured; the agent adds only what it cannot know.
  useEffect(() => {
    if (!isRecordStep || run.protocolId !== 'abusive-call') return;
    const defaults = recordDefaults(run, call);
    for (const [id, value] of Object.entries(defaults)) {
      if (!run.inputs[id] && step.inputs.some((input) => input.id === id)) model.update((c, at) => setInput(c, at, id, value));
    }
  }, [step.id]);

  const note = step.kind === 'file-note' ? lineManagerReport(run, call, playbook, agentName) : '';
  return (
    <>
      {step.kind === 'support-partner' && <SupportPartner call={call} partners={playbook.supportPartners} />}
      <StepInputs step={step} call={call} />
      {step.kind === 'referrals' && referrals && <ReferralList referrals={referrals} call={call} now={now} />}
      {step.kind === 'emergency' && <EmergencyCall call={call} />}
      {step.kind === 'file-note' && (
        <div class="field">
          <label for="file-note">File note for your Line Manager/Director</label>
          <textarea id="file-note" rows={10} readOnly value={note} />
          <CopyButton label="Copy file note" text={note} clipboard={clipboard} />
        </div>
      )}
      {isRecordStep && <IncidentSave call={call} protocol={protocol} playbook={playbook} agentName={agentName} now={now} />}
      <div class="actions">
        <PrimaryAction step={step} protocol={protocol} call={call} />
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
}

/** The one action that moves the protocol on from this step. */
function PrimaryAction({ step, protocol, call }: ActionProps) {
  const { model } = useCall();
  const run = call.protocol!;
  const last = protocol.steps[protocol.steps.length - 1]?.id === step.id;
  if (step.kind === 'gather' && !run.route) return <RouteChoice protocol={protocol} />;
  if (step.kind === 'referrals' || step.kind === 'emergency') {
    return (
      <button
        type="button"
        class="primary"
        onClick={() => model.update((c, at) => protocolCallEnded(completeStep(c, at, protocol, step.id), at, protocol))}
      >
        Call ended: review
      </button>
    );
  }
  // An incident that ended a call is recorded before the protocol can finish (AB-9, SH-6).
  const recordStep = step.kind === 'record';
  const mustSave = (recordStep || last) && !run.saved && (run.callEnded || recordStep);
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
  const label = step.kind === 'end-call' ? 'Call ended' : step.kind === 'warning' ? 'Said it' : 'Done, next step';
  return (
    <button type="button" class="primary" disabled={mustSave} onClick={() => model.update((c, at) => completeStep(c, at, protocol, step.id))}>
      {label}
    </button>
  );
}
