import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSealingSession, IDLE_LOCK_MS } from '../../../components/incidents/sealing/session';
import type { CallGuideDb } from '../../../lib/db';
import type { UnlockedKey } from '../../../lib/sealing/age';
import { NOW } from '../../support/now';
import { freshDatabase } from '../incidents/make-incident';
import { makeKeys } from './keys';

let leader: UnlockedKey;
beforeAll(async () => ({ leader } = await makeKeys()));
let db: CallGuideDb;
afterEach(async () => db?.delete());

/** A stand-in for the idle clock: the test says when time has moved on. */
function idleClock() {
  let pending: { callback: () => void; at: number } | null = null;
  let elapsed = 0;
  return {
    timers: {
      set: (callback: () => void, ms: number) => (pending = { callback, at: elapsed + ms }),
      clear: () => void (pending = null),
    },
    async pass(ms: number) {
      elapsed += ms;
      if (pending && pending.at <= elapsed) {
        const { callback } = pending;
        pending = null;
        callback();
      }
      // Let the lock finish (it waits for changes still being sealed).
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    },
  };
}

describe('the unlocked log', () => {
  it('locks itself after 15 minutes without a key press, click or scroll, and any of those starts the 15 minutes again', async () => {
    db = freshDatabase();
    const win = new EventTarget() as unknown as Window;
    const clock = idleClock();
    const session = createSealingSession({ real: async () => db, managed: { get: async () => null }, now: () => NOW, win, timers: clock.timers });
    await session.unlock(leader);
    const unlockedDb = session.db.value;
    await clock.pass(IDLE_LOCK_MS - 60_000);
    win.dispatchEvent(new Event('keydown'));
    await clock.pass(IDLE_LOCK_MS - 60_000);
    expect(session.unlocked.value).not.toBeNull();
    await clock.pass(60_000);
    expect(session.unlocked.value).toBeNull();
    expect(session.db.value).not.toBe(unlockedDb);
  });
});
