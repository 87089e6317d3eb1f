/**
 * Reading several date-ordered index ranges as one list in page order, a chunk at a time, so a
 * page of 50 reads little more than the records it shows however large the log is.
 */
import type { CallGuideDb } from '../db';
import type { StoredIncident } from './record';
import { comesAfter, compareKeys, type PageKey, type SortOrder } from './filter';
import { readRange, type OrderedRange } from './ranges';

/** Chunks grow to this, so one read never takes long (about 35 µs a record on disk). */
const MAX_CHUNK = 256;

class RangeReader {
  private buffer: StoredIncident[] = [];
  private exhausted = false;

  constructor(
    private readonly db: CallGuideDb,
    private readonly range: OrderedRange,
    private readonly order: SortOrder,
    private last: PageKey | null,
    private chunk: number,
  ) {}

  get empty(): boolean {
    return this.buffer.length === 0 && !this.exhausted;
  }

  head(): StoredIncident | undefined {
    return this.buffer[0];
  }

  take(): StoredIncident {
    const record = this.buffer.shift()!;
    this.last = record;
    return record;
  }

  async fill(): Promise<void> {
    let limit = this.chunk;
    for (;;) {
      const rows = await readRange(this.db, this.range, this.last, this.order, limit);
      const fresh = rows.filter((row) => comesAfter(row, this.last, this.order));
      // A full chunk of nothing new means only incidents at the anchor's moment came back.
      if (fresh.length > 0 || rows.length < limit) {
        this.buffer = fresh;
        this.exhausted = rows.length < limit;
        this.chunk = Math.min(this.chunk * 2, MAX_CHUNK);
        return;
      }
      limit *= 2;
    }
  }
}

/**
 * Incidents from all of its ranges, merged in page order after an anchor, each once (an incident
 * can be in two word ranges), kept if `accept` says so, until `wanted` are found or all is read.
 */
export class MergedStream {
  readonly found: StoredIncident[] = [];
  exhausted = false;
  /** Records examined so far, matching or not. */
  examined = 0;
  private readonly readers: RangeReader[];
  private previous: StoredIncident | null = null;

  constructor(
    db: CallGuideDb,
    ranges: readonly OrderedRange[],
    private readonly options: { order: SortOrder; anchor: PageKey | null; wanted: number; accept(record: StoredIncident): boolean },
  ) {
    // Enough from each range for the page if the matches are spread evenly; more is read as needed.
    const chunk = Math.max(8, Math.min(MAX_CHUNK, Math.ceil((2 * options.wanted) / Math.max(1, ranges.length))));
    this.readers = ranges.map((range) => new RangeReader(db, range, options.order, options.anchor, chunk));
    this.exhausted = ranges.length === 0;
  }

  get finished(): boolean {
    return this.exhausted || this.found.length >= this.options.wanted;
  }

  /** Records still to read to fill the page, judged by the share of matches so far. */
  get estimatedCost(): number {
    return ((this.options.wanted - this.found.length) * (this.examined + 1)) / (this.found.length + 1);
  }

  /** One round: reads every range whose buffer is empty (together), then merges as far as it can. */
  async step(): Promise<void> {
    await Promise.all(this.readers.filter((reader) => reader.empty).map((reader) => reader.fill()));
    const { order, wanted, accept } = this.options;
    while (this.found.length < wanted) {
      // An empty range may hold the next incident: read it before going on.
      if (this.readers.some((reader) => reader.empty)) return;
      let best: RangeReader | null = null;
      for (const reader of this.readers) {
        const head = reader.head();
        if (!head) continue;
        const current = best?.head();
        if (!current || (order === 'newest' ? compareKeys(head, current) > 0 : compareKeys(head, current) < 0)) best = reader;
      }
      if (!best) {
        this.exhausted = true;
        return;
      }
      const record = best.take();
      this.examined += 1;
      if (this.previous?.id === record.id) continue;
      this.previous = record;
      if (accept(record)) this.found.push(record);
    }
  }
}

/**
 * Several streams that would give the same answer (each from a different index, each checking
 * the whole filter), read a round at a time: the first to finish answers. Counting first would
 * pick the best, but counting is slow on disk; instead every stream reads one chunk, then only
 * those that look no more than twice as costly as the best go on.
 */
export async function race(streams: readonly MergedStream[]): Promise<MergedStream> {
  for (;;) {
    const done = streams.find((stream) => stream.finished);
    if (done) return done;
    const unread = streams.filter((stream) => stream.examined === 0);
    const best = Math.min(...streams.map((stream) => stream.estimatedCost));
    const next = unread.length ? unread : streams.filter((stream) => stream.estimatedCost <= 2 * best);
    await Promise.all(next.map((stream) => stream.step()));
  }
}
