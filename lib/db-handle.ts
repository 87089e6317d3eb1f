/**
 * The database, opened on first use. The panel shows its greeting without waiting for the
 * database code (Dexie is most of the panel's JavaScript); it loads straight after.
 */
import type { CallGuideDb } from './db';

export type DatabaseHandle = () => Promise<CallGuideDb>;

export function lazyDatabase(name?: string): DatabaseHandle {
  let opened: Promise<CallGuideDb> | null = null;
  return () => (opened ??= import('./db').then(({ openDatabase }) => openDatabase(name)));
}
