/**
 * Opening a batch of an unlocking log's records, the same in a worker (lib/sealing/open-worker.ts)
 * and on the page: each record as an unsealed log would hold it (search words included), or why it
 * could not be opened. The sealed files themselves are not handed back (they are most of a record's
 * size): only a fingerprint of each, so that a change written back later can tell whether a part is
 * still the one opened and reuse it rather than seal it again.
 */
import type { StoredIncident } from '../incidents/record';
import { fromStored, toStored } from '../incidents/indexing';
import { OpenError, openStored } from './record';
import { isSealed, type SealedParts } from './sealed-record';

/** What identifies one sealed part: its length and its end (which holds the file's own MAC). */
export interface Seals {
  content: string;
  review: string | null;
}

export function sealsOf(sealed: SealedParts): Seals {
  return { content: fingerprint(sealed.content), review: sealed.review === null ? null : fingerprint(sealed.review) };
}

function fingerprint(file: string): string {
  return `${file.length}:${file.slice(-96)}`;
}

export type OpenedRecord =
  /** `seals` is null for a record that was never sealed. */
  | { stored: StoredIncident; seals: Seals | null; recent?: StoredIncident }
  /** Kept as stored: listed by its readable fields, never re-written from the log. */
  | { stored: StoredIncident; error: OpenError['reason']; recent?: StoredIncident };

/**
 * Opens each record with `open`. Records created at or after `since` come back as read too
 * (`recent`): the log follows those on the desk from there (lib/sealing/follow-desk.ts).
 */
export function openBatch(records: readonly StoredIncident[], open: (sealed: string) => Promise<string>, since: number): Promise<OpenedRecord[]> {
  return Promise.all(
    records.map(async (record): Promise<OpenedRecord> => {
      const recent = record.createdAt >= since ? record : undefined;
      if (!isSealed(record)) return { stored: toStored(fromStored(record)), seals: null, recent };
      try {
        return { stored: await openStored(record, open), seals: sealsOf(record.sealed), recent };
      } catch (error) {
        return { stored: record, error: error instanceof OpenError ? error.reason : 'damaged', recent };
      }
    }),
  );
}
