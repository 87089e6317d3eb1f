/**
 * The toolbar badge shows the minutes a caller has been on hold, so it is visible with the panel
 * closed. The figure is the panel's: the panel stores when the hold started and what its clock
 * read when it last wrote (each time the minute it shows changes), both on its own clock (which
 * in training is the scenario's). The background shows the minutes between those two readings,
 * plus only the time it has itself seen pass since it heard the last one, so a panel and the
 * badge cannot disagree, whatever either clock says. An alarm refreshes the badge while the hold
 * lasts (a service worker cannot keep a timer running).
 */
import { effect, type ReadonlySignal } from '@preact/signals-core';
import type { CallModel } from './session';
import { holdMinutes } from './hold';

export const HOLD_BADGE_ALARM = 'hold-badge';

/** The panel's reading of the hold: when it started and when the panel last looked (panel clock). */
export interface HoldReading {
  startedAt: number;
  seenAt: number;
}

export interface Stored<T> {
  getValue(): Promise<T | null>;
  setValue(value: T | null): Promise<void>;
}

export interface HoldReadingStore extends Stored<HoldReading> {
  watch(callback: (value: HoldReading | null) => void): () => void;
}

/** Only a well-formed reading counts; anything else in storage shows no badge. */
export function isHoldReading(value: unknown): value is HoldReading {
  const reading = value as Partial<HoldReading> | null;
  return (
    typeof reading === 'object' &&
    reading !== null &&
    Number.isFinite(reading.startedAt) &&
    Number.isFinite(reading.seenAt) &&
    reading.seenAt! >= reading.startedAt!
  );
}

/** Panel side: keep the stored reading in step with the live call and the minutes it shows. */
export function syncHoldReading(model: CallModel, now: ReadonlySignal<number>, store: Stored<HoldReading>): () => void {
  let last: string | undefined;
  return effect(() => {
    const startedAt = model.call.value?.hold?.startedAt ?? null;
    const at = now.value;
    const key = startedAt === null ? 'none' : `${startedAt}:${holdMinutes({ startedAt, lastCheckInAt: startedAt }, at)}`;
    if (key === last) return;
    last = key;
    store.setValue(startedAt === null ? null : { startedAt, seenAt: Math.max(at, startedAt) }).catch(() => {
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

/** The reading as the background heard it: `heardAt` is on the background's own clock. */
export interface HeardReading extends HoldReading {
  heardAt: number;
}

/** Badge text: the panel's minutes, moved on by the time the background has seen pass since. */
export function badgeText(heard: HeardReading | null, now: number): string {
  if (!heard) return '';
  const since = Math.max(0, now - heard.heardAt);
  return `${holdMinutes({ startedAt: heard.startedAt, lastCheckInAt: heard.startedAt }, heard.seenAt + since)}m`;
}

/**
 * Background side. `heard` keeps the last reading with the moment it was heard (session storage:
 * the worker is stopped between alarms, and a reading is worth nothing after a browser restart).
 */
export function wireHoldBadge(
  api: BadgeApi,
  readings: HoldReadingStore,
  heard: Stored<HeardReading>,
  now: () => number = Date.now,
): void {
  async function show(reading: HoldReading | null) {
    const current = isHoldReading(reading) ? { startedAt: reading.startedAt, seenAt: reading.seenAt, heardAt: now() } : null;
    await heard.setValue(current);
    await api.action.setBadgeText({ text: badgeText(current, now()) });
    if (current === null) {
      await api.alarms.clear(HOLD_BADGE_ALARM);
    } else {
      await api.action.setBadgeBackgroundColor({ color: '#a86b00' });
      await api.alarms.create(HOLD_BADGE_ALARM, { periodInMinutes: 0.5 });
    }
  }
  // One update at a time, in order: a hold that starts and ends quickly must not leave the alarm on.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch(() => {});
  };
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== HOLD_BADGE_ALARM) return;
    enqueue(async () => {
      const last = await heard.getValue();
      await api.action.setBadgeText({ text: badgeText(last, now()) });
    });
  });
  readings.watch((reading) => enqueue(() => show(reading)));
  // A worker started by an alarm keeps what it heard before; one started afresh reads the panel's.
  enqueue(async () => {
    const last = await heard.getValue();
    if (last) await api.action.setBadgeText({ text: badgeText(last, now()) });
    else await show(await readings.getValue());
  });
}
