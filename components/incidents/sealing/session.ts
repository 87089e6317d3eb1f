/**
 * The log page's sealing state: the desk's sealing configuration, and the unlocked log while a team
 * leader's key is in this tab's memory. The key is never stored; it is dropped (and the opened
 * incidents with it) after 15 minutes without a key press, click or scroll, and when the tab closes.
 */
import { computed, signal } from '@preact/signals-core';
import type { DatabaseHandle } from '../../../lib/db-handle';
import { readSealing, type Restriction, type SealingConfig } from '../../../lib/sealing/config';
import type { UnlockedKey } from '../../../lib/sealing/age';
import type { UnlockedLog } from '../../../lib/sealing/unlocked';

export const IDLE_LOCK_MS = 15 * 60_000;
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'scroll', 'input'] as const;

export interface Managed {
  get(): Promise<unknown>;
}

export interface SessionOptions {
  real: DatabaseHandle;
  managed: Managed;
  now(): number;
  win: Window;
  idleMs?: number;
  /** The idle clock (tests pass their own to move it on). */
  timers?: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void };
}

const REAL_TIMERS = {
  set: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createSealingSession({ real, managed, now, win, idleMs = IDLE_LOCK_MS, timers = REAL_TIMERS }: SessionOptions) {
  const config = signal<SealingConfig | null>(null);
  const unlocked = signal<UnlockedLog | null>(null);
  /** Bumped when the log is locked or unlocked, so every view reads the right database afresh. */
  const generation = signal(0);
  /** What the last import or sealing run did: kept here, as the views are drawn afresh on unlocking. */
  const notice = signal<{ from: 'import' | 'seal'; text: string } | null>(null);
  /**
   * Which of the sealing bar's forms is open. In the session, so that a sealed call quality review
   * asks for the key with the log's own unlock form (one key, one prompt for the whole tab).
   */
  const form = signal<'unlock' | 'create' | null>(null);
  /** Set when a view asked for the key: the unlock form takes the focus as it opens. */
  const asked = signal(false);
  let timer: unknown;

  const openedLog = (): UnlockedLog => {
    const log = unlocked.peek();
    if (!log) throw new Error('The log is locked.');
    return log;
  };
  /** The views read the log in memory once it holds every incident opened (UnlockedLog.ready). */
  const memoryHandle: DatabaseHandle = async () => {
    const log = openedLog();
    await log.ready;
    return log.db;
  };
  /** The list answers from the log's search index, there as soon as it is unlocked. */
  const listHandle: DatabaseHandle = async () => openedLog().db;
  const db = computed<DatabaseHandle>(() => (unlocked.value ? memoryHandle : real));
  const listDb = computed<DatabaseHandle>(() => (unlocked.value ? listHandle : real));

  const restartIdle = () => {
    timers.clear(timer);
    timer = timers.set(() => void lock(), idleMs);
  };

  async function lock(): Promise<void> {
    const log = unlocked.peek();
    if (!log) return;
    timers.clear(timer);
    for (const event of ACTIVITY) win.removeEventListener(event, restartIdle, true);
    // Changes still being sealed are written before the opened incidents are let go.
    await log.settled();
    log.close();
    unlocked.value = null;
    generation.value += 1;
    // The file key this tab sealed the team leader's changes with goes too.
    void import('../../../lib/sealing/age').then((age) => age.forgetSealingKey());
  }

  async function unlock(key: UnlockedKey, onProgress?: (done: number, total: number) => void): Promise<UnlockedLog> {
    const { unlockLog } = await import('../../../lib/sealing/unlocked');
    const log = await unlockLog(await real(), key, {
      recipients: async () => (await refresh()).recipients,
      now,
      onProgress,
    });
    await lock();
    unlocked.value = log;
    generation.value += 1;
    for (const event of ACTIVITY) win.addEventListener(event, restartIdle, { capture: true, passive: true });
    restartIdle();
    return log;
  }

  async function refresh(): Promise<SealingConfig> {
    const value = await readSealing(managed);
    config.value = value;
    return value;
  }

  const restricted = (what: Restriction) => config.value?.restrictions.includes(what) ?? false;

  /** A view needs the key (a sealed review): the log's unlock form opens, focused. */
  function askUnlock(): void {
    if (unlocked.peek()) return;
    asked.value = true;
    form.value = 'unlock';
  }

  return { real, config, unlocked, generation, notice, form, asked, db, listDb, unlock, lock, refresh, restricted, askUnlock };
}

export type SealingSession = ReturnType<typeof createSealingSession>;
