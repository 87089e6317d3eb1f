/**
 * The filtered list as CSV for a spreadsheet. Papa Parse does the quoting; every cell that a
 * spreadsheet would run as a formula is prefixed with a single quote, as OWASP advises for CSV
 * injection, so a note typed as `=HYPERLINK(...)` opens as the text it is.
 */
import Papa from 'papaparse';
import type { Incident } from './record';
import { exactWords, followUpLine, isoLocal, kindLabel, outcomeLabel, ROUTE_LABELS, STATUS_LABELS } from './format';

/**
 * Cells starting with = + - @, a tab or a carriage return, as OWASP lists; also after any leading
 * whitespace (Unicode's too: no-break and ideographic spaces, line breaks) or invisible zero-width
 * characters, which a spreadsheet may skip before reading a formula, and the full-width forms
 * ＝＋－＠ some spreadsheets accept. Papa Parse's own `escapeFormulae: true` pattern ends in `.*$`,
 * which fails on a cell with a line break, so a multi-line note starting with "=" would go through
 * untouched: hence this pattern.
 */
const FORMULA_START = /^(?:[\t\r]|[\s\u200B-\u200D\u2060\u180E\uFEFF\u00AD]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export const CSV_COLUMNS = [
  'Incident',
  'Recorded',
  'Kind',
  'Status',
  'Agent',
  'Organisation',
  'Caller',
  'Phone',
  'Reference',
  'Summary',
  'Outcome',
  'Route',
  'Warnings',
  "Caller's exact words",
  'Notes',
  'Follow-ups',
  'Reviewed by',
  'Reviewed',
  'Review notes',
] as const;

function row(incident: Incident, organisation: (playbookId: string) => string, now: number): string[] {
  return [
    incident.id,
    isoLocal(incident.createdAt),
    kindLabel(incident.kind),
    STATUS_LABELS[incident.status] ?? incident.status,
    incident.agentName,
    organisation(incident.playbookId),
    incident.caller.name,
    incident.caller.phone,
    incident.caller.reference,
    incident.summary,
    outcomeLabel(incident.outcome),
    incident.route ? ROUTE_LABELS[incident.route] : '',
    String(incident.warnings.length),
    exactWords(incident),
    incident.notes,
    incident.followUps.map((f) => followUpLine(f, now)).join('\n'),
    incident.review?.by ?? '',
    incident.review ? isoLocal(incident.review.at) : '',
    incident.reviewNotes.map((n) => `${isoLocal(n.at)} ${n.by}: ${n.note}`).join('\n'),
  ];
}

/**
 * CSV text with a byte-order mark, so spreadsheets read it as UTF-8 (Welsh and curly quotes
 * intact), and CRLF line ends.
 */
export function incidentsCsv(incidents: readonly Incident[], options: { organisation(playbookId: string): string; now: number }): string {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: incidents.map((incident) => row(incident, options.organisation, options.now)) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${csv}`;
}
