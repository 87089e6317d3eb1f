/**
 * The live call as a model: one signal holding the call's data, actions as plain functions that
 * apply the pure transitions in call.ts with the injected clock, and every change queued to the
 * draft store so a reload or a crash resumes the same call at the same step.
 */
import { computed, signal } from '@preact/signals-core';
import type { CallKind } from '../../content/schema';
import { startCall, endCall, withDefaults, type CallData } from './call';
import { unopenedDatabase } from '../db-handle';
import type { DraftStore } from './draft-store';

export interface CallModelDeps {
  now(): number;
  drafts: Pick<DraftStore<CallData>, 'schedule' | 'flush' | 'load' | 'hold'>;
  newId(): string;
}

/** Shown instead of "Saved" when the call saved before could not be read. */
export const UNREAD_DRAFT =
  'This call is not being saved: the call saved before could not be read, and it is not written over. This one is still on screen.';
/** The same, when the reason is that the database will not open (the page's notice says more). */
export const UNOPENED_DRAFT = 'This call has not been saved: the saved data cannot be opened (above). It is still on screen.';

export function createCallModel(deps: CallModelDeps) {
  const call = signal<CallData | null>(null);
  const active = computed(() => call.value !== null);

  function set(next: CallData | null) {
    call.value = next;
    deps.drafts.schedule(next);
  }

  /** The read of the saved call, while it is under way; null before it starts and once settled. */
  let restoring: Promise<void> | null = null;

  /**
   * Resume the call that was live when the panel last closed, if any, read once `after` settles
   * (the page's first paint). When it cannot be read (the page reports a database that will not
   * open, lib/db-handle.ts) the panel carries on, and the draft store writes nothing over it.
   */
  function restore(after: Promise<unknown> = Promise.resolve()): Promise<void> {
    restoring ??= after
      .then(() => deps.drafts.load())
      .then(
        (saved) => {
          if (saved && call.value === null) call.value = withDefaults(saved);
        },
        () => deps.drafts.hold(unopenedDatabase.peek() ? UNOPENED_DRAFT : UNREAD_DRAFT),
      )
      .finally(() => {
        restoring = null;
      });
    return restoring;
  }

  /**
   * Runs `action` once the saved call has been read (at once if it has): a call started, or a
   * protocol opened, in the moment the panel opens never replaces the call saved before.
   */
  function afterRestore(action: () => void): void {
    if (restoring) void restoring.then(action);
    else action();
  }

  /** True while the call saved before is being read (the moment the panel opens). */
  function isRestoring(): boolean {
    return restoring !== null;
  }

  /** Starts a call, unless the call saved before turns out to be live: then that one carries on. */
  function start(kind: CallKind): void {
    afterRestore(() => {
      if (call.peek() === null) set(startCall(deps.newId(), kind, deps.now()));
    });
  }

  /** Apply a transition from call.ts: `update((c, now) => askToHold(c, now))`. */
  function update(transition: (current: CallData, now: number) => CallData): void {
    const current = call.value;
    if (!current) return;
    const next = transition(current, deps.now());
    if (next !== current) set(next);
  }

  /** End the call: nothing of it is kept but what the agent chose to keep elsewhere. */
  async function end(): Promise<CallData | null> {
    const current = call.value;
    if (!current) return null;
    const ended = endCall(current, deps.now());
    set(null);
    await deps.drafts.flush();
    return ended;
  }

  return { call, active, restore, afterRestore, isRestoring, start, update, end };
}

export type CallModel = ReturnType<typeof createCallModel>;
