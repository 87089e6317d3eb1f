import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Playbook } from '../../content/schema';
import type { DatabaseHandle } from '../../lib/db-handle';
import type { LogState } from '../../lib/incidents/log-state';
import type { RetentionSetting } from '../../lib/incidents/retention-setting';
import type { ClipboardWriter } from '../ui/CopyButton';

/** Where a file the team leader asked for goes: a download in the page, a spy in tests. */
export type { Download } from '../ui/download';
import type { Download } from '../ui/download';

/** What the incident log's components share; startIncidentLog builds the real one, tests their own. */
export interface LogServices {
  db: DatabaseHandle;
  /**
   * The list's own, where it differs: an unlocked log's list and search answer from its index in
   * memory as soon as it is unlocked, before the views that read `db` can.
   */
  listDb?: DatabaseHandle;
  state: LogState;
  /** The page's clock, read again every half minute so "overdue" stays true. */
  now: number;
  organisation(playbookId: string): string;
  referralName(id: string): string;
  /** The report for the Director under the playbook an incident was taken with (Moray only, AB-14). */
  directorReport(playbookId: string): Playbook['directorReport'];
  download: Download;
  print(): void;
  clipboard: ClipboardWriter | undefined;
  /** The retention period; `locked` when the organisation's policy sets it (shown, not editable). */
  retention: { get(): Promise<RetentionSetting & { locked?: boolean }>; set(value: RetentionSetting): Promise<void> };
  /** The organisation's policy (managed storage), read for sealing: `teamLeaderKeys`, `restrictions`. */
  managed?: { get(): Promise<unknown> };
}

export const LogContext = createContext<LogServices | null>(null);

export function useLog(): LogServices {
  const services = useContext(LogContext);
  if (!services) throw new Error('useLog needs a LogContext provider');
  return services;
}
