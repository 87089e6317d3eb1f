/**
 * One panel at a time takes calls. A panel opened in a second browser window would otherwise
 * restore the first window's call from the one live-call draft, both would write over each other,
 * and ending either would delete the draft for both. The first panel holds a Web Lock for as long
 * as it is open (the browser frees it when the page closes or crashes, so a crash never leaves it
 * held); a later one shows the call read-only and takes over when the lock is freed.
 */

export interface LiveCallLock {
  /** True when this page now holds the lock (and keeps it while open), false when another does. */
  claim(): Promise<boolean>;
  /** Calls back once, when the page holding it has closed. */
  whenFree(callback: () => void): void;
}

/** A lock that is always this page's: where Web Locks are missing, and in tests of one panel. */
export const soleLock: LiveCallLock = { claim: async () => true, whenFree: () => {} };

export function webLock(name: string, locks: LockManager | undefined = globalThis.navigator?.locks): LiveCallLock {
  if (!locks) return soleLock;
  return {
    claim: () =>
      new Promise<boolean>((resolve) => {
        void locks.request(name, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          // Held until the page goes.
          return lock ? new Promise<never>(() => {}) : undefined;
        });
      }),
    whenFree(callback) {
      void locks.request(name, () => callback());
    },
  };
}
