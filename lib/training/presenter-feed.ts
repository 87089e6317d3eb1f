/**
 * What the presenter tab shows of the trainee's panel: the live call and the attempt, read together
 * from the training database's drafts (the panel keeps both there as they change).
 */
import type { CallData } from '../call/call';
import type { CallGuideDb } from '../db';
import { LIVE_CALL_DRAFT } from '../guide';
import { ATTEMPT_DRAFT, parseAttempt, type Attempt } from './attempt';

export interface PresenterFeed {
  live: CallData | null;
  attempt: Attempt | null;
}

/** Reads only Dexie, so a live query over it follows both drafts. */
export async function readPresenterFeed(db: CallGuideDb): Promise<PresenterFeed> {
  const [liveRow, attemptRow] = await db.drafts.bulkGet([LIVE_CALL_DRAFT, ATTEMPT_DRAFT]);
  return { live: (liveRow?.data as CallData | undefined) ?? null, attempt: parseAttempt(attemptRow?.data) };
}
