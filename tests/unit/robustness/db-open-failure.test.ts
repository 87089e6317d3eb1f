import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyDatabase, unopenedDatabase } from '../../../lib/db-handle';
import { readEverything } from '../../../lib/db-rescue';
import { makeUnupgradable, savedDraft as draft, unreadable, V2_STORES } from './unopenable-db';

afterEach(() => {
  unopenedDatabase.value = null;
});

describe('a database that fails to open', () => {
  it('is reported to the page with the reason, and is neither deleted nor changed', async () => {
    const name = `fails-${Math.random()}`;
    await makeUnupgradable(name);
    const database = lazyDatabase(name);
    await expect(database()).rejects.toThrow('map is not a function');
    expect(unopenedDatabase.value).toEqual({ name, reason: expect.stringContaining('TypeError') });
    // Everything is still there, as it was, and readable for the rescue export.
    expect(await readEverything(name)).toEqual({ incidents: [unreadable], drafts: [draft], callBacks: [] });
    const version = await new Promise<number>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    expect(version).toBe(20);
  });

  it('is not retried by the same page, and opens in a new page once it can be read', async () => {
    const name = `recovers-${Math.random()}`;
    await makeUnupgradable(name);
    const database = lazyDatabase(name);
    await expect(database()).rejects.toThrow();
    expect(unopenedDatabase.value).not.toBeNull();

    // IT mends the record (or a newer guide reads it). This page keeps its answer (no upgrade run
    // again on every save); the next page, after "Try again" reloads, opens it.
    const mend = new Dexie(name);
    mend.version(2).stores(V2_STORES);
    await mend.table('incidents').update('odd', { followUps: [] });
    mend.close();
    await expect(database()).rejects.toThrow();
    const db = await lazyDatabase(name)();
    expect(await db.drafts.get('live-call')).toEqual(draft);
    expect(unopenedDatabase.value).toBeNull();
    db.close();
  });
});
