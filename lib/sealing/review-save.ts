/**
 * Saving a call quality review as the desk is configured: its content sealed to the team leaders'
 * keys when sealing is on (the sealing code is loaded then, not before), as written when it is off.
 * Coaching in the panel and the presenter view reads the configuration itself; the log passes the
 * keys its sealing session holds.
 */
import type { CallGuideDb } from '../db';
import type { CallReview, StoredReviewContent } from '../reviews/record';
import { saveReview } from '../reviews/repository';
import { managedArea } from '../settings/items';
import { readSealing } from './config';

/** Sealed to `recipients`, or as written when there are none; with `before`, only over that content. */
export async function saveReviewSealedTo(
  db: CallGuideDb,
  review: CallReview,
  recipients: readonly string[],
  now: number,
  before?: StoredReviewContent,
): Promise<void> {
  if (recipients.length === 0) return saveReview(db, review, before);
  const { saveSealedReview } = await import('./reviews');
  return saveSealedReview(db, review, recipients, now, before);
}

export async function saveReviewAsConfigured(db: CallGuideDb, review: CallReview, now: number, managed = managedArea): Promise<void> {
  const { recipients } = await readSealing(managed);
  return saveReviewSealedTo(db, review, recipients, now);
}

/**
 * Whom a corrected review is sealed to: the desk's keys now and the key it was opened with (so the
 * team leader correcting it can still read it). A review sealed before stays sealed even if sealing
 * has since been turned off; one never sealed is sealed once sealing is on. Empty: as written.
 */
export function correctionRecipients(configured: readonly string[], key: { recipient: string } | null, wasSealed: boolean): string[] {
  if (!wasSealed && configured.length === 0) return [];
  const recipients = [...new Set([...configured, ...(key ? [key.recipient] : [])])];
  if (recipients.length === 0) throw new Error('A sealed review is corrected only with the key that opened it.');
  return recipients;
}
