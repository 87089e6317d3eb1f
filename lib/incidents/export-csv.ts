/**
 * The filtered list as CSV for a spreadsheet. Papa Parse does the quoting; every cell that a
 * spreadsheet would run as a formula is prefixed with a single quote, as OWASP advises for CSV
 * injection, so a note typed as `=HYPERLINK(...)` opens as the text it is.
 */
import Papa from 'papaparse';
import type { FollowUp, Incident } from './record';
import { answer, exactWords, followUpLine, isoLocal, kindLabel, outcomeLabel, ROUTE_LABELS, STATUS_LABELS } from './format';
import { TRIAGE_LABELS, triageFlags } from './triage';

/**
 * Cells starting with = + - @, a tab or a carriage return, as OWASP lists; also after any leading
 * whitespace (Unicode's too: no-break and ideographic spaces, line breaks) or invisible zero-width
 * characters, which a spreadsheet may skip before reading a formula, and the full-width forms
 * ＝＋－＠ some spreadsheets accept. Papa Parse's own `escapeFormulae: true` pattern ends in `.*$`,
 * which fails on a cell with a line break, so a multi-line note starting with "=" would go through
 * untouched: hence this pattern.
 */
export const FORMULA_START = /^(?:[\t\r]|[\s\u200B-\u200D\u2060\u180E\uFEFF\u00AD]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Every column, in order; the README lists them with what each holds. */
export const CSV_COLUMNS = [
  'Incident',
  'Call started',
  'Call ended',
  'Saved',
  'Kind',
  'Status',
  'Agent',
  'Organisation',
  'Caller',
  'Phone',
  'Reference',
  'Location',
  'Summary',
  'What happened',
  'Outcome',
  'Route',
  'Warnings',
  'Warning times',
  '999 called',
  'Colleague alerted',
  'Police informed',
  'Police or ambulance reference',
  'Referral numbers given',
  'Steps done',
  "Caller's exact words",
  "Agent's account",
  'Answers',
  'Ticked',
  'Notes',
  'Follow-ups',
  'Welfare debrief',
  'Reviewed by',
  'Reviewed',
  'Review notes',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

const at = (ms: number | null | undefined) => (ms == null ? '' : isoLocal(ms));
const lines = (items: readonly string[]) => items.join('\n');

function followUpCell(followUp: FollowUp, now: number): string {
  return followUpLine(followUp, now) + (followUp.assignedTo ? ` (assigned to ${followUp.assignedTo})` : '');
}

/** The agent's own account: "what happened" (abusive call) or "what happened and what you did" (self-harm). */
const account = (incident: Incident) => answer(incident, 'ab-what-happened') || answer(incident, 'incident-notes');

function cells(incident: Incident, options: CsvOptions): Record<Column, string> {
  const { organisation, now } = options;
  const referral = options.referralName ?? ((id: string) => id);
  const welfare = incident.followUps.find((f) => f.kind === 'welfare');
  return {
    Incident: incident.id,
    'Call started': at(incident.callStartedAt),
    'Call ended': at(incident.callEndedAt),
    Saved: at(incident.createdAt),
    Kind: kindLabel(incident.kind),
    Status: STATUS_LABELS[incident.status] ?? incident.status,
    Agent: incident.agentName,
    Organisation: organisation(incident.playbookId),
    Caller: incident.caller.name,
    Phone: incident.caller.phone,
    Reference: incident.caller.reference,
    Location: incident.location,
    Summary: incident.summary,
    'What happened': triageFlags(incident).map((flag) => TRIAGE_LABELS[flag]).join('; '),
    Outcome: outcomeLabel(incident.outcome),
    Route: incident.route ? ROUTE_LABELS[incident.route] : '',
    Warnings: String(incident.warnings.length),
    'Warning times': lines(incident.warnings.map(isoLocal)),
    '999 called': at(incident.emergencyCalledAt),
    'Colleague alerted': at(incident.colleagueAlertedAt),
    'Police informed': incident.authorities?.policeInformed ? `Yes (recorded by ${incident.authorities.by}, ${isoLocal(incident.authorities.at)})` : '',
    'Police or ambulance reference': incident.authorities?.reference ?? '',
    'Referral numbers given': incident.referralsGiven.map(referral).join('; '),
    'Steps done': lines(incident.steps.map((step) => `${isoLocal(step.at)} ${step.title}`)),
    "Caller's exact words": exactWords(incident),
    "Agent's account": account(incident),
    Answers: lines(incident.answers.map((a) => `${a.label}: ${a.value}`)),
    Ticked: lines(incident.checklist),
    Notes: incident.notes,
    'Follow-ups': lines(incident.followUps.map((f) => followUpCell(f, now))),
    'Welfare debrief': welfare ? (welfare.doneAt !== null ? `Done ${isoLocal(welfare.doneAt)} by ${welfare.doneBy ?? ''}` : `Due ${at(welfare.dueAt)}`) : '',
    'Reviewed by': incident.review?.by ?? '',
    Reviewed: incident.review ? isoLocal(incident.review.at) : '',
    'Review notes': lines(incident.reviewNotes.map((n) => `${isoLocal(n.at)} ${n.by}: ${n.note}`)),
  };
}

export interface CsvOptions {
  organisation(playbookId: string): string;
  /** A referral service's name as the agent saw it; its id where not given. */
  referralName?(id: string): string;
  now: number;
}

function row(incident: Incident, options: CsvOptions): string[] {
  const byColumn = cells(incident, options);
  return CSV_COLUMNS.map((column) => byColumn[column]);
}

/**
 * CSV text with a byte-order mark, so spreadsheets read it as UTF-8 (Welsh and curly quotes
 * intact), and CRLF line ends.
 */
export function incidentsCsv(incidents: readonly Incident[], options: CsvOptions): string {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: incidents.map((incident) => row(incident, options)) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${csv}`;
}
