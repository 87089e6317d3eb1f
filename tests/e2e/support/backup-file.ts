import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../lib/incidents/backup-schema';

/** A backup file's text, as the log's own export writes it. */
export function backupText(incidents: readonly unknown[], exportedAt = new Date()): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), count: incidents.length, incidents });
}
