/**
 * A worker that opens sealed incidents for an unlocking log, so the opening runs on other cores than
 * the page's: it receives the key once, then batches of sealed records, and answers each batch with
 * the records opened (as an unsealed log stores them, search words included) or, for a record it
 * could not open, why.
 */
import type { StoredIncident } from '../incidents/record';
import { opener } from './age';
import { OpenError, openStored } from './record';
import type { SealedIncident } from './sealed-record';

type Open = (sealed: string) => Promise<string>;
let open: Open | null = null;

export type WorkerRequest = { key: { identity: string; recipient: string } } | { batch: number; records: SealedIncident[] };
export type WorkerReply = { batch: number; results: ({ stored: StoredIncident } | { error: OpenError['reason'] })[] };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('key' in request) {
    open = opener(request.key);
    return;
  }
  const current = open;
  const results = await Promise.all(
    request.records.map((record) =>
      current
        ? openStored(record, current).then(
            (stored) => ({ stored }),
            (error: unknown) => ({ error: error instanceof OpenError ? error.reason : ('damaged' as const) }),
          )
        : { error: 'wrong-key' as const },
    ),
  );
  (self as unknown as Worker).postMessage({ batch: request.batch, results } satisfies WorkerReply);
};
