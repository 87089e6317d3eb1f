/**
 * How long a call-back marked done is kept, in days (default 30): long enough to answer "did
 * anyone ring me back?", short enough that a caller's name, number and reason are not kept for
 * ever. Stored with the extension's storage as a versioned item; the organisation's policy
 * (`callBackRetentionDays`) wins. Every read is checked and falls back to the default.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { CallGuideDb } from '../db';

export const DEFAULT_CALL_BACK_DAYS = 30;
export const MIN_CALL_BACK_DAYS = 1;
export const MAX_CALL_BACK_DAYS = 365;
const DAY = 86_400_000;

export const CallBackDaysSchema = v.pipe(v.number(), v.integer(), v.minValue(MIN_CALL_BACK_DAYS), v.maxValue(MAX_CALL_BACK_DAYS));

export const callBackRetentionItem = storage.defineItem<{ days: number }>('local:callBackRetention', {
  fallback: { days: DEFAULT_CALL_BACK_DAYS },
  version: 1,
});

export function validCallBackDays(raw: unknown): number {
  const result = v.safeParse(v.object({ days: CallBackDaysSchema }), raw);
  return result.success ? result.output.days : DEFAULT_CALL_BACK_DAYS;
}

export async function readCallBackDays(item = callBackRetentionItem): Promise<number> {
  return validCallBackDays(await item.getValue());
}

/**
 * Deletes call-backs marked done more than `days` ago; due ones are kept however old, as a
 * promise still to keep. Returns how many were deleted.
 */
export async function deleteDoneCallBacks(db: CallGuideDb, now: number, days: number): Promise<number> {
  const cutoff = now - days * DAY;
  return db.transaction('rw', db.callBacks, async () => {
    const old = await db.callBacks.where('status').equals('done').filter((callBack) => callBack.doneAt !== null && callBack.doneAt < cutoff).primaryKeys();
    await db.callBacks.bulkDelete(old);
    return old.length;
  });
}

/**
 * At a page's start: deletes the call-backs done longer ago than the effective period (worked out
 * by lib/settings/effective.ts: the policy's if it sets one, else the one set here).
 */
export async function sweepDoneCallBacks(db: () => Promise<CallGuideDb>, now: number, days: () => Promise<number>): Promise<number> {
  return deleteDoneCallBacks(await db(), now, await days());
}
