import { useEffect } from 'preact/hooks';
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
import { shortcutFor, type ShortcutAction } from '../../lib/call/shortcuts';
import { useCall } from '../call/call-context';
import { useAppState } from './app-context';

const STAGE_ACTIONS: Partial<Record<ShortcutAction, Stage>> = {
  'stage-greeting': 'greeting',
  'stage-caller': 'caller',
  'stage-enquiry': 'enquiry',
  'stage-close': 'close',
};

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest?.('input, textarea, select, [contenteditable="true"]'));
}

/** The panel's keyboard shortcuts (lib/call/shortcuts.ts), acting on the live call. */
export function usePanelShortcuts({ onHelp }: { onHelp(): void }) {
  const app = useAppState();
  const { model } = useCall();

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const action = shortcutFor(event, isTyping(event.target));
      if (!action || !app.settings.value) return;
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
        case 'hold':
          return onCall((c, now) => (c.hold || c.askingHold ? resumeCall(c, now) : askToHold(c, now)));
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
        default:
          // The safeguarding protocols' keys are reserved here and handled by their own controls.
          return false;
      }
    }

    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [app, model, onHelp]);
}
