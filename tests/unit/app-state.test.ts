import { describe, expect, it } from 'vitest';
import { playbooks, protocols, referralCatalogue } from '../../content';
import { plainOrgConfig } from '../../lib/settings/org-config';
import { createAppState, type SettingsStore } from '../../lib/app-state';
import { localSettingsCache, type SettingsCache } from '../../lib/settings/settings-cache';
import { today } from '../support/now';

const morag = { agentName: 'Morag Innes', playbookId: 'moray', team: '', agentPhone: '', soundCues: false };

function store(value: unknown): SettingsStore {
  return { getValue: async () => value, setValue: async () => {}, watch: () => () => {} };
}

function memoryCache(initial: unknown): SettingsCache & { value: unknown } {
  const cache = {
    value: initial,
    read: () => cache.value,
    write: (settings: unknown) => {
      cache.value = settings;
    },
  };
  return cache;
}

const at14 = () => today(14);

describe('the panel’s settings on start-up', () => {
  it('greets from a valid cached copy before storage answers', () => {
    const state = createAppState({ settings: store(morag), settingsCache: memoryCache(morag), org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: at14 });
    expect(state.greeting.value?.text).toBe('Good Afternoon Moray Housing Partnership, Morag Innes speaking, how can I help you?');
  });

  it('lets the stored settings win over the copy, and updates the copy', async () => {
    const cache = memoryCache(morag);
    const state = createAppState({ settings: store({ ...morag, agentName: 'Morag' }), settingsCache: cache, org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: at14 });
    await state.load();
    expect(state.settings.value?.agentName).toBe('Morag');
    expect(cache.value).toMatchObject({ agentName: 'Morag' });
  });

  it('changes nothing, so nothing re-renders, when storage says what the copy said', async () => {
    const state = createAppState({ settings: store(morag), settingsCache: memoryCache(morag), org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: at14 });
    const seen: unknown[] = [];
    const stop = state.settings.subscribe((value) => seen.push(value));
    await state.load();
    stop();
    expect(seen).toHaveLength(1); // the value at subscription only
  });

  it('clears the copy when storage holds nothing, and shows set-up', async () => {
    const cache = memoryCache(morag);
    const state = createAppState({ settings: store(null), settingsCache: cache, org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: at14 });
    await state.load();
    expect(state.settings.value).toBeNull();
    expect(cache.value).toBeNull();
  });

  it('ignores a damaged copy silently and waits for storage', () => {
    const state = createAppState({ settings: store(morag), settingsCache: memoryCache({ agentName: 7 }), org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: at14 });
    expect(state.loaded.value).toBeNull();
  });

  it('keeps the copy in localStorage as JSON, and survives one that is not', () => {
    const entries = new Map<string, string>();
    const local = {
      getItem: (key: string) => entries.get(key) ?? null,
      setItem: (key: string, value: string) => void entries.set(key, value),
      removeItem: (key: string) => void entries.delete(key),
    } as unknown as Storage;
    const cache = localSettingsCache(local);
    cache.write(morag);
    expect(cache.read()).toEqual(morag);
    entries.set('call-guide:settings', '{not json');
    expect(cache.read()).toBeNull();
    cache.write(null);
    expect(entries.size).toBe(0);
  });
});
