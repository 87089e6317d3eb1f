/**
 * Promised call-backs (TR-4, TR-6): kept in IndexedDB until the agent marks them done, so a
 * promise made on one call is not forgotten when the call ends.
 */
import type { CallBack, CallBackAttempt, CallGuideDb } from '../db';

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

/** A try that found no one (CB-6): kept on the call-back with the message left, if any. */
export async function recordAttempt(db: CallGuideDb, id: string, attempt: CallBackAttempt): Promise<void> {
  await db.transaction('rw', db.callBacks, async () => {
    const callBack = await db.callBacks.get(id);
    if (!callBack) return;
    await db.callBacks.update(id, { attempts: [...(callBack.attempts ?? []), attempt] });
  });
}

export async function setEveningOnly(db: CallGuideDb, id: string, eveningOnly: boolean): Promise<void> {
  await db.callBacks.update(id, { eveningOnly });
}

/** The letter after the days of attempts (CB-6) closes the call-back: nothing more is owed by phone. */
export async function markLetterSent(db: CallGuideDb, id: string, now: number): Promise<void> {
  await db.callBacks.update(id, { status: 'done', doneAt: now, letterSentAt: now });
}
