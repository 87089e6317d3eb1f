/**
 * The database, opened on first use. The panel shows its greeting without waiting for the
 * database code (Dexie is most of the panel's JavaScript); it loads straight after.
 *
 * A database that will not open (a damaged profile, a browser refusing storage, an upgrade that
 * cannot read an old record) is never deleted or recreated: the failure is reported in
 * `unopenedDatabase` so the page can say so, stay read-only and offer an export of whatever is
 * there (lib/db-rescue.ts). The page tries again when it is reloaded.
 */
import { signal } from '@preact/signals-core';
import type { CallGuideDb } from './db';

export type DatabaseHandle = () => Promise<CallGuideDb>;

export interface UnopenedDatabase {
  /** The IndexedDB name, for the rescue export. */
  name: string;
  /** What the browser said, for the agent to pass on to IT. */
  reason: string;
}

/** Set when the page's database failed to open; cleared when it opens. */
export const unopenedDatabase = signal<UnopenedDatabase | null>(null);

export function lazyDatabase(name?: string): DatabaseHandle {
  let opened: Promise<CallGuideDb> | null = null;
  return () =>
    (opened ??= import('./db').then(async ({ openDatabase, REAL_DATABASE }) => {
      const db = openDatabase(name);
      try {
        await db.open();
      } catch (failure) {
        // Not retried from here: a failing upgrade run again every few seconds over a large log
        // would load the machine for nothing. "Try again" reloads the page.
        unopenedDatabase.value = { name: name ?? REAL_DATABASE, reason: describe(failure) };
        throw failure;
      }
      if (unopenedDatabase.peek()?.name === db.name) unopenedDatabase.value = null;
      return db;
    }));
}

function describe(failure: unknown): string {
  const inner = (failure as { inner?: unknown }).inner ?? failure;
  const { name, message } = inner as { name?: string; message?: string };
  return [name, message].filter(Boolean).join(': ') || 'unknown error';
}
