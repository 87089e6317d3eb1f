import { afterEach, describe, expect, it } from 'vitest';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import type { SettingsStore } from '../../../lib/app-state';
import { setText } from '../../../lib/call/call';
import type { LiveCallLock } from '../../../lib/call/live-call-lock';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { createGuide, LIVE_CALL_DRAFT, OTHER_WINDOW } from '../../../lib/guide';
import { plainOrgConfig } from '../../../lib/settings/org-config';
import { NOW } from '../../support/now';

const settings = (): SettingsStore => ({
  getValue: async () => ({ agentName: 'Morag Innes', playbookId: 'moray' }),
  setValue: async () => {},
  watch: () => () => {},
});

/** The Web Lock as two windows' panels see it: the first to ask holds it until it is freed. */
function sharedLock() {
  let holder: string | null = null;
  const waiting: (() => void)[] = [];
  const lockFor = (panel: string): LiveCallLock => ({
    claim: async () => {
      if (holder && holder !== panel) return false;
      holder = panel;
      return true;
    },
    whenFree: (callback) => void waiting.push(callback),
  });
  const free = () => {
    holder = null;
    waiting.splice(0).forEach((callback) => callback());
  };
  return { lockFor, free };
}

let db: CallGuideDb;
afterEach(async () => {
  await db.delete();
});

function panel(lock: LiveCallLock, onTakeOver = () => {}) {
  let ids = 0;
  return createGuide({
    settings: settings(),
    org: plainOrgConfig(playbooks, protocols, referralCatalogue, null),
    now: () => NOW,
    db: async () => db,
    newId: () => `call-${(ids += 1)}`,
    draftOptions: { delayMs: 0, maxWaitMs: 0 },
    liveCallLock: lock,
    takeOverCalls: onTakeOver,
  });
}

const storedNotes = async () => ((await db.drafts.get(LIVE_CALL_DRAFT))?.data as { notes: string } | undefined)?.notes;

describe('a panel open in two browser windows', () => {
  it('takes calls in the first; the second shows the call read-only, writes nothing and cannot end it', async () => {
    db = openDatabase(`two-windows-${Math.random()}`);
    const { lockFor, free } = sharedLock();
    const a = panel(lockFor('window A'));
    await a.load();
    a.call.start('new');
    a.call.update((call) => setText(call, 'notes', 'Window A: boiler broken'));
    await a.drafts.flush();

    let tookOver = false;
    const b = panel(lockFor('window B'), () => (tookOver = true));
    await b.load();
    expect(b.app.readOnlyCall.value).toBe(true);
    expect(a.app.readOnlyCall.value).toBe(false);
    expect(b.call.call.value?.notes).toBe('Window A: boiler broken');

    // Whatever reaches the second panel's model is never written over the first's call...
    b.call.update((call) => setText(call, 'notes', 'Window B: something else'));
    await b.drafts.flush();
    expect(b.drafts.error.value).toBe(OTHER_WINDOW);
    expect(await storedNotes()).toBe('Window A: boiler broken');
    // ...nor does ending it there delete it, nor does a protocol open there.
    await b.call.end();
    expect(await storedNotes()).toBe('Window A: boiler broken');
    b.openProtocol('self-harm');
    expect(b.app.opening.value).toBeNull();

    a.call.update((call) => setText(call, 'notes', 'Window A: boiler broken, engineer Tuesday'));
    await a.drafts.flush();
    expect(await storedNotes()).toBe('Window A: boiler broken, engineer Tuesday');

    // The first window's panel closes: the second takes over (its page reloads to do so).
    free();
    expect(tookOver).toBe(true);
  });
});
