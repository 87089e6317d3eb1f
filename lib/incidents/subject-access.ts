/**
 * Subject access: every incident and promised call-back about one caller, found by phone number or
 * reference the same way the guide recognises a caller who rings back, to export together.
 */
import type { CallBack, CallGuideDb } from '../db';
import type { Incident } from './record';
import { callerKeys } from './incident';
import { fromStored } from './indexing';

export function subjectKeys(query: { phone: string; reference: string }): string[] {
  return callerKeys({ phone: query.phone, mobile: '', reference: query.reference });
}

/** Oldest first. */
export async function callerIncidents(db: CallGuideDb, keys: readonly string[]): Promise<Incident[]> {
  if (keys.length === 0) return [];
  const records = await db.incidents.where('callerKeys').anyOf([...keys]).distinct().toArray();
  return records.map(fromStored).sort((a, b) => a.createdAt - b.createdAt);
}

/** Promised call-backs (due or done) to the same phone number, oldest first. */
export async function callerCallBacks(db: CallGuideDb, keys: readonly string[]): Promise<CallBack[]> {
  const wanted = new Set(keys);
  if (wanted.size === 0) return [];
  const all = await db.callBacks.toArray();
  return all
    .filter((callBack) => callerKeys({ phone: callBack.phone, mobile: '', reference: '' }).some((key) => wanted.has(key)))
    .sort((a, b) => a.createdAt - b.createdAt);
}
