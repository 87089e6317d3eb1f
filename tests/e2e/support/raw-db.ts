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

/**
 * Changes one character in the middle of the first sealed incident's sealed record, as someone at
 * the desk with the browser's storage tools could: its id, for the log to name it as damaged.
 */
export function tamperFirstSealed(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('call-guide');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('incidents', 'readwrite').objectStore('incidents');
          const read = store.getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            const record = (read.result as { id: string; sealed?: { content: string } }[]).find((r) => r.sealed);
            if (!record?.sealed) return reject(new Error('no sealed incident'));
            const text = record.sealed.content;
            const at = text.indexOf('\n', text.length / 2) - 3;
            record.sealed.content = `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
            const write = store.put(record);
            write.onerror = () => reject(write.error);
            write.onsuccess = () => {
              open.result.close();
              resolve(record.id);
            };
          };
        };
      }),
  );
}
