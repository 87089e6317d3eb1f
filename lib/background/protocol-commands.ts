/**
 * Keyboard commands that open a safeguarding protocol from anywhere, even with focus in the CRM
 * page: the guide opens (inside the key press, a user gesture) with the protocol in front.
 */
import type { PanelRequestStore } from '../panel-request';
import type { ProtocolId } from '../call/protocol-state';

export const PROTOCOL_COMMANDS: Record<string, ProtocolId> = {
  'abusive-caller': 'abusive-call',
  'self-harm': 'self-harm',
};

export interface CommandApi {
  commands: { onCommand: { addListener(listener: (command: string, tab?: { windowId?: number }) => void): void } };
}

export function wireProtocolCommands(
  api: CommandApi,
  store: Pick<PanelRequestStore, 'setValue'>,
  openGuide: (windowId: number | undefined) => void,
  now: () => number = Date.now,
): void {
  api.commands.onCommand.addListener((command, tab) => {
    const protocol = PROTOCOL_COMMANDS[command];
    if (!protocol) return;
    openGuide(tab?.windowId);
    void store.setValue({ kind: 'protocol', protocol, at: now(), windowId: tab?.windowId });
  });
}
