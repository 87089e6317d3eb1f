import { afterEach, describe, expect, it, vi } from 'vitest';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import { plainOrgConfig } from '../../../lib/settings/org-config';
import type { SettingsStore } from '../../../lib/app-state';
import { askToHold, holdAgreed, nextStage, updateCaller, type CallData } from '../../../lib/call/call';
import { createDraftStore } from '../../../lib/call/draft-store';
import { createCallModel, UNREAD_DRAFT } from '../../../lib/call/session';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { createGuide, LIVE_CALL_DRAFT } from '../../../lib/guide';
import { manualTimers } from './timers';
import { NOW } from '../../support/now';

const T0 = NOW;
let clock = T0;
let db: CallGuideDb;

/** The panel as it is built on opening: a fresh model over whatever the database holds. */
function openPanel() {
  const timers = manualTimers();
  const drafts = createDraftStore<CallData>(async () => db, LIVE_CALL_DRAFT, { now: () => clock, ...timers });
  let ids = 0;
  const model = createCallModel({ now: () => clock, drafts, newId: () => `call-${(ids += 1)}` });
  return { model, drafts, timers };
}

function newDatabase() {
  db = openDatabase(`test-${Math.random()}`);
  clock = T0;
}

afterEach(async () => {
  await db.delete();
});

const settings = (): SettingsStore => ({
  getValue: async () => ({ agentName: 'Morag Innes', playbookId: 'moray' }),
  setValue: async () => {},
  watch: () => () => {},
});

describe('the live call survives the panel closing', () => {
  it('a new panel resumes the same call at the same step, with the hold clock still running from its start', async () => {
    newDatabase();
    const first = openPanel();
    first.model.start('new');
    clock += 5_000;
    first.model.update(nextStage);
    first.model.update((c, at) => updateCaller(c, at, { title: 'Mrs', surname: 'Jones' }));
    clock += 20_000;
    first.model.update(askToHold);
    first.model.update(holdAgreed);
    first.timers.runAll();
    await first.drafts.flush();
    expect(first.drafts.state.value).toBe('saved');

    clock += 40_000;
    const second = openPanel();
    expect(second.model.active.value).toBe(false);
    await second.model.restore();
    const restored = second.model.call.value!;
    expect(restored).toEqual(first.model.call.value);
    expect(restored).toMatchObject({ id: 'call-1', stage: 'caller', hold: { startedAt: T0 + 25_000 } });
    expect(restored.caller.surname).toBe('Jones');
    expect(second.model.active.value).toBe(true);
  });

  it('a change not yet written when the panel closed is not restored, but the earlier state is', async () => {
    newDatabase();
    const first = openPanel();
    first.model.start('new');
    await first.drafts.flush();
    first.model.update(nextStage);
    const second = openPanel();
    await second.model.restore();
    expect(second.model.call.value?.stage).toBe('greeting');
  });

  it('ending the call clears the draft, so the next panel starts with no call', async () => {
    newDatabase();
    const first = openPanel();
    first.model.start('transferred');
    first.model.update(nextStage);
    await first.drafts.flush();
    clock += 90_000;
    const ended = await first.model.end();
    expect(ended?.timeline.at(-1)).toEqual({ at: T0 + 90_000, type: 'call-ended' });
    expect(first.model.call.value).toBeNull();
    expect(await db.drafts.count()).toBe(0);

    const second = openPanel();
    await second.model.restore();
    expect(second.model.call.value).toBeNull();
    expect(await second.model.end()).toBeNull();
  });

  it('restoring never replaces a call the agent has already started', async () => {
    newDatabase();
    const first = openPanel();
    first.model.start('new');
    await first.drafts.flush();
    const second = openPanel();
    second.model.start('transferred');
    await second.model.restore();
    expect(second.model.call.value?.kind).toBe('transferred');
  });

  it('saves only real changes, stamped with the injected clock', () => {
    newDatabase();
    const schedule = vi.fn();
    const model = createCallModel({ now: () => clock, newId: () => 'call-9', drafts: { schedule, flush: async () => {}, load: async () => null, hold: () => {} } });
    model.update(nextStage);
    expect(schedule).not.toHaveBeenCalled();
    model.start('new');
    expect(schedule).toHaveBeenCalledTimes(1);
    model.update((c) => c);
    expect(schedule).toHaveBeenCalledTimes(1);
    clock += 3_000;
    model.update(nextStage);
    expect(schedule).toHaveBeenCalledTimes(2);
    expect(model.call.value?.timeline.at(-1)).toEqual({ at: T0 + 3_000, type: 'stage', detail: 'caller' });
  });
});

describe('the guide', () => {
  it('greets as for the restored call’s kind, not the kind picked before the reload', async () => {
    newDatabase();
    const deps = { settings: settings(), org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: () => clock, db: async () => db, newId: () => 'call-1' };
    const before = createGuide(deps);
    await before.load();
    before.call.start('transferred');
    await before.drafts.flush();
    before.dispose();

    const after = createGuide(deps);
    expect(after.app.callKind.value).toBe('new');
    await after.load();
    expect(after.call.call.value?.kind).toBe('transferred');
    expect(after.app.callKind.value).toBe('transferred');
    after.dispose();
  });

  it('follows the kind of a call started in this panel', async () => {
    newDatabase();
    const guide = createGuide({ settings: settings(), org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: () => clock, db: async () => db, newId: () => 'call-1' });
    await guide.load();
    guide.app.callKind.value = 'transferred';
    guide.call.start('new');
    expect(guide.app.callKind.value).toBe('new');
    await guide.drafts.flush();
    guide.dispose();
  });
});

describe('the call saved before is never replaced in the moment the panel opens', () => {
  /** A guide whose saved call arrives only when the test says (the database opening slowly). */
  async function openingSlowly() {
    newDatabase();
    const deps = { settings: settings(), org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: () => clock, db: async () => db, newId: () => 'call-1' };
    const before = createGuide(deps);
    await before.load();
    before.call.start('transferred');
    before.call.update(nextStage);
    await before.drafts.flush();
    before.dispose();

    let open!: () => void;
    const painted = new Promise<void>((resolve) => (open = resolve));
    // As in the panel: the cached settings greet (and allow a protocol) before storage answers.
    const cached = { agentName: 'Morag Innes', playbookId: 'moray' };
    const after = createGuide({ ...deps, newId: () => 'call-new', settingsCache: { read: () => cached, write: () => {} } });
    const loading = after.load(painted);
    return { after, open, loading };
  }

  it('"Start call" pressed before the saved call is read resumes the saved call instead', async () => {
    const { after, open, loading } = await openingSlowly();
    after.call.start('new');
    expect(after.call.call.value).toBeNull();
    open();
    await loading;
    expect(after.call.call.value).toMatchObject({ id: 'call-1', kind: 'transferred' });
    await after.drafts.flush();
    expect((await db.drafts.get(LIVE_CALL_DRAFT))?.data).toMatchObject({ id: 'call-1' });
    after.dispose();
  });

  it('a protocol opened before the saved call is read opens in the saved call', async () => {
    const { after, open, loading } = await openingSlowly();
    after.openProtocol('abusive-call');
    open();
    await loading;
    expect(after.call.call.value).toMatchObject({ id: 'call-1', protocol: { protocolId: 'abusive-call', open: true } });
    after.dispose();
  });

  it('when the saved call cannot be read, a new call is kept on screen and nothing is written over it', async () => {
    newDatabase();
    await db.drafts.put({ id: LIVE_CALL_DRAFT, savedAt: 1, data: { id: 'call-1' } });
    const get = vi.spyOn(db.drafts, 'get').mockRejectedValue(new Error('read failed'));
    const guide = createGuide({ settings: settings(), org: plainOrgConfig(playbooks, protocols, referralCatalogue), now: () => clock, db: async () => db, newId: () => 'call-new' });
    await guide.load();
    guide.call.start('new');
    await guide.drafts.flush();
    expect(guide.call.call.value).toMatchObject({ id: 'call-new' });
    expect(guide.drafts.state.value).toBe('error');
    expect(guide.drafts.error.value).toBe(UNREAD_DRAFT);
    get.mockRestore();
    expect((await db.drafts.get(LIVE_CALL_DRAFT))?.data).toEqual({ id: 'call-1' });
    guide.dispose();
  });
});
