import { signal } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { askToHold, checkedIn, holdAgreed, resumeCall } from '../../../lib/call/call';
import {
  HOLD_BADGE_ALARM,
  syncHoldReading,
  wireHoldBadge,
  type BadgeApi,
  type HeardReading,
  type HoldReading,
  type HoldReadingStore,
  type Stored,
} from '../../../lib/call/hold-badge';
import { createCallModel } from '../../../lib/call/session';
import { DAY, MINUTE, NOW } from '../../support/now';

// The panel's clock and the background's differ on purpose: in a test the page's clock is set
// and the worker's is not; in training the panel runs on the scenario's clock.
const PANEL_T0 = NOW;
const WORKER_T0 = NOW + 734 * DAY + 17_123;

/** A stored value shared by panel and background; watchers hear every write. */
function fakeStore<T>(initial: T | null = null, failWrites = false) {
  const watchers: ((value: T | null) => void)[] = [];
  const store = {
    value: initial,
    writes: [] as (T | null)[],
    getValue: vi.fn(async () => store.value),
    setValue: async (value: T | null) => {
      if (failWrites) throw new Error('storage unavailable');
      store.value = value;
      store.writes.push(value);
      for (const watcher of watchers) watcher(value);
    },
    watch: (callback: (value: T | null) => void) => {
      watchers.push(callback);
      return () => watchers.splice(watchers.indexOf(callback), 1);
    },
  };
  return store;
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
const reading = (startedAt: number, seenAt = startedAt): HoldReading => ({ startedAt, seenAt });

function background(initial: HoldReading | null, heard = fakeStore<HeardReading>()) {
  let now = WORKER_T0;
  const readings = fakeStore<HoldReading>(initial);
  const { api, badge, fire } = fakeApi();
  wireHoldBadge(api, readings satisfies HoldReadingStore, heard satisfies Stored<HeardReading>, () => now);
  return { api, badge, fire, readings, heard, advance: (ms: number) => (now += ms) };
}

describe('the toolbar badge (background)', () => {
  it('shows the minutes the panel read, whatever the background clock says, and keeps an alarm', async () => {
    const { api, badge } = background(reading(PANEL_T0, PANEL_T0 + 3 * MINUTE));
    await settle();
    expect(badge()).toBe('3m');
    expect(api.action.setBadgeBackgroundColor).toHaveBeenCalled();
    expect(api.alarms.create).toHaveBeenCalledWith(HOLD_BADGE_ALARM, { periodInMinutes: 0.5 });
    expect(api.alarms.clear).not.toHaveBeenCalled();
  });

  it('moves on by the time it has seen pass on each alarm tick, and ignores other alarms', async () => {
    const { api, badge, fire, advance } = background(reading(PANEL_T0, PANEL_T0 + 3 * MINUTE));
    await settle();
    advance(90_000);
    fire(HOLD_BADGE_ALARM);
    await settle();
    expect(badge()).toBe('4m');
    const calls = api.action.setBadgeText.mock.calls.length;
    fire('something-else');
    await settle();
    expect(api.action.setBadgeText).toHaveBeenCalledTimes(calls);
  });

  it('a worker stopped between alarms carries on from what it heard, not from its own clock', async () => {
    const first = background(reading(PANEL_T0, PANEL_T0 + MINUTE));
    await settle();
    expect(first.badge()).toBe('1m');
    // The browser stops the worker; the next alarm starts a new one with the same session storage.
    const { badge, fire, advance } = background(reading(PANEL_T0, PANEL_T0 + MINUTE), first.heard);
    advance(2 * MINUTE);
    fire(HOLD_BADGE_ALARM);
    await settle();
    expect(badge()).toBe('3m');
  });

  it('shows nothing and sets no alarm when no one is on hold, or when the stored reading is malformed', async () => {
    for (const stored of [null, { startedAt: 'soon', seenAt: 1 }, { startedAt: PANEL_T0 + MINUTE, seenAt: PANEL_T0 }]) {
      const { api, badge } = background(stored as HoldReading | null);
      await settle();
      expect(badge()).toBe('');
      expect(api.alarms.create).not.toHaveBeenCalled();
    }
  });

  it('follows the panel: starts when a hold starts, takes each new reading, clears badge and alarm when it ends', async () => {
    const { api, badge, readings, advance } = background(null);
    await settle();
    await readings.setValue(reading(PANEL_T0));
    await settle();
    expect(badge()).toBe('0m');
    expect(api.alarms.create).toHaveBeenCalledTimes(1);
    advance(20 * MINUTE); // the background's clock runs fast; the panel's reading wins
    await readings.setValue(reading(PANEL_T0, PANEL_T0 + 2 * MINUTE));
    await settle();
    expect(badge()).toBe('2m');
    await readings.setValue(null);
    await settle();
    expect(badge()).toBe('');
    expect(api.alarms.clear).toHaveBeenCalledWith(HOLD_BADGE_ALARM);
  });
});

describe('the stored hold reading (panel)', () => {
  function panel() {
    const now = signal(PANEL_T0);
    const call = createCallModel({
      now: () => now.value,
      newId: () => 'call-1',
      drafts: { schedule: () => {}, flush: async () => {}, load: async () => null, hold: () => {} },
    });
    return { call, now, advance: (ms: number) => (now.value += ms) };
  }

  it('is written when the hold starts, when the minute shown changes and when it ends; not every second', () => {
    const { call, now, advance } = panel();
    const store = fakeStore<HoldReading>(reading(PANEL_T0 - 10 * MINUTE));
    const stop = syncHoldReading(call, now, store);
    expect(store.writes).toEqual([null]);

    call.start('new');
    advance(10_000);
    call.update(askToHold);
    expect(store.writes).toEqual([null]);
    call.update(holdAgreed);
    const start = PANEL_T0 + 10_000;
    expect(store.writes).toEqual([null, reading(start)]);
    for (let second = 1; second <= 59; second++) advance(1000);
    expect(store.writes).toHaveLength(2);
    advance(1000);
    expect(store.writes.at(-1)).toEqual(reading(start, start + MINUTE));
    call.update(checkedIn);
    expect(store.writes).toHaveLength(3);
    call.update(resumeCall);
    expect(store.writes.at(-1)).toBeNull();

    stop();
    call.update(askToHold);
    call.update(holdAgreed);
    expect(store.writes).toHaveLength(4);
  });

  it('clears the badge when the call ends while on hold', async () => {
    const { call, now } = panel();
    const store = fakeStore<HoldReading>();
    syncHoldReading(call, now, store);
    call.start('new');
    call.update(askToHold);
    call.update(holdAgreed);
    await call.end();
    expect(store.writes).toEqual([null, reading(PANEL_T0), null]);
  });

  it('keeps the call going when the badge cannot be written', async () => {
    const { call, now } = panel();
    syncHoldReading(call, now, fakeStore<HoldReading>(null, true));
    call.start('new');
    call.update(askToHold);
    expect(() => call.update(holdAgreed)).not.toThrow();
    await settle();
    expect(call.call.value?.hold).not.toBeNull();
  });
});
