/**
 * The panel's state as a model: signals plus plain action functions, with storage and the clock
 * passed in so tests can build their own (as the Preact signals guide's createAppState). Components
 * read signals; nothing the agent relies on lives only in component state.
 */
import { computed, signal } from '@preact/signals-core';
import type { CallKind, Protocol, ProtocolKind } from '../content/schema';
import { renderGreeting, timeOfDay } from './call/greeting';
import { effectiveHold, locked, withPolicy } from './settings/effective';
import type { OrgConfig } from './settings/org-config';
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
  /** Playbooks, policy and referral directories as the organisation has set them up. */
  org: OrgConfig;
  /** The clock, injected: milliseconds since the epoch. */
  now(): number;
}

export type View = 'guide' | 'spell' | 'settings';

export type SaveResult = { ok: true } | { ok: false; errors: SettingsErrors; failure?: string };

export function createAppState(deps: AppDeps) {
  const now = signal(deps.now());
  const { org } = deps;
  const known = (id: string) => org.findPlaybook(id) !== undefined;
  /** Null while the stored settings are being read. The cache, if valid, stands in until then. */
  const loaded = signal<LoadedSettings | null>(fromCache(deps.settingsCache, known));
  /** Which screen the panel shows; the safeguarding protocols open over any of them. */
  const view = signal<View>('guide');
  /** True in a panel while another window's panel takes the calls (lib/call/live-call-lock.ts). */
  const readOnlyCall = signal(false);
  /** Text handed to the speller (from a caller detail or a selection in the CRM). */
  const spellText = signal('');
  const callKind = signal<CallKind>('new');
  /**
   * A safeguarding protocol asked for and on screen at once, while the call saved before is still
   * being read (the moment the panel opens); null once the protocol runs in the call.
   */
  const opening = signal<ProtocolKind | null>(null);

  const policy = org.policy;
  /** The agent's own settings as stored, before policy. */
  const ownSettings = computed(() => loaded.value?.settings ?? null);
  const settings = computed(() => withPolicy(ownSettings.value, policy.value));
  const notice = computed(() => loaded.value?.notice ?? null);
  const playbook = computed(() => (settings.value ? org.findPlaybook(settings.value.playbookId) : undefined));
  /** The referral services that serve this organisation's callers. */
  const referrals = computed(() => (playbook.value ? org.referralsOf(playbook.value) : undefined));
  const hold = computed(() => (playbook.value ? effectiveHold(playbook.value.hold, settings.value, policy.value) : null));
  // Derived from the hour, so the greeting re-renders when morning turns to afternoon, not every tick.
  const partOfDay = computed(() => timeOfDay(new Date(now.value)));
  const greeting = computed(() => {
    const book = playbook.value;
    const mine = settings.value;
    if (!book || !mine) return null;
    void partOfDay.value; // subscribe to the hour, read the exact time without subscribing
    return renderGreeting(book, mine, new Date(now.peek()), callKind.value);
  });

  /**
   * Reads the stored settings alongside the organisation's set-up, and judges them once both are
   * in (a stored organisation may be an imported pack).
   */
  async function load(): Promise<void> {
    const read = deps.settings.getValue().catch(() => Symbol('unreadable'));
    const [raw] = await Promise.all([read, org.load()]);
    accept(parseStoredSettings(raw, known));
  }

  /**
   * The stored settings are the truth; the cache follows them. When they say what the cache said
   * (nearly always, at start-up), nothing changes and nothing re-renders.
   */
  function accept(next: LoadedSettings) {
    if (JSON.stringify(loaded.peek()) === JSON.stringify(next)) return;
    loaded.value = next;
    deps.settingsCache?.write(next.settings);
  }

  function watch(): () => void {
    const stops = [deps.settings.watch((raw) => accept(parseStoredSettings(raw, known))), org.watch()];
    return () => stops.forEach((stop) => stop());
  }

  /** Saves a whole form or one section of settings; locked values stay as the policy sets them. */
  async function saveSettings(input: Partial<SettingsInput>, options: { stay?: boolean } = {}): Promise<SaveResult> {
    const fromPolicy = policy.value;
    const own = ownSettings.value;
    const viewBefore = view.peek();
    // A locked setting keeps the policy's value, or the agent's own when the policy's was invalid.
    const kept = (key: 'team' | 'greetingLanguage') => (locked(fromPolicy, key) && own ? { [key]: own[key] } : {});
    const merged = {
      ...(own ?? {}),
      ...input,
      ...kept('team'),
      ...kept('greetingLanguage'),
      ...(fromPolicy?.organisation ? { playbookId: fromPolicy.organisation } : {}),
    } as SettingsInput;
    const result = validateSettings(merged, org.findPlaybook);
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
    // Back to the guide, unless something moved the view while saving (text sent to spell).
    if (!options.stay && view.peek() === viewBefore) view.value = 'guide';
    return { ok: true };
  }

  /**
   * The procedure a protocol run follows: the one it started with, or (for a call saved before
   * runs named theirs) the playbook's for that kind of call.
   */
  function procedureOf(run: { protocolId: ProtocolKind; procedureId?: string } | null | undefined): Protocol | undefined {
    if (!run) return undefined;
    const book = playbook.peek();
    return (run.procedureId ? org.findProcedure(run.procedureId) : undefined) ?? (book ? org.procedureFor(book, run.protocolId) : undefined);
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
    org,
    settings,
    ownSettings,
    policy,
    referrals,
    hold,
    notice,
    playbook,
    greeting,
    callKind,
    opening,
    view,
    readOnlyCall,
    spellText,
    spell,
    procedureOf,
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
