/**
 * Requests to the panel from outside it: text to spell (the context menu on the CRM page) or a
 * safeguarding protocol to open (its keyboard command, even with focus in the CRM). The background
 * stores the request, the panel acts on it and clears it. Session storage: a request is worth
 * nothing after the browser restarts.
 */
import { storage } from 'wxt/utils/storage';
import type { ProtocolId } from './protocols/run';

export type PanelRequest =
  | { kind: 'spell'; text: string; at: number }
  | { kind: 'protocol'; protocol: ProtocolId; at: number };

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
  if (request.kind === 'spell') return typeof request.text === 'string' && request.text.length <= 2000;
  return request.kind === 'protocol' && (request.protocol === 'abusive-call' || request.protocol === 'self-harm');
}

/** Panel side: act on each request once, then clear it. */
export function receivePanelRequests(store: PanelRequestStore, act: (request: PanelRequest) => void): () => void {
  const take = (request: unknown) => {
    if (request === null || request === undefined) return;
    if (isPanelRequest(request)) act(request);
    void store.setValue(null);
  };
  void store.getValue().then(take);
  return store.watch(take);
}
