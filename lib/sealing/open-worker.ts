/**
 * A worker that opens sealed records for an unlocking log, so the opening runs on other cores than
 * the page's: it receives the key once, then batches of armored age files, and answers each batch
 * with the texts, or for a file it could not open, the error's message.
 */
import { opener } from './age';

type Open = (sealed: string) => Promise<string>;
let open: Open | null = null;

export type WorkerRequest = { key: { identity: string; recipient: string } } | { batch: number; files: string[] };
export type WorkerReply = { batch: number; results: ({ text: string } | { error: string })[] };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('key' in request) {
    open = opener(request.key);
    return;
  }
  const current = open;
  const results = await Promise.all(
    request.files.map((file) =>
      current ? current(file).then((text) => ({ text }), (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) })) : { error: 'no key' },
    ),
  );
  (self as unknown as Worker).postMessage({ batch: request.batch, results } satisfies WorkerReply);
};
