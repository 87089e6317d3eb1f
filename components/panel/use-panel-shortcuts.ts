import { useLayoutEffect } from 'preact/hooks';
import {
  askToHold,
  checkedIn,
  goToStage,
  holdAgreed,
  nextStage,
  openActivity,
  resumeCall,
  type CallData,
  type Stage,
} from '../../lib/call/call';
import { holdBlockedReason } from '../../lib/call/protocol-state';
import { shortcutFor, type ShortcutAction } from '../../lib/call/shortcuts';
import { chooseRoute, emergencyCalled, goToStep, stepOfKind } from '../../lib/protocols/run';
import { useCall } from '../context/call';
import { useAppState } from '../context/app-state';

const STAGE_ACTIONS: Partial<Record<ShortcutAction, Stage>> = {
  'stage-greeting': 'greeting',
  'stage-caller': 'caller',
  'stage-enquiry': 'enquiry',
  'stage-close': 'close',
};

/**
 * The safeguarding protocols show on screen at once even while the saved call is being read, and
 * run in it once it has been (lib/guide.ts openProtocol), after any key pressed before them.
 */
const SHOWN_AT_ONCE: ReadonlySet<ShortcutAction> = new Set(['abusive', 'self-harm']);

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest?.('input, textarea, select, [contenteditable="true"]'));
}

/** The panel's keyboard shortcuts (lib/call/shortcuts.ts), acting on the live call. */
interface Handlers {
  onHelp(): void;
  onToggleDoDont(): void;
  /** Says why a shortcut did nothing (hold refused during the self-harm protocol). */
  onRefused(reason: string): void;
}

export function usePanelShortcuts({ onHelp, onToggleDoDont, onRefused }: Handlers) {
  const app = useAppState();
  const { model, openProtocol } = useCall();

  // Listening from the moment the panel is on screen: an effect runs only after the paint, and the
  // work that follows the first paint (the views loading) can hold it back while keys are pressed.
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      const action = shortcutFor(event, isTyping(event.target));
      if (!action || !app.settings.value) return;
      if (model.isRestoring() && !SHOWN_AT_ONCE.has(action)) {
        // Keys pressed in the moment the panel opens (Alt+C then Alt+N, quicker than the saved
        // call is read) are applied in order once it has been read, none lost.
        event.preventDefault();
        model.afterRestore(() => void run(action));
        return;
      }
      const handled = run(action);
      if (handled) event.preventDefault();
    }

    function onCall(transition: (call: CallData, now: number) => CallData): boolean {
      if (!model.call.value) return false;
      app.view.value = 'guide';
      model.update(transition);
      return true;
    }

    function run(action: ShortcutAction): boolean {
      const stage = STAGE_ACTIONS[action];
      if (stage) return onCall((c, now) => goToStage({ ...c, activity: null }, now, stage));
      switch (action) {
        case 'help':
          onHelp();
          return true;
        case 'spell':
          app.view.value = 'spell';
          return true;
        case 'hold': {
          const current = model.call.value;
          const blocked = holdBlockedReason(current);
          if (blocked && current && !current.hold) {
            onRefused(blocked);
            return true;
          }
          return onCall((c, now) => (c.hold || c.askingHold ? resumeCall(c, now) : askToHold(c, now)));
        }
        case 'start-call':
          if (model.call.value || !app.playbook.value) return false;
          app.view.value = 'guide';
          model.start(app.callKind.value);
          return true;
        case 'main-action':
          return pressOnScreen('[data-main-action]');
        case 'emergency-called':
          return emergency();
        case 'end-call':
          return endCall();
        case 'abusive':
          openProtocol('abusive-call');
          return true;
        case 'self-harm':
          openProtocol('self-harm');
          return true;
        case 'do-dont':
          onToggleDoDont();
          return true;
        case 'agree-hold':
          return onCall(holdAgreed);
        case 'checked-in':
          return onCall(checkedIn);
        case 'next':
          return onCall(nextStage);
        case 'transfer':
          return onCall((c, now) => openActivity(c, now, 'transfer'));
        case 'message':
          return onCall((c, now) => openActivity(c, now, 'message'));
      }
      return false;
    }

    /** Presses the button on screen that does this, so its guards (disabled, confirmations) hold. */
    function pressOnScreen(selector: string): boolean {
      const button = document.querySelector<HTMLButtonElement>(selector);
      if (!button || button.disabled) return false;
      button.click();
      return true;
    }

    /** Self-harm: the first press opens the 999 route (SH-5), the next records that 999 was called. */
    function emergency(): boolean {
      const call = model.call.value;
      const run = call?.protocol;
      if (!call || !run?.open || run.protocolId !== 'self-harm' || run.callEnded) return false;
      const protocol = app.procedureOf(run);
      if (!protocol) return false;
      if (run.route !== 'emergency') model.update((c, now) => chooseRoute(c, now, protocol, 'emergency'));
      else if (run.emergencyCalledAt === null) model.update(emergencyCalled);
      return true;
    }

    /** The step that ends the call, then its button; an ordinary call goes to Close first. */
    function endCall(): boolean {
      if (pressOnScreen('[data-end-call]')) return true;
      const call = model.call.value;
      if (!call) return false;
      const run = call.protocol;
      if (run?.open) {
        const protocol = app.procedureOf(run);
        const ending = protocol && stepOfKind(protocol, 'end-call');
        if (!ending || run.callEnded) return false;
        model.update((c) => goToStep(c, ending.id));
        return true;
      }
      return onCall((c, now) => goToStage({ ...c, activity: null }, now, 'close'));
    }

    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [app, model, openProtocol, onHelp, onToggleDoDont, onRefused]);
}
