import type { Page } from '@playwright/test';

/** Every record of one table of the real database as IndexedDB holds it, as text: what anyone at the desk could read. */
export function rawTable(page: Page, table: 'incidents' | 'reviewContents'): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('call-guide');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(read.result));
          };
        };
      }),
    table,
  );
}
