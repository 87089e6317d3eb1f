import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import { goToStage, nextStage, openActivity, STAGES, type CallData, type Stage } from '../../lib/call/call';
import type { ComposeContext } from '../../lib/call/compose';
import { useAppState } from '../context/app-state';
import { CallerStage } from './CallerStage';
import { ClosePanel } from './ClosePanel';
import { EnquiryStage } from './EnquiryStage';
import { GreetingCard } from './GreetingCard';
import { IncidentOffer } from './IncidentOffer';
import { MessagePanel } from './MessagePanel';
import { TransferPanel } from './TransferPanel';
import { useCall } from '../context/call';

const STAGE_LABELS: Record<Stage, string> = { greeting: 'Greeting', caller: 'Caller', enquiry: 'Enquiry', close: 'Close' };

/** A call in progress: the hold control, the steps, and transfer, message and call-back. */
export function ActiveCall({ call, playbook }: { call: CallData; playbook: Playbook }) {
  const app = useAppState();
  const { model } = useCall();
  const settings = app.settings.value!;
  const now = app.now.value;
  const context: ComposeContext = { playbook, agentName: settings.agentName, agentPhone: settings.agentPhone };
  const body = useRef<HTMLDivElement>(null);
  // Each stage, transfer or message starts at its heading: focus goes there, not to the page. In
  // the commit itself, not after the paint, so a key pressed straight after lands where it should.
  useLayoutEffect(() => focusHeading(body.current), [call.stage, call.activity]);
  return (
    <div class="call" ref={body}>
      <IncidentOffer call={call} />
      <nav aria-label="Call steps" class="stages">
        {STAGES.map((stage, index) => (
          <button
            key={stage}
            type="button"
            aria-current={call.stage === stage && !call.activity ? 'step' : undefined}
            aria-keyshortcuts={`Alt+${index + 1}`}
            onClick={() => model.update((c, at) => closeAndGo(c, at, stage))}
          >
            {STAGE_LABELS[stage]}
          </button>
        ))}
      </nav>
      <CallBody call={call} playbook={playbook} context={context} now={now} />
      {!call.activity && (
        <div class="actions call-actions">
          {call.stage !== 'close' && (
            <button type="button" class="primary" data-main-action aria-keyshortcuts="Alt+N Alt+Enter" onClick={() => model.update(nextStage)}>
              Next step
            </button>
          )}
          <button type="button" aria-keyshortcuts="Alt+T" onClick={() => model.update((c, at) => openActivity(c, at, 'transfer'))}>
            Transfer
          </button>
          <button type="button" aria-keyshortcuts="Alt+M" onClick={() => model.update((c, at) => openActivity(c, at, 'message'))}>
            Message or call-back
          </button>
        </div>
      )}
    </div>
  );
}

/** Focuses the first heading of the stage on screen, scrolled to the top of the panel. */
export function focusHeading(container: HTMLElement | null) {
  const heading = container?.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.tabIndex = -1;
  window.scrollTo({ top: 0 });
  heading.focus({ preventScroll: true });
}

function closeAndGo(call: CallData, now: number, stage: Stage): CallData {
  return goToStage({ ...call, activity: null }, now, stage);
}

interface BodyProps {
  call: CallData;
  playbook: Playbook;
  context: ComposeContext;
  now: number;
}

function CallBody({ call, playbook, context, now }: BodyProps) {
  const app = useAppState();
  const { model } = useCall();
  if (call.activity === 'transfer') return <TransferPanel call={call} playbook={playbook} />;
  if (call.activity === 'message') return <MessagePanel call={call} context={context} now={now} />;
  switch (call.stage) {
    case 'greeting':
      return <GreetingCard fixedKind={call.kind} />;
    case 'caller':
      return <CallerStage call={call} playbook={playbook} onSpell={app.spell} />;
    case 'enquiry':
      return <EnquiryStage call={call} playbook={playbook} />;
    case 'close':
      return <ClosePanel call={call} context={context} now={now} onEnd={() => void model.end()} />;
  }
}
