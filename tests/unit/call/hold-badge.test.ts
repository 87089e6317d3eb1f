import { describe, expect, it, vi } from 'vitest';
import { askToHold, checkedIn, holdAgreed, resumeCall } from '../../../lib/call/call';
import { HOLD_BADGE_ALARM, syncHoldStart, wireHoldBadge, type BadgeApi, type HoldStartStore } from '../../../lib/call/hold-badge';
import { createCallModel } from '../../../lib/call/session';

const T0 = new Date(2026, 10, 30, 14, 0).getTime();
const MINUTE = 60_000;

/** The stored hold start, shared by panel and background; watchers hear every write. */
function fakeStore(initial: number | null = null, failWrites = false) {
  const watchers: ((value: number | null) => void)[] = [];
  const store = {
    value: initial,
    writes: [] as (number | null)[],
    getValue: vi.fn(async () => store.value),
    setValue: async (value: number | null) => {
      if (failWrites) throw new Error('storage unavailable');
      store.value = value;
      store.writes.push(value);
      for (const watcher of watchers) watcher(value);
    },
    watch: (callback: (value: number | null) => void) => {
      watchers.push(callback);
      return () => watchers.splice(watchers.indexOf(callback), 1);
    },
  };
  return store satisfies HoldStartStore;
}

function fakeApi() {
  let listener: ((alarm: { name: string }) => void) | null = null;
  const api = {
    action: {
      setBadgeText: vi.fn(async (_details: { text: string }) => {}),
      setBadgeBackgroundColor: vi.fn(async (_details: { color: string }) => {}),
    },
    alarms: {
      create: vi.fn(async (_name: string, _info: { periodInMinutes: number }) => {}),
      clear: vi.fn(async (_name: string) => true),
      onAlarm: { addListener: (callback: (alarm: { name: string }) => void) => (listener = callback) },
    },
  } satisfies BadgeApi;
  const badge = () => api.action.setBadgeText.mock.calls.at(-1)?.[0].text;
  const fire = (name: string) => listener?.({ name });
  return { api, badge, fire };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the toolbar badge (background)', () => {
  it('shows the minutes on hold and keeps an alarm to refresh them', async () => {
    const { api, badge } = fakeApi();
    wireHoldBadge(api, fakeStore(T0), () => T0 + 3 * MINUTE);
    await settle();
    expect(badge()).toBe('3m');
    expect(api.action.setBadgeBackgroundColor).toHaveBeenCalled();
    expect(api.alarms.create).toHaveBeenCalledWith(HOLD_BADGE_ALARM, { periodInMinutes: 0.5 });
    expect(api.alarms.clear).not.toHaveBeenCalled();
  });

  it('refreshes the minutes on each alarm tick, and ignores other alarms', async () => {
    let now = T0 + 3 * MINUTE;
    const { api, badge, fire } = fakeApi();
    wireHoldBadge(api, fakeStore(T0), () => now);
    await settle();
    now = T0 + 4 * MINUTE + 30_000;
    fire(HOLD_BADGE_ALARM);
    await settle();
    expect(badge()).toBe('4m');
    now = T0 + 9 * MINUTE;
    const calls = api.action.setBadgeText.mock.calls.length;
    fire('something-else');
    await settle();
    expect(api.action.setBadgeText).toHaveBeenCalledTimes(calls);
  });

  it('shows nothing and sets no alarm when no one is on hold', async () => {
    const { api, badge } = fakeApi();
    wireHoldBadge(api, fakeStore(null), () => T0);
    await settle();
    expect(badge()).toBe('');
    expect(api.alarms.create).not.toHaveBeenCalled();
  });

  it('follows the panel: starts when a hold starts, clears badge and alarm when it ends', async () => {
    let now = T0;
    const store = fakeStore(null);
    const { api, badge } = fakeApi();
    wireHoldBadge(api, store, () => now);
    await settle();
    await store.setValue(T0);
    await settle();
    expect(badge()).toBe('0m');
    expect(api.alarms.create).toHaveBeenCalledTimes(1);
    now = T0 + 3 * MINUTE;
    await store.setValue(null);
    await settle();
    expect(badge()).toBe('');
    expect(api.alarms.clear).toHaveBeenCalledWith(HOLD_BADGE_ALARM);
  });
});

describe('the stored hold start (panel)', () => {
  function model() {
    let now = T0;
    const call = createCallModel({
      now: () => now,
      newId: () => 'call-1',
      drafts: { schedule: () => {}, flush: async () => {}, load: async () => null, hold: () => {} },
    });
    return { call, advance: (ms: number) => (now += ms) };
  }

  it('is written when the call goes on hold and cleared when it comes off, not on every change', async () => {
    const { call, advance } = model();
    const store = fakeStore(T0 - 10 * MINUTE);
    const stop = syncHoldStart(call, store);
    expect(store.writes).toEqual([null]);

    call.start('new');
    advance(10_000);
    call.update(askToHold);
    expect(store.writes).toEqual([null]);
    call.update(holdAgreed);
    expect(store.writes).toEqual([null, T0 + 10_000]);
    advance(MINUTE);
    call.update(checkedIn);
    expect(store.writes).toEqual([null, T0 + 10_000]);
    call.update(resumeCall);
    expect(store.writes).toEqual([null, T0 + 10_000, null]);

    stop();
    call.update(askToHold);
    call.update(holdAgreed);
    expect(store.writes).toHaveLength(3);
  });

  it('clears the badge when the call ends while on hold', async () => {
    const { call } = model();
    const store = fakeStore();
    syncHoldStart(call, store);
    call.start('new');
    call.update(askToHold);
    call.update(holdAgreed);
    await call.end();
    expect(store.writes).toEqual([null, T0, null]);
  });

  it('keeps the call going when the badge cannot be written', async () => {
    const { call } = model();
    syncHoldStart(call, fakeStore(null, true));
    call.start('new');
    call.update(askToHold);
    expect(() => call.update(holdAgreed)).not.toThrow();
    await settle();
    expect(call.call.value?.hold).not.toBeNull();
  });
});
