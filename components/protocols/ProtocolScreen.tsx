import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { protocolCountLines } from '../../content/panel-lines';
import type { Playbook, Protocol, ProtocolStep } from '../../content/schema';
import type { CallData } from '../../lib/call/call';
import { goToStep, warningsRequired } from '../../lib/protocols/run';
import type { CallerReferrals } from '../../lib/referrals';
import { useAppState } from '../context/app-state';
import { useCall } from '../context/call';
import { From, FromDetails } from '../ui/From';
import { emergencyCall, fileNote, incidentSave, preloadLaterSteps, recordDefaults, referralList, supportPartner } from './later-steps';
import { StepActions } from './StepActions';
import { StepInputs } from './StepInputs';
import { DoAndDont, EmergencyButton, OffHoldNow, PinnedLocation } from './SelfHarmParts';
import './protocols.css';
import { formatTime as time } from '../../lib/time-format';

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

const EmergencyCall = emergencyCall.Lazy;
const FileNote = fileNote.Lazy;
const IncidentSave = incidentSave.Lazy;
const RecordDefaults = recordDefaults.Lazy;
const ReferralList = referralList.Lazy;
const SupportPartner = supportPartner.Lazy;

/**
 * A safeguarding protocol in front of everything, one step at a time, in the procedure's order.
 * The current step comes first (its line to say and its main action at the top, its heading
 * focused), then the steps as a compact progress strip, then what holds throughout.
 */
export function ProtocolScreen(props: Props) {
  const { call, protocol, playbook, showDoDont, onToggleDoDont } = props;
  const run = call.protocol!;
  const selfHarm = run.protocolId === 'self-harm';
  const step = protocol.steps.find((s) => s.id === run.stepId) ?? protocol.steps[0]!;
  const stepIndex = protocol.steps.indexOf(step);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus on the step's heading at the top of the panel when the protocol opens, when it runs in
  // the call, and at every step: the line to say is right under it, the main action one Tab on.
  // In the commit, not after the paint: a key pressed straight after goes to the new step.
  useLayoutEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [run.protocolId, run.startedAt, run.stepId]);
  // What later steps show (saving the incident among it, with the database code, and the referral
  // catalogue) loads now, well before those steps.
  const { org } = useAppState();
  useEffect(() => {
    void preloadLaterSteps();
    void org.catalogueReady().catch(() => {});
  }, []);
  const lines = playbook.protocolLines?.[step.id] ?? step.say;
  const use = selfHarm ? playbook.protocols.selfHarm : playbook.protocols.abusive;
  // Steps that only need saying or doing have their action straight under the line to say;
  // steps with answers to write have it after them.
  // The route choice after step 3 is at its top, with the questions under it: the 999 decision
  // is never below the fold.
  const actionFirst = step.kind === 'gather' || (step.inputs.length === 0 && step.kind !== 'record' && step.kind !== 'emergency');
  const actions = <StepActions {...props} step={step} />;
  // While the route is undecided its choice (999 among it) is the step's action: the frame's own
  // 999 button would only repeat it.
  const routeFirst = step.kind === 'gather' && !run.route;

  return (
    <section class={`protocol ${selfHarm ? 'self-harm' : 'abusive'}`} aria-labelledby="protocol-heading">
      <h2 id="protocol-heading" class="protocol-title">
        {protocol.title} <From from={protocol.from} />
      </h2>
      {selfHarm && <OffHoldNow call={call} />}
      {selfHarm && <PinnedLocation call={call} />}
      {selfHarm && !run.callEnded && !routeFirst && (
        <div class="actions protocol-tools">
          <EmergencyButton call={call} protocol={protocol} />
        </div>
      )}
      {!selfHarm && <Warnings warnings={run.warnings} required={warningsRequired(protocol)} />}
      <article class="card step" aria-labelledby="step-heading">
        <h3 id="step-heading" tabIndex={-1} ref={heading}>
          <span class="step-count">
            Step {stepIndex + 1} of {protocol.steps.length}:
          </span>{' '}
          {step.title} <From from={step.from} />
        </h3>
        {/* With a line to say, the line and its action come first and the instruction after; the
            route choice comes straight under the heading. */}
        {lines.length === 0 && !routeFirst && <p class="step-action">{step.action}</p>}
        {lines.length > 0 && (
          <ul class="say" aria-label="Say" id="step-say">
            {lines.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        {actionFirst && actions}
        {/* 999: where the caller is, 999 called and the summary, straight under the line to say. */}
        {step.kind === 'emergency' && <EmergencyCall call={call} />}
          {(lines.length > 0 || routeFirst) && <p class="step-action">{step.action}</p>}
        <StepBody {...props} step={step} />
        {!actionFirst && actions}
        <FromDetails
          items={[
            { what: step.title, from: step.from },
            ...step.checklist.map((item) => ({ what: item.label, from: item.from })),
            ...step.inputs.flatMap((input) => (input.from ? [{ what: input.label, from: input.from }] : [])),
          ]}
        />
        <p class="sources">{step.sources.join(', ')}</p>
      </article>
      <StepList protocol={protocol} call={call} current={step.id} />
      {selfHarm && (
        <div class="actions">
          <button type="button" aria-expanded={showDoDont} aria-keyshortcuts="Alt+O" onClick={onToggleDoDont}>
            Do and don’t
          </button>
        </div>
      )}
      {showDoDont && selfHarm && <DoAndDont protocol={protocol} />}
      <ul class="standing" aria-label="Always">
        {protocol.standing.map((cue) => (
          <li key={cue.text}>
            {cue.text} <From from={cue.from} />
          </li>
        ))}
      </ul>
      <p class="sources">{use.note}</p>
    </section>
  );
}

function Warnings({ warnings, required }: { warnings: readonly number[]; required: number }) {
  return (
    <p class="warnings" role="status">
      {protocolCountLines.warningsGiven.text(warnings.length, required)}
      {warnings.length > 0 && ` (${warnings.map(time).join(', ')})`}
    </p>
  );
}

/** The steps as a compact strip of numbers: done ones ticked, the current one marked. */
function StepList({ protocol, call, current }: { protocol: Protocol; call: CallData; current: string }) {
  const { model } = useCall();
  const run = call.protocol!;
  return (
    <nav aria-label="Protocol steps" class="step-progress">
      <ol class="protocol-steps">
        {protocol.steps.map((step, index) => {
          const done = run.done[step.id];
          const name = `${index + 1}. ${step.title}${done !== undefined ? `, done at ${time(done)}` : ''}`;
          return (
            <li key={step.id}>
              <button
                type="button"
                aria-current={step.id === current ? 'step' : undefined}
                aria-label={name}
                title={name}
                class={done !== undefined ? 'done' : undefined}
                onClick={() => model.update((c) => goToStep(c, step.id))}
              >
                {index + 1}
                {done !== undefined && <span aria-hidden="true">✓</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function StepBody({ call, protocol, playbook, referrals, agentName, now, step }: Props & { step: ProtocolStep }) {
  const isRecordStep = step.kind === 'record';
  return (
    <>
      {step.kind === 'support-partner' && <SupportPartner call={call} partners={playbook.supportPartners} />}
      {/* The abusive-call record starts from what the call captured; the agent adds only what it cannot know. */}
      {isRecordStep && call.protocol!.protocolId === 'abusive-call' && <RecordDefaults key={step.id} call={call} step={step} />}
      <StepInputs step={step} call={call} />
      {step.kind === 'referrals' && (referrals ? <ReferralList referrals={referrals} call={call} now={now} /> : <p class="loading">Loading…</p>)}
      {step.kind === 'file-note' && <FileNote call={call} playbook={playbook} agentName={agentName} />}
      {isRecordStep && <IncidentSave call={call} protocol={protocol} playbook={playbook} agentName={agentName} now={now} />}
    </>
  );
}
