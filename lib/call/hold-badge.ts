/**
 * The toolbar badge shows the minutes a caller has been on hold, so it is visible with the panel
 * closed. The panel stores when the hold started; the background turns that into badge text,
 * refreshed by an alarm while the hold lasts (a service worker cannot keep a timer running).
 */
import { effect } from '@preact/signals-core';
import type { CallModel } from './session';
import { holdMinutes } from './hold';

export const HOLD_BADGE_ALARM = 'hold-badge';

export interface HoldStartStore {
  getValue(): Promise<number | null>;
  setValue(value: number | null): Promise<void>;
  watch(callback: (value: number | null) => void): () => void;
}

/** Panel side: keep the stored hold start in step with the live call. */
export function syncHoldStart(model: CallModel, store: HoldStartStore): () => void {
  let last: number | null | undefined;
  return effect(() => {
    const startedAt = model.call.value?.hold?.startedAt ?? null;
    if (startedAt === last) return;
    last = startedAt;
    store.setValue(startedAt).catch(() => {
      // The badge is a convenience; the panel itself shows the hold clock.
    });
  });
}

export interface BadgeApi {
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  };
  alarms: {
    create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
}

export function badgeText(startedAt: number | null, now: number): string {
  return startedAt === null ? '' : `${holdMinutes({ startedAt, lastCheckInAt: startedAt }, now)}m`;
}

/** Background side: badge text from the stored hold start, refreshed every half minute. */
export function wireHoldBadge(api: BadgeApi, store: HoldStartStore, now: () => number = Date.now): void {
  async function show(startedAt: number | null) {
    await api.action.setBadgeText({ text: badgeText(startedAt, now()) });
    if (startedAt === null) {
      await api.alarms.clear(HOLD_BADGE_ALARM);
    } else {
      await api.action.setBadgeBackgroundColor({ color: '#a86b00' });
      await api.alarms.create(HOLD_BADGE_ALARM, { periodInMinutes: 0.5 });
    }
  }
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HOLD_BADGE_ALARM) void store.getValue().then((startedAt) => api.action.setBadgeText({ text: badgeText(startedAt, now()) }));
  });
  // One update at a time, in order: a hold that starts and ends quickly must not leave the alarm on.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (startedAt: number | null) => {
    queue = queue.then(() => show(startedAt)).catch(() => {});
  };
  store.watch(enqueue);
  void store.getValue().then(enqueue);
}
