import { useContext } from 'preact/hooks';
import type { DatabaseHandle } from '../../lib/db-handle';
import type { OpenContent } from '../../lib/reviews/open';
import type { UnlockedKey } from '../../lib/sealing/age';
import { SealingContext } from '../incidents/sealing/sealing-context';
import { useLog } from '../incidents/log-context';

/** Where the log's call quality pages read and write reviews, and how they open sealed ones. */
export interface ReviewStore {
  /**
   * The desk's database itself, locked or not. An unlocked log reads incidents from a copy in
   * memory; reviews are not copied: their envelopes are readable anyway, and a sealed content is
   * opened when it is read, with the key in this tab's memory.
   */
  db: DatabaseHandle;
  /** The team leader key in this tab's memory, while the log is unlocked. */
  key: UnlockedKey | null;
  /** Sealing is on at this desk and no key is in memory: the reviews' content cannot be read. */
  locked: boolean;
  /** The team leaders' keys now (the policy's or Settings'); none while sealing is off. */
  recipients(): Promise<string[]>;
  /** The opener for sealed contents (loaded with the key; null while none is in memory). */
  opener(): Promise<OpenContent | null>;
  /** Opens the log's own unlock form, focused: one key and one prompt for the whole tab. */
  askUnlock(): void;
}

export function useReviewStore(): ReviewStore {
  const log = useLog();
  const sealing = useContext(SealingContext);
  const key = sealing?.unlocked.value?.key ?? null;
  return {
    db: sealing?.real ?? log.db,
    key,
    locked: !key && (sealing?.config.value?.recipients.length ?? 0) > 0,
    recipients: async () => (sealing ? (await sealing.refresh()).recipients : []),
    opener: async () => (key ? (await import('../../lib/sealing/reviews')).contentOpener(key) : null),
    askUnlock: () => sealing?.askUnlock(),
  };
}
