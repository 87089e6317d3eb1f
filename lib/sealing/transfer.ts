/**
 * Gathering a team's incidents. An agent's desk exports its sealed incidents not yet exported as
 * one age file, sealed again to the team leaders' keys (no key needed: the incidents are already
 * sealed, and the file hides even their readable fields). A team leader's unlocked log imports any
 * number of them, merged by incident id: nothing doubled or lost, the newer of each part kept.
 */
import * as v from 'valibot';
import type { CallGuideDb } from '../db';
import type { StoredIncident } from '../incidents/record';
import { fromStored, toStored } from '../incidents/indexing';
import { opener, seal, SealingError, type UnlockedKey } from './age';
import { isSealed, type SealedIncident, type SealedParts } from './sealed-record';

export const SEALED_FORMAT = 'call-guide-sealed-incidents';

const Armored = v.pipe(v.string(), v.startsWith('-----BEGIN AGE ENCRYPTED FILE-----'), v.maxLength(5_000_000));
const Time = v.pipe(v.number(), v.finite());
const ExportedIncident = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  kind: v.picklist(['abusive-call', 'self-harm']),
  status: v.picklist(['open', 'reviewed']),
  createdAt: Time,
  sealed: v.object({ v: v.literal(1), content: Armored, contentAt: Time, review: v.nullable(Armored), reviewAt: v.nullable(Time) }),
});
const ExportFile = v.object({ format: v.literal(SEALED_FORMAT), version: v.literal(1), exportedAt: Time, incidents: v.array(ExportedIncident) });

/** The file of sealed incidents not exported yet, and marks them exported once it is made. */
export async function exportSealed(db: CallGuideDb, recipients: readonly string[], now: number): Promise<{ file: string; count: number }> {
  const records = (await db.incidents.toArray()).filter((r): r is SealedIncident & StoredIncident => isSealed(r) && !r.sealed.exportedAt);
  const incidents = records.map((record) => {
    // Ring-back keys stay on the desk that needs them.
    const { exportedAt: _e, ...sealed } = record.sealed;
    return { ...fromStored(record), callerKeys: [], sealed };
  });
  const file = await seal(JSON.stringify({ format: SEALED_FORMAT, version: 1, exportedAt: now, incidents }, null, 1), recipients);
  await db.transaction('rw', db.incidents, async () => {
    for (const record of records) {
      const current = await db.incidents.get(record.id);
      if (current && isSealed(current) && JSON.stringify(current.sealed) === JSON.stringify(record.sealed)) {
        await db.incidents.put({ ...current, sealed: { ...current.sealed, exportedAt: now } } as StoredIncident);
      }
    }
  });
  return { file, count: records.length };
}

export { countNotExported } from './sealed-record';

/** Opens and checks one exported file; every problem says which file and what to do. */
export async function readSealedFile(text: string, key: UnlockedKey): Promise<SealedIncident[]> {
  let json: string;
  try {
    json = await opener(key)(text.trim());
  } catch (error) {
    throw new SealingError(
      error instanceof Error && /no identity matched/i.test(error.message)
        ? 'This file was sealed to other team leader keys: unlock with one of those.'
        : 'This is not a sealed incidents file, or it is damaged.',
    );
  }
  const parsed = v.safeParse(ExportFile, JSON.parse(json));
  if (!parsed.success) throw new SealingError('This sealed file is not one the incident log made, or it is damaged.');
  return parsed.output.incidents as unknown as SealedIncident[];
}

const newer = (a: number | null, b: number | null) => (a ?? -Infinity) > (b ?? -Infinity);

/** One incident from a file merged with the one in the log: each part the newer of the two. */
export function mergeSealed(local: SealedIncident, incoming: SealedIncident): SealedIncident {
  const content = newer(incoming.sealed.contentAt, local.sealed.contentAt) ? incoming : local;
  const review = newer(incoming.sealed.reviewAt, local.sealed.reviewAt) ? incoming : local;
  const sealed: SealedParts = {
    v: 1,
    content: content.sealed.content,
    contentAt: content.sealed.contentAt,
    review: review.sealed.review,
    reviewAt: review.sealed.reviewAt,
  };
  if (local.sealed.exportedAt && content === local && review === local) sealed.exportedAt = local.sealed.exportedAt;
  return { ...content, callerKeys: local.callerKeys, status: review.status, followUps: review === local ? local.followUps : review.followUps, sealed };
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** Writes the incidents of the files, merged by id, in one strict transaction. */
export async function importSealed(db: CallGuideDb, incidents: SealedIncident[]): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', db.incidents, async () => {
    for (const incoming of incidents) {
      const local = await db.incidents.get(incoming.id);
      const fresh = { ...incoming, callerKeys: [] };
      if (!local) {
        await db.incidents.put({ ...toStored(fresh), words: [] });
        result.added += 1;
      } else if (!isSealed(local)) result.unchanged += 1;
      else {
        const merged = mergeSealed(local, fresh);
        if (JSON.stringify(merged.sealed) === JSON.stringify(local.sealed)) result.unchanged += 1;
        else {
          await db.incidents.put({ ...toStored(merged), words: [] });
          result.updated += 1;
        }
      }
    }
  });
  return result;
}
