import { useRef } from 'preact/hooks';
import { GLOBAL_SHORTCUTS, HELP_SHORTCUT, SHORTCUTS } from '../../lib/call/shortcuts';
import { KeyTable } from '../ui/KeyTable';
import { useModal } from '../ui/use-modal';

/** The panel's keyboard shortcuts, shown with `?`. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useModal(close, onClose);
  return (
    <div
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-heading"
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <KeyTable caption="In the guide, even while typing" captionId="shortcuts-panel-heading" rows={[...SHORTCUTS, HELP_SHORTCUT]} />
      <KeyTable caption="From any page, even with the guide closed" captionId="shortcuts-global-heading" rows={GLOBAL_SHORTCUTS} />
      <p class="hint">Change the browser-wide ones at chrome://extensions/shortcuts.</p>
      <button type="button" ref={close} onClick={onClose}>
        Close
      </button>
    </div>
  );
}
