/**
 * "Spell with NATO phonetics" on text selected in any page (the CRM): the context menu hands over
 * the selection, so no host permission is needed. The panel opens (inside the click, a user
 * gesture) and shows the spelling.
 */
import { acceptMessage, type Sender } from '../messages';
import type { PanelRequestStore } from '../panel-request';

export const SPELL_MENU_ID = 'spell-selection';

export interface SpellMenuApi {
  runtime: {
    id: string;
    onInstalled: { addListener(listener: () => void): void };
    onMessage: { addListener(listener: (message: unknown, sender: Sender) => void): void };
  };
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    removeAll(): Promise<void>;
    onClicked: {
      addListener(listener: (info: { menuItemId: string | number; selectionText?: string }, tab?: { windowId?: number }) => void): void;
    };
  };
}

export function wireSpellSelection(
  api: SpellMenuApi,
  store: Pick<PanelRequestStore, 'setValue'>,
  openGuide: (windowId: number | undefined) => void,
  now: () => number = Date.now,
): void {
  // Firefox keeps an MV3 extension's menus through an update or reinstall, and refuses one made
  // again with the same id ("already exists"), so the old one goes first.
  api.runtime.onInstalled.addListener(() => {
    void api.contextMenus
      .removeAll()
      .catch(() => {})
      .then(() => api.contextMenus.create({ id: SPELL_MENU_ID, title: 'Spell with NATO phonetics', contexts: ['selection'] }));
  });
  const request = (text: string, windowId?: number) => void store.setValue({ kind: 'spell', text: text.trim(), at: now(), windowId });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SPELL_MENU_ID || !info.selectionText) return;
    openGuide(tab?.windowId);
    request(info.selectionText, tab?.windowId);
  });
  // The same request from the extension's own pages (and its tests), checked like any message.
  api.runtime.onMessage.addListener((raw, sender) => {
    const message = acceptMessage(raw, sender, api.runtime.id);
    if (message?.type === 'spell-text') request(message.text);
  });
}
