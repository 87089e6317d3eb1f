/**
 * Text sent to the speller from outside the panel (the CRM page's context menu): the background
 * stores it, the panel shows it and clears it. Session storage: a selection is worth nothing after
 * the browser restarts.
 */
import { storage } from 'wxt/utils/storage';

export interface SpellRequest {
  text: string;
  at: number;
}

export const spellRequestItem = storage.defineItem<SpellRequest | null>('session:spellRequest', { fallback: null });

export interface SpellRequestStore {
  getValue(): Promise<SpellRequest | null>;
  setValue(value: SpellRequest | null): Promise<void>;
  watch(callback: (value: SpellRequest | null) => void): () => void;
}

/** Panel side: hand each request to the speller once. */
export function receiveSpellRequests(store: SpellRequestStore, spell: (text: string) => void): () => void {
  const take = (request: SpellRequest | null) => {
    if (!request) return;
    spell(request.text);
    void store.setValue(null);
  };
  void store.getValue().then(take);
  return store.watch(take);
}
