/**
 * The panel's state as a model: signals plus plain action functions, with storage and the clock
 * passed in so tests can build their own (STYLE.md 6). Components read signals; nothing the agent
 * relies on lives only in component state.
 */
import { computed, signal } from '@preact/signals-core';
import type { CallKind, Playbook } from '../content/schema';
import { renderGreeting, timeOfDay } from './call/greeting';
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
  findPlaybook(id: string): Playbook | undefined;
  /** The clock, injected: milliseconds since the epoch. */
  now(): number;
}

export type View = 'guide' | 'spell' | 'settings';

export type SaveResult = { ok: true } | { ok: false; errors: SettingsErrors; failure?: string };

export function createAppState(deps: AppDeps) {
  const now = signal(deps.now());
  /** Null while the stored settings are being read. */
  const loaded = signal<LoadedSettings | null>(null);
  /** Which screen the panel shows; the safeguarding protocols open over any of them. */
  const view = signal<View>('guide');
  /** Text handed to the speller (from a caller detail or a selection in the CRM). */
  const spellText = signal('');
  const callKind = signal<CallKind>('new');

  const known = (id: string) => deps.findPlaybook(id) !== undefined;
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
    loaded.value = parseStoredSettings(raw, known);
  }

  function watch(): () => void {
    return deps.settings.watch((raw) => {
      loaded.value = parseStoredSettings(raw, known);
    });
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
    loaded.value = { settings: result.settings, notice: null };
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

function describeError(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'storage error';
}
