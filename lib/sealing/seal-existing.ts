/**
 * Sealing the incidents saved before sealing was turned on, in batches. Each batch is sealed first
 * and then written in one strict transaction, and only over records unchanged since they were read:
 * a crash half-way leaves every record either as it was or wholly sealed, never lost or half
 * sealed, and running it again carries on with those still readable.
 */
import type { CallGuideDb } from '../db';
import type { Incident, StoredIncident } from '../incidents/record';
import { fromStored } from '../incidents/indexing';
import { sealIncident } from './record';
import { isSealed } from './sealed-record';

export { countUnsealed } from './sealed-record';

export interface SealExistingOptions {
  batchSize?: number;
  onProgress?(done: number, total: number): void;
  /** The sealing of one incident (tests put a failing one in to stand for a crash). */
  sealOne?(incident: Incident, recipients: readonly string[], now: number): Promise<StoredIncident>;
}

export async function sealExisting(db: CallGuideDb, recipients: readonly string[], now: number, options: SealExistingOptions = {}): Promise<number> {
  const { batchSize = 50, onProgress, sealOne = sealIncident } = options;
  const ids = await db.incidents.filter((record) => !isSealed(record)).primaryKeys();
  let done = 0;
  for (let start = 0; start < ids.length; start += batchSize) {
    const records = (await db.incidents.bulkGet(ids.slice(start, start + batchSize))).filter((r): r is StoredIncident => !!r && !isSealed(r));
    const sealed = await Promise.all(records.map((record) => sealOne(fromStored(record), recipients, now)));
    await db.transaction('rw', db.incidents, async () => {
      const now = await db.incidents.bulkGet(records.map((record) => record.id));
      // A record changed since it was read (a review in another tab) waits for the next run.
      const writes = sealed.filter((_, i) => JSON.stringify(now[i]) === JSON.stringify(records[i]));
      await db.incidents.bulkPut(writes);
      done += writes.length;
    });
    onProgress?.(Math.min(start + batchSize, ids.length), ids.length);
  }
  return done;
}
