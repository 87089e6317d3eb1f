import { callText } from '../../content/panel-text';
import type { Playbook } from '../../content/schema';
import { useAppState } from '../context/app-state';
import { PlaybookFacts, preloadPlaybookFacts } from '../panel/PlaybookFacts';
import { lazyComponent } from '../ui/lazy';
import { GreetingCard } from './GreetingCard';
import { useCall } from '../context/call';
import './call.css';

// The in-call screens load just after start-up (callScreenPreloads), not before the greeting.
const activeCall = lazyComponent(() => import('./ActiveCall').then((m) => m.ActiveCall));
const ActiveCall = activeCall.Lazy;
// Read from the database, which opens once the greeting is painted: nothing to show before that.
const callBacksDue = lazyComponent(() => import('./CallBacksDue').then((m) => m.CallBacksDue), { quiet: true });
const CallBacksDue = callBacksDue.Lazy;
/** What the call screen loads after the first paint, one load each (see preloadPanelViews). */
export const callScreenPreloads: (() => Promise<unknown>)[] = [activeCall.preload, callBacksDue.preload, preloadPlaybookFacts];

/** The live call: before a call, the greeting and call-backs due; during it, the steps. */
export function CallScreen({ playbook }: { playbook: Playbook }) {
  const app = useAppState();
  const { model } = useCall();
  const call = model.call.value;
  const now = app.now.value;

  if (!call) {
    return (
      <>
        <GreetingCard />
        <div class="actions start-call">
          <button type="button" class="primary" data-main-action aria-keyshortcuts="Alt+C" onClick={() => model.start(app.callKind.value)}>
            Start call
          </button>
          <span class="hint">{callText.startCallHint}</span>
        </div>
        <CallBacksDue now={now} />
        <PlaybookFacts playbook={playbook} />
      </>
    );
  }

  return <ActiveCall call={call} playbook={playbook} />;
}
