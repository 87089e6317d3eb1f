import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CallModel } from '../../lib/call/session';
import type { DatabaseHandle } from '../../lib/db-handle';
import type { ProtocolId } from '../../lib/call/protocol-state';
import type { Guide } from '../../lib/guide';
import type { CrmApi } from '../../lib/crm/fill';
import type { ClipboardWriter } from '../ui/CopyButton';

export interface CallServices {
  model: CallModel;
  db: DatabaseHandle;
  /** Draft save state, shown so the agent knows the notes are safe. */
  saveState: { value: 'saved' | 'pending' | 'error' };
  saveError: { value: string | null };
  clipboard: ClipboardWriter | undefined;
  /** A short tone for hold cues, made in the page (no audio files). */
  playCue(): void;
  /** Opens a safeguarding protocol in front of everything (starting a call if none is live). */
  openProtocol(id: ProtocolId): void;
  /** The browser APIs "Fill from CRM" uses; absent where the browser has none. */
  crm?: CrmApi;
  /** Opens the browser's own keyboard-shortcut settings. */
  openShortcutSettings?: () => void;
}

export const CallContext = createContext<CallServices | null>(null);

export function useCall(): CallServices {
  const services = useContext(CallContext);
  if (!services) throw new Error('useCall needs a CallContext provider');
  return services;
}

/** The services the call's components use, from the guide and the page's own clipboard and sound. */
export function callServices(
  guide: Guide,
  db: DatabaseHandle,
  page: Pick<CallServices, 'clipboard' | 'playCue' | 'crm' | 'openShortcutSettings'>,
): CallServices {
  return {
    model: guide.call,
    db,
    saveState: guide.drafts.state,
    saveError: guide.drafts.error,
    openProtocol: guide.openProtocol,
    ...page,
  };
}
