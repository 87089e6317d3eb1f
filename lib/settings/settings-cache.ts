/**
 * A synchronous copy of the agent's settings in the panel's localStorage, so the greeting is on
 * screen in the first render instead of after an extension-storage round trip. The extension
 * storage stays the source of truth: the panel reads it straight after and replaces the copy.
 * Only the name, organisation, team and direct number are held, never anything about a caller.
 */
export interface SettingsCache {
  read(): unknown;
  write(settings: unknown): void;
}

const KEY = 'call-guide:settings';

export function localSettingsCache(store: Storage | undefined = globalThis.localStorage): SettingsCache {
  return {
    read() {
      try {
        const text = store?.getItem(KEY);
        return text ? JSON.parse(text) : null;
      } catch {
        return null;
      }
    },
    write(settings) {
      try {
        if (settings === null) store?.removeItem(KEY);
        else store?.setItem(KEY, JSON.stringify(settings));
      } catch {
        // A full or disabled localStorage only costs the fast first render.
      }
    },
  };
}
