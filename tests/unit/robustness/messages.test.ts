import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { wireSpellSelection, type SpellMenuApi } from '../../../lib/background/spell-selection';
import { receivePanelRequests, type PanelRequest } from '../../../lib/panel-request';
import { runs } from '../../support/runs';

const OWN_ID = 'own-extension-id';

function background() {
  const listeners: Array<(message: unknown, sender: { id?: string }) => void> = [];
  const setValue = vi.fn(async () => {});
  const api: SpellMenuApi = {
    runtime: { id: OWN_ID, onInstalled: { addListener: () => {} }, onMessage: { addListener: (l) => listeners.push(l) } },
    contextMenus: { create: () => {}, removeAll: async () => {}, onClicked: { addListener: () => {} } },
  };
  wireSpellSelection(api, { setValue }, vi.fn(), () => 1);
  const send = (message: unknown, id?: string) => listeners.forEach((listener) => listener(message, { id }));
  return { send, setValue };
}

const validSpell = (message: unknown): message is { type: 'spell-text'; text: string } =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === 'spell-text' &&
  typeof (message as { text?: unknown }).text === 'string' &&
  (message as { text: string }).text.length <= 2000;

describe('messages to the background', () => {
  it('10,000 random messages, from this extension and from others: no crash, and no write but for a valid one of ours', () => {
    const { send, setValue } = background();
    let expectedWrites = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom('spell-text', 'SPELL-TEXT', 'delete', ''), text: fc.oneof(fc.string(), fc.anything()) }),
        ),
        fc.constantFrom(OWN_ID, 'another-extension', undefined, ''),
        (message, sender) => {
          expect(() => send(message, sender)).not.toThrow();
          if (sender === OWN_ID && validSpell(message)) expectedWrites += 1;
          expect(setValue).toHaveBeenCalledTimes(expectedWrites);
        },
      ),
      { numRuns: runs(10_000) },
    );
  });
});

describe('requests stored for the panel', () => {
  it('10,000 random stored values: only well-formed requests are acted on, and each is cleared', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ kind: fc.constantFrom('spell', 'protocol', 'other'), text: fc.anything(), protocol: fc.anything(), at: fc.anything() }),
        ),
        async (stored) => {
          const act = vi.fn();
          const setValue = vi.fn(async () => {});
          receivePanelRequests({ getValue: async () => stored as PanelRequest, setValue, watch: () => () => {} }, act);
          await Promise.resolve();
          await Promise.resolve();
          for (const [request] of act.mock.calls as [PanelRequest][]) {
            expect(['spell', 'protocol']).toContain(request.kind);
            if (request.kind === 'spell') expect(typeof request.text).toBe('string');
            else expect(['abusive-call', 'self-harm']).toContain(request.protocol);
          }
          if (stored !== null && stored !== undefined) expect(setValue).toHaveBeenCalledWith(null);
        },
      ),
      { numRuns: runs(10_000) },
    );
    // Ten thousand rounds of promises: a second alone, more than the 5 s default on a busy machine.
  }, 30_000);
});
