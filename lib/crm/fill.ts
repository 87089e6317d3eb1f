/**
 * "Fill from CRM": with the organisation's CRM connection and the agent's permission for that
 * site (asked at run time), read the caller's details from the CRM tab. Nothing is entered into
 * the call until the agent confirms it.
 */
import type { Caller } from '../call/call';
import { matchesCrm, originPattern, type CrmConnection } from '../settings/crm-connection';
import { readCrmFields } from './read-fields';

export interface CrmApi {
  permissions: {
    contains(request: { origins: string[] }): Promise<boolean>;
    request(request: { origins: string[] }): Promise<boolean>;
  };
  tabs: {
    query(query: { url?: string | string[]; active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string; active?: boolean; lastAccessed?: number }[]>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      func: (fields: Record<string, string>) => Record<string, string>;
      args: [Record<string, string>];
    }): Promise<{ result?: unknown }[]>;
  };
}

export type CrmRead =
  | { status: 'read'; values: Record<string, string> }
  | { status: 'no-permission' }
  | { status: 'no-tab' }
  | { status: 'failed'; message: string };

/** Asks the browser for access to the CRM's site; call from a click (a user gesture). */
export function requestCrmAccess(api: Pick<CrmApi, 'permissions'>, connection: CrmConnection): Promise<boolean> {
  return api.permissions.request({ origins: [originPattern(connection.urlPattern)] });
}

export async function readFromCrm(api: CrmApi, connection: CrmConnection): Promise<CrmRead> {
  const origins = [originPattern(connection.urlPattern)];
  if (!(await api.permissions.contains({ origins }))) return { status: 'no-permission' };
  const tabs = (await api.tabs.query({ url: origins })).filter((tab) => tab.id !== undefined && tab.url && matchesCrm(connection.urlPattern, tab.url));
  // The CRM tab the agent is looking at, else the one they looked at last.
  const tab = tabs.find((t) => t.active) ?? [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (!tab?.id) return { status: 'no-tab' };
  try {
    const [injection] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: readCrmFields, args: [connection.fields] });
    const values = (injection?.result ?? {}) as Record<string, string>;
    return { status: 'read', values };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

const TITLES = ['Mr', 'Mrs', 'Miss', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev'];

/** The caller's details from what the CRM showed: a full name split into title, first name and surname. */
export function callerFromCrm(values: Record<string, string>): Partial<Caller> {
  const patch: Partial<Caller> = {};
  const words = (values.name ?? '').split(' ').filter(Boolean);
  if (words.length) {
    if (TITLES.includes(words[0]!.replace(/\.$/, ''))) patch.title = words.shift()!.replace(/\.$/, '');
    if (words.length > 1) patch.firstName = words.shift()!;
    patch.surname = words.join(' ');
  }
  for (const field of ['address', 'phone', 'email', 'reference'] as const) {
    if (values[field]) patch[field] = values[field];
  }
  return patch;
}
