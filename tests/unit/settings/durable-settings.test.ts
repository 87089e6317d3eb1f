import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { durableSettings } from '../../../lib/settings/durable-settings';
import { parseStoredSettings } from '../../../lib/settings/settings';
import { NOW } from '../../support/now';

/** Extension storage whose writes reach the disk only when `persist()` is called: a crash loses the rest. */
function lazyDisk(initial: unknown = null) {
  let onDisk = initial;
  let inMemory = initial;
  return {
    getValue: async () => inMemory,
    setValue: async (value: unknown) => void (inMemory = value),
    watch: () => () => {},
    persist: () => void (onDisk = inMemory),
    crash: () => void (inMemory = onDisk),
  };
}

let db: CallGuideDb;
afterEach(async () => {
  await db.delete();
});

const morag = { agentName: 'Morag Innes', playbookId: 'moray', team: '' };
const now = { now: () => NOW, later: (run: () => void) => run() };

describe('settings saved just before a crash', () => {
  it('survive: the set-up itself, and a change made in the first second after it', async () => {
    db = openDatabase(`durable-${Math.random()}`);
    const disk = lazyDisk();
    const settings = durableSettings(disk, async () => db, now);
    await settings.setValue(morag);
    disk.crash();
    const afterCrash = durableSettings(disk, async () => db, now);
    expect(parseStoredSettings(await afterCrash.getValue(), () => true).settings).toMatchObject(morag);

    disk.persist();
    let clock = NOW + 500;
    const later = durableSettings(disk, async () => db, { now: () => clock, later: (run) => run() });
    await later.setValue({ ...morag, team: 'Lettings' });
    disk.crash();
    clock += 1000;
    const reopened = durableSettings(disk, async () => db, now);
    expect(parseStoredSettings(await reopened.getValue(), () => true).settings?.team).toBe('');
    // The newer copy is put back just after the first screen; the page's watch then shows it.
    await expect.poll(async () => parseStoredSettings(await disk.getValue(), () => true).settings?.team).toBe('Lettings');
  });
});
