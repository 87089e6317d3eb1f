/**
 * How long reviewed incidents are kept, in months (default 12). Kept with the extension's storage
 * as a versioned item so Settings can offer it later; every read is checked and falls back to the
 * default if the stored value is not a whole number of months in range.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

export interface RetentionSetting {
  months: number;
}

export const DEFAULT_RETENTION: RetentionSetting = { months: 12 };
export const MIN_MONTHS = 1;
export const MAX_MONTHS = 120;

export const RetentionSchema = v.object({
  months: v.pipe(v.number(), v.integer(), v.minValue(MIN_MONTHS), v.maxValue(MAX_MONTHS)),
});

export const retentionItem = storage.defineItem<RetentionSetting>('local:retention', {
  fallback: DEFAULT_RETENTION,
  version: 1,
});

export function validRetention(raw: unknown): RetentionSetting {
  const result = v.safeParse(RetentionSchema, raw);
  return result.success ? result.output : DEFAULT_RETENTION;
}

export async function readRetention(item = retentionItem): Promise<RetentionSetting> {
  return validRetention(await item.getValue());
}
