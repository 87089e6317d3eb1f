import { useEffect, useRef } from 'preact/hooks';
import { GLOBAL_COMMANDS, SHORTCUTS } from '../../lib/call/shortcuts';

/** The panel's keyboard shortcuts, shown with `?`. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    // Escape closes the list wherever focus is, even if a click moved it to the page.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus();
    };
  }, [onClose]);
  return (
    <div
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-heading"
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table aria-labelledby="shortcuts-panel-heading">
        <caption id="shortcuts-panel-heading">In the guide, even while typing</caption>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.code}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.description}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>?</kbd>
            </th>
            <td>This list (when not typing)</td>
          </tr>
        </tbody>
      </table>
      <table aria-labelledby="shortcuts-global-heading">
        <caption id="shortcuts-global-heading">From any page, even with the guide closed</caption>
        <tbody>
          {Object.entries(GLOBAL_COMMANDS).map(([name, command]) => (
            <tr key={name}>
              <th scope="row">
                <kbd>{command.keys}</kbd>
              </th>
              <td>{command.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">Change the browser-wide ones at chrome://extensions/shortcuts.</p>
      <button type="button" ref={close} onClick={onClose}>
        Close
      </button>
    </div>
  );
}
