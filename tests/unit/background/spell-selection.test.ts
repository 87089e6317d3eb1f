import { describe, expect, it, vi } from 'vitest';
import { SPELL_MENU_ID, wireSpellSelection, type SpellMenuApi } from '../../../lib/background/spell-selection';
import { acceptMessage } from '../../../lib/messages';
import { receivePanelRequests, type PanelRequest } from '../../../lib/panel-request';

function fakeApi() {
  const installed: Array<() => void> = [];
  const clicked: Array<Parameters<SpellMenuApi['contextMenus']['onClicked']['addListener']>[0]> = [];
  const messages: Array<(message: unknown, sender: { id?: string }) => void> = [];
  const create = vi.fn();
  const removeAll = vi.fn(async () => {});
  const api: SpellMenuApi = {
    runtime: {
      id: 'own-id',
      onInstalled: { addListener: (l) => installed.push(l) },
      onMessage: { addListener: (l) => messages.push(l) },
    },
    contextMenus: { create, removeAll, onClicked: { addListener: (l) => clicked.push(l) } },
  };
  return { api, installed, clicked, messages, create, removeAll };
}

describe('spelling a selection from the CRM page', () => {
  it('adds "Spell with NATO phonetics" to the selection menu on install, the one kept from before removed first (Firefox)', async () => {
    const { api, installed, create, removeAll } = fakeApi();
    wireSpellSelection(api, { setValue: vi.fn() }, vi.fn());
    installed.forEach((l) => l());
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ id: SPELL_MENU_ID, title: 'Spell with NATO phonetics', contexts: ['selection'] }));
    expect(removeAll.mock.invocationCallOrder[0]).toBeLessThan(create.mock.invocationCallOrder[0]!);
  });

  it('opens the guide in the clicked window and hands it the selected text', () => {
    const { api, clicked } = fakeApi();
    const setValue = vi.fn(async () => {});
    const open = vi.fn();
    wireSpellSelection(api, { setValue }, open, () => 42);
    clicked.forEach((l) => l({ menuItemId: SPELL_MENU_ID, selectionText: '  SW1A 1AA ' }, { windowId: 3 }));
    expect(open).toHaveBeenCalledWith(3);
    expect(setValue).toHaveBeenCalledWith({ kind: 'spell', text: 'SW1A 1AA', at: 42, windowId: 3 });
  });

  it('takes the same request from the extension’s own pages, and ignores anything else', () => {
    const { api, messages } = fakeApi();
    const setValue = vi.fn(async () => {});
    wireSpellSelection(api, { setValue }, vi.fn(), () => 1);
    const send = (message: unknown, id?: string) => messages.forEach((l) => l(message, { id }));
    send({ type: 'spell-text', text: 'HRR-204' }, 'own-id');
    send({ type: 'spell-text', text: 'from elsewhere' }, 'another-extension');
    send({ type: 'spell-text', text: 42 }, 'own-id');
    send({ type: 'delete-everything' }, 'own-id');
    send(null, 'own-id');
    expect(setValue).toHaveBeenCalledTimes(1);
    expect(setValue).toHaveBeenCalledWith({ kind: 'spell', text: 'HRR-204', at: 1 });
  });
});

describe('messages', () => {
  it('are accepted only from this extension and in a known shape', () => {
    expect(acceptMessage({ type: 'spell-text', text: 'x' }, { id: 'me' }, 'me')).toEqual({ type: 'spell-text', text: 'x' });
    expect(acceptMessage({ type: 'spell-text', text: 'x' }, {}, 'me')).toBeNull();
    expect(acceptMessage({ type: 'spell-text', text: 'x'.repeat(2001) }, { id: 'me' }, 'me')).toBeNull();
    expect(acceptMessage('spell-text', { id: 'me' }, 'me')).toBeNull();
  });
});

describe('the panel receiving requests', () => {
  it('acts on a waiting request once, then clears it, and takes later ones as they come', async () => {
    let stored: PanelRequest | null = { kind: 'spell', text: 'waiting', at: 1 };
    const watchers: Array<(value: PanelRequest | null) => void> = [];
    const store = {
      getValue: async () => stored,
      setValue: vi.fn(async (value: PanelRequest | null) => {
        stored = value;
      }),
      watch: (callback: (value: PanelRequest | null) => void) => {
        watchers.push(callback);
        return () => {};
      },
    };
    const act = vi.fn();
    receivePanelRequests(store, act);
    await vi.waitFor(() => expect(act).toHaveBeenCalledWith({ kind: 'spell', text: 'waiting', at: 1 }));
    expect(stored).toBeNull();
    watchers.forEach((w) => w({ kind: 'protocol', protocol: 'self-harm', at: 2 }));
    watchers.forEach((w) => w(null));
    await vi.waitFor(() => expect(act.mock.calls.map(([request]) => request.kind)).toEqual(['spell', 'protocol']));
  });

  it('with a panel open in two windows, only the panel of the window it was asked from acts on it', async () => {
    let stored: PanelRequest | null = null;
    const watchers: Array<(value: PanelRequest | null) => void> = [];
    const store = {
      getValue: async () => stored,
      setValue: vi.fn(async (value: PanelRequest | null) => {
        stored = value;
      }),
      watch: (callback: (value: PanelRequest | null) => void) => {
        watchers.push(callback);
        return () => {};
      },
    };
    const inWindow4 = vi.fn();
    const inWindow5 = vi.fn();
    receivePanelRequests(store, inWindow4, Promise.resolve(4));
    receivePanelRequests(store, inWindow5, Promise.resolve(5));
    stored = { kind: 'protocol', protocol: 'self-harm', at: 2, windowId: 5 };
    watchers.forEach((w) => w(stored));
    await vi.waitFor(() => expect(inWindow5).toHaveBeenCalledWith(expect.objectContaining({ protocol: 'self-harm', windowId: 5 })));
    expect(inWindow4).not.toHaveBeenCalled();
    expect(stored).toBeNull();
  });
});
