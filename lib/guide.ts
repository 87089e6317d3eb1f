/**
 * The composition root of the panel: the app state, the live call and its draft, linked together.
 * The panel's start-up (startGuidePage) builds one with the real storage, database and clock;
 * tests build their own.
 */
import { effect } from '@preact/signals-core';
import { createAppState, type AppDeps } from './app-state';
import type { CallData } from './call/call';
import { createDraftStore, type DraftStoreOptions } from './call/draft-store';
import { soleLock, type LiveCallLock } from './call/live-call-lock';
import type { ProtocolId } from './call/protocol-state';
import { createCallModel } from './call/session';
import type { DatabaseHandle } from './db-handle';
import type { PanelRequest } from './panel-request';
import { startProtocol } from './protocols/run';

export interface GuideDeps extends AppDeps {
  db: DatabaseHandle;
  newId(): string;
  draftOptions?: DraftStoreOptions;
  /** Which open panel takes calls (lib/call/live-call-lock.ts); one panel alone when not given. */
  liveCallLock?: LiveCallLock;
  /** Called in a read-only panel once the panel taking calls has closed (the page reloads). */
  takeOverCalls?: () => void;
}

/** Shown (instead of "Saved") in a panel that is not the one taking calls. */
export const OTHER_WINDOW =
  'The call guide is open in another window, and calls are taken there. Here the call is shown read-only and nothing is saved; close the guide in the other window to take calls here.';

export const LIVE_CALL_DRAFT = 'live-call';

export function createGuide(deps: GuideDeps) {
  const app = createAppState(deps);
  const drafts = createDraftStore<CallData>(deps.db, LIVE_CALL_DRAFT, { now: deps.now, ...deps.draftOptions });
  const call = createCallModel({ now: deps.now, drafts, newId: deps.newId });
  // The greeting shown during a call is the one for that call's kind, also after a restore.
  const unlink = effect(() => {
    const live = call.call.value;
    if (live) app.callKind.value = live.kind;
  });

  /**
   * Settings, and the call that was live when the page last closed. A page passes `callReady` to
   * read that call (and load the database code) once its first frame, the greeting, is painted.
   */
  async function load(callReady: Promise<unknown> = Promise.resolve()): Promise<void> {
    const lock = deps.liveCallLock ?? soleLock;
    const owner = lock.claim().then((mine) => {
      if (mine) return;
      lock.whenFree(() => deps.takeOverCalls?.());
      // Another window's panel takes the calls: this one reads the call but never writes it.
      drafts.hold(OTHER_WINDOW);
      app.readOnlyCall.value = true;
    });
    // The claim takes a moment; the call is read alongside, and nothing is written until a change.
    await Promise.all([app.load(), owner, call.restore(callReady)]);
  }

  /**
   * Opens a safeguarding protocol in front of everything, from any screen: the procedure the
   * organisation's playbook runs for that kind of call. With no call in progress (the agent
   * reached for it before pressing Start call), one is started.
   */
  function openProtocol(id: ProtocolId): void {
    if (app.readOnlyCall.peek()) return;
    const playbook = app.playbook.peek();
    const protocol = playbook ? app.org.procedureFor(playbook, id) : undefined;
    if (!protocol || !app.settings.peek()) return;
    // On screen now; in the moment the panel opens, the call saved before is read first and the
    // protocol then runs in it (the screen shows it as it will be, and takes input once it does).
    app.opening.value = id;
    app.view.value = 'guide';
    call.afterRestore(() => {
      if (!call.call.peek()) call.start('new');
      call.update((current, now) => startProtocol(current, now, protocol));
      app.opening.value = null;
    });
  }

  /** Requests from outside the panel: the context menu and the protocols' keyboard commands. */
  function handleRequest(request: PanelRequest): void {
    if (request.kind === 'spell') app.spell(request.text);
    else openProtocol(request.protocol);
  }

  return { app, call, drafts, load, openProtocol, handleRequest, dispose: unlink };
}

export type Guide = ReturnType<typeof createGuide>;
