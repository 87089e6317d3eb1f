/**
 * When the guide's database cannot be opened (a newer version wrote it, the profile is damaged),
 * nothing is deleted: this reads whatever is there, read-only, so it can be exported and kept.
 */
export async function readEverything(name: string, factory: IDBFactory = indexedDB): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = factory.open(name);
    // Opening without a version never upgrades; a database that does not exist is not created.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
  if (!db) return {};
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return {};
    const tx = db.transaction(stores, 'readonly');
    const entries = await Promise.all(
      stores.map(
        (store) =>
          new Promise<[string, unknown[]]>((resolve, reject) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve([store, request.result]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return Object.fromEntries(entries);
  } finally {
    db.close();
  }
}
