import { describe, expect, it } from 'vitest';
import { readEverything } from '../../../lib/db-rescue';

describe('a database the guide cannot open', () => {
  it('is read whole and read-only, whatever version wrote it, and is neither upgraded nor deleted', async () => {
    const name = `newer-${Math.random()}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 999);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('drafts', { keyPath: 'id' }).put({ id: 'live-call', data: { notes: 'kept' } });
        request.result.createObjectStore('incidents', { keyPath: 'id' }).put({ id: 'i-1', summary: 'kept too' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await readEverything(name)).toEqual({
      drafts: [{ id: 'live-call', data: { notes: 'kept' } }],
      incidents: [{ id: 'i-1', summary: 'kept too' }],
    });
    const version = await new Promise<number>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    expect(version).toBe(999);
  });

  it('reads as empty, and is not created, when there is none', async () => {
    const name = `missing-${Math.random()}`;
    expect(await readEverything(name)).toEqual({});
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(name);
  });

});
