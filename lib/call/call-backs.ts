/**
 * Promised call-backs (TR-4, TR-6): kept in IndexedDB until the agent marks them done, so a
 * promise made on one call is not forgotten when the call ends.
 */
import type { CallBack, CallGuideDb } from '../db';

export type NewCallBack = Omit<CallBack, 'status' | 'doneAt'>;

export async function saveCallBack(db: CallGuideDb, callBack: NewCallBack): Promise<void> {
  await db.callBacks.put({ ...callBack, status: 'due', doneAt: null });
}

/** Open call-backs, soonest first; agreed-time ones (no deadline) after those with one. */
export async function listDueCallBacks(db: CallGuideDb): Promise<CallBack[]> {
  const open = await db.callBacks.where('status').equals('due').toArray();
  return open.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.createdAt - b.createdAt);
}

export async function markCallBackDone(db: CallGuideDb, id: string, now: number): Promise<void> {
  await db.callBacks.update(id, { status: 'done', doneAt: now });
}
