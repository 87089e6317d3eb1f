/**
 * A database the guide cannot open, made the way it happens: version 2 of the guide's database
 * holding a record the upgrade to version 3 cannot read (follow-ups as free text, as no version
 * of the guide wrote them).
 */
import { Dexie } from 'dexie';

export const V2_STORES = {
  incidents: 'id, kind, status, createdAt, agentName, *callerKeys',
  drafts: 'id',
  callBacks: 'id, status, dueAt',
};
export const savedDraft = { id: 'live-call', savedAt: 1, data: { notes: 'the caller said' } };
export const unreadable = { id: 'odd', kind: 'abusive-call', status: 'open', createdAt: 1, agentName: 'A', callerKeys: [], followUps: 'rang Tuesday' };

export async function makeUnupgradable(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ incidents: 'id, kind, status, createdAt, agentName', drafts: 'id', callBacks: 'id, status, dueAt' });
  old.version(2).stores(V2_STORES);
  await old.table('incidents').put(unreadable);
  await old.table('drafts').put(savedDraft);
  old.close();
}
