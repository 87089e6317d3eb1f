/**
 * The panel's state as a model: signals plus plain action functions, with storage and the clock
 * passed in so tests can build their own (STYLE.md 6). Components read signals; nothing the agent
 * relies on lives only in component state.
 */
import { computed, signal } from '@preact/signals-core';
import type { CallKind, Playbook } from '../content/schema';
import { renderGreeting, timeOfDay } from './call/greeting';
import type { SettingsCache } from './settings/settings-cache';
import {
  parseStoredSettings,
  validateSettings,
  type LoadedSettings,
  type SettingsErrors,
  type SettingsInput,
} from './settings/settings';

export interface SettingsStore {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

export interface AppDeps {
  settings: SettingsStore;
  /** A synchronous copy of the settings, so the first render can greet without waiting. */
  settingsCache?: SettingsCache;
  findPlaybook(id: string): Playbook | undefined;
  /** The clock, injected: milliseconds since the epoch. */
  now(): number;
}

export type View = 'guide' | 'spell' | 'settings';

export type SaveResult = { ok: true } | { ok: false; errors: SettingsErrors; failure?: string };

export function createAppState(deps: AppDeps) {
  const now = signal(deps.now());
  const known = (id: string) => deps.findPlaybook(id) !== undefined;
  /** Null while the stored settings are being read. The cache, if valid, stands in until then. */
  const loaded = signal<LoadedSettings | null>(fromCache(deps.settingsCache, known));
  /** Which screen the panel shows; the safeguarding protocols open over any of them. */
  const view = signal<View>('guide');
  /** Text handed to the speller (from a caller detail or a selection in the CRM). */
  const spellText = signal('');
  const callKind = signal<CallKind>('new');

  const settings = computed(() => loaded.value?.settings ?? null);
  const notice = computed(() => loaded.value?.notice ?? null);
  const playbook = computed(() => (settings.value ? deps.findPlaybook(settings.value.playbookId) : undefined));
  // Derived from the hour, so the greeting re-renders when morning turns to afternoon, not every tick.
  const partOfDay = computed(() => timeOfDay(new Date(now.value)));
  const greeting = computed(() => {
    const book = playbook.value;
    const mine = settings.value;
    if (!book || !mine) return null;
    void partOfDay.value; // subscribe to the hour, read the exact time without subscribing
    return renderGreeting(book, mine, new Date(now.peek()), callKind.value);
  });

  async function load(): Promise<void> {
    let raw: unknown;
    try {
      raw = await deps.settings.getValue();
    } catch {
      raw = Symbol('unreadable');
    }
    accept(parseStoredSettings(raw, known));
  }

  /** The stored settings are the truth; the cache follows them. */
  function accept(next: LoadedSettings) {
    loaded.value = next;
    deps.settingsCache?.write(next.settings);
  }

  function watch(): () => void {
    return deps.settings.watch((raw) => accept(parseStoredSettings(raw, known)));
  }

  async function saveSettings(input: SettingsInput): Promise<SaveResult> {
    const result = validateSettings(input, known);
    if (!result.ok) return result;
    try {
      await deps.settings.setValue(result.settings);
    } catch (error) {
      return {
        ok: false,
        errors: {},
        failure: `Your settings could not be saved (${describeError(error)}). What you typed is still here; try again.`,
      };
    }
    accept({ settings: result.settings, notice: null });
    view.value = 'guide';
    return { ok: true };
  }

  function spell(text: string): void {
    spellText.value = text;
    view.value = 'spell';
  }

  function tick(): void {
    now.value = deps.now();
  }

  return {
    now,
    loaded,
    settings,
    notice,
    playbook,
    greeting,
    callKind,
    view,
    spellText,
    spell,
    load,
    watch,
    saveSettings,
    tick,
  };
}

export type AppState = ReturnType<typeof createAppState>;

/** Settings from the cache only if they validate; a bad cache is ignored, never shown as a notice. */
function fromCache(cache: SettingsCache | undefined, known: (id: string) => boolean): LoadedSettings | null {
  const loaded = parseStoredSettings(cache?.read() ?? null, known);
  return loaded.settings ? loaded : null;
}

function describeError(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'storage error';
}
