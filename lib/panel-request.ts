/**
 * Requests to the panel from outside it: text to spell (the context menu on the CRM page) or a
 * safeguarding protocol to open (its keyboard command, even with focus in the CRM). The background
 * stores the request, the panel acts on it and clears it. Session storage: a request is worth
 * nothing after the browser restarts.
 */
import { storage } from 'wxt/utils/storage';
import type { ProtocolId } from './call/protocol-state';

/** `windowId`: the browser window it was asked from; only the panel in that window acts on it. */
export type PanelRequest =
  | { kind: 'spell'; text: string; at: number; windowId?: number }
  | { kind: 'protocol'; protocol: ProtocolId; at: number; windowId?: number };

let item: ReturnType<typeof define> | null = null;
const define = () => storage.defineItem<PanelRequest | null>('session:panelRequest', { fallback: null });
/** Defined on first use, so the panel's start-up reads the settings before anything else. */
export const panelRequestItem = () => (item ??= define());

export interface PanelRequestStore {
  getValue(): Promise<PanelRequest | null>;
  setValue(value: PanelRequest | null): Promise<void>;
  watch(callback: (value: PanelRequest | null) => void): () => void;
}

/** Only a well-formed request is acted on; anything else in storage is cleared and ignored. */
export function isPanelRequest(value: unknown): value is PanelRequest {
  const request = value as Partial<Record<string, unknown>> | null;
  if (!request || typeof request !== 'object' || typeof request.at !== 'number') return false;
  if (request.windowId !== undefined && typeof request.windowId !== 'number') return false;
  if (request.kind === 'spell') return typeof request.text === 'string' && request.text.length <= 2000;
  return request.kind === 'protocol' && (request.protocol === 'abusive-call' || request.protocol === 'self-harm');
}

/**
 * Panel side: act on each request once, then clear it. A request for another window's panel (a
 * panel is open in each) is left for that one; `windowId` resolves to this panel's window.
 */
export function receivePanelRequests(
  store: PanelRequestStore,
  act: (request: PanelRequest) => void,
  windowId: Promise<number | undefined> = Promise.resolve(undefined),
): () => void {
  const take = async (request: unknown) => {
    if (request === null || request === undefined) return;
    // Only a request from a window is checked against this panel's (asking the browser takes a moment).
    if (isPanelRequest(request) && request.windowId !== undefined) {
      const mine = await windowId;
      if (mine !== undefined && request.windowId !== mine) return;
    }
    if (isPanelRequest(request)) act(request);
    void store.setValue(null);
  };
  void store.getValue().then(take);
  return store.watch((request) => void take(request));
}
