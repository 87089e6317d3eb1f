/**
 * The live call as a model: one signal holding the call's data, actions as plain functions that
 * apply the pure transitions in call.ts with the injected clock, and every change queued to the
 * draft store so a reload or a crash resumes the same call at the same step.
 */
import { computed, signal } from '@preact/signals-core';
import type { CallKind } from '../../content/schema';
import { startCall, endCall, type CallData } from './call';
import type { DraftStore } from './draft-store';

export interface CallModelDeps {
  now(): number;
  drafts: Pick<DraftStore<CallData>, 'schedule' | 'flush' | 'load'>;
  newId(): string;
}

export function createCallModel(deps: CallModelDeps) {
  const call = signal<CallData | null>(null);
  const active = computed(() => call.value !== null);

  function set(next: CallData | null) {
    call.value = next;
    deps.drafts.schedule(next);
  }

  /**
   * Resume the call that was live when the panel last closed, if any. When the database cannot be
   * read the panel carries on without it (the page reports the database, lib/db-handle.ts).
   */
  async function restore(): Promise<void> {
    const saved = await deps.drafts.load().catch(() => null);
    if (saved && call.value === null) call.value = saved;
  }

  function start(kind: CallKind): void {
    set(startCall(deps.newId(), kind, deps.now()));
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

  return { call, active, restore, start, update, end };
}

export type CallModel = ReturnType<typeof createCallModel>;
