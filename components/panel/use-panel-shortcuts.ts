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
import { loadsUnderWay } from '../ui/lazy';

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

/** Shortcuts that press a button on screen: queued behind other keys, they wait for the screen to catch up. */
const ON_SCREEN: ReadonlySet<ShortcutAction> = new Set(['main-action', 'end-call']);

/** The next task: by then what the last key changed is on screen (Preact renders in a microtask). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
    let live = true;
    /** Keys pressed quicker than the screen could follow, applied in order (drain). */
    const queued: ShortcutAction[] = [];
    let draining = false;

    function onKey(event: KeyboardEvent) {
      const action = shortcutFor(event, isTyping(event.target));
      if (!action || !app.settings.value) return;
      // Keys pressed in the moment the panel opens (Alt+C, Alt+A, then Alt+Enter twice, quicker
      // than the saved call is read) are applied in order once it has been read, none lost, and
      // so are keys pressed while those are being applied.
      const wait = model.isRestoring() ? !SHOWN_AT_ONCE.has(action) : draining;
      if (wait) {
        event.preventDefault();
        enqueue(action);
        return;
      }
      if (run(action)) event.preventDefault();
      else if (ON_SCREEN.has(action) && loadsUnderWay()) {
        // Its button is in a part of the guide still loading (the step's save, a moment after
        // the protocol opens): pressed once it is in.
        event.preventDefault();
        enqueue(action);
      }
    }

    function enqueue(action: ShortcutAction) {
      queued.push(action);
      if (draining) return;
      draining = true;
      model.afterRestore(() => void drain());
    }

    /**
     * Applies the queued keys in order. A key that presses a button on screen waits until what the
     * keys before it changed is on screen (and any part still loading is in): the second Alt+Enter
     * presses the next step's button, not the one the first pressed.
     */
    async function drain() {
      for (let action = queued.shift(); action && live; action = queued.shift()) {
        if (ON_SCREEN.has(action)) {
          await nextTask();
          if (!live) break;
          if (run(action)) continue;
          const loads = loadsUnderWay();
          if (!loads) continue;
          await loads;
          await nextTask();
          if (live) run(action);
        } else run(action);
      }
      draining = false;
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
    return () => {
      live = false;
      document.removeEventListener('keydown', onKey);
    };
  }, [app, model, openProtocol, onHelp, onToggleDoDont, onRefused]);
}
