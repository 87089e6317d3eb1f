/**
 * How the incident log words its records, shared by the page, the CSV, the printable report and
 * the Director's report, so each says the same thing the same way.
 */
import type { FollowUp, FollowUpMethod, Incident, IncidentKind, IncidentStatus } from './record';
import { formatTime, isoDate } from '../time-format';

export { formatTime };

export const KIND_LABELS: Record<IncidentKind, string> = {
  'abusive-call': 'Abusive call',
  'self-harm': 'Self-harm or suicide',
};

export const STATUS_LABELS: Record<IncidentStatus, string> = { open: 'Open', reviewed: 'Reviewed' };

export const METHOD_LABELS: Record<FollowUpMethod, string> = {
  rang: 'Rang the caller',
  wrote: 'Wrote to the caller',
  discussed: 'Discussed with the agent',
};

const OUTCOME_LABELS: Record<string, string> = {
  'call-ended': 'Call ended after warnings',
  'behaviour-stopped': 'The caller stopped; the call went on',
  'non-urgent': 'Not urgent: referral advice given',
  emergency: 'Immediate danger: 999 called',
  open: 'Not finished',
};

export const ROUTE_LABELS: Record<NonNullable<Incident['route']>, string> = {
  'non-urgent': 'Not urgent: referral advice',
  emergency: 'Immediate danger: 999',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as IncidentKind] ?? kind;
}

export function outcomeLabel(outcome: string): string {
  return OUTCOME_LABELS[outcome] ?? outcome;
}

// Formatters made once: toLocaleString with options builds a new one on every call, which a page
// of fifty rows notices.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export const formatDate = (ms: number) => DATE.format(ms);
export const formatDateTime = (ms: number) => `${formatDate(ms)} ${formatTime(ms)}`;
export const formatWeekday = (ms: number) => WEEKDAY.format(ms);

/** "2026-11-30 14:02": sorts as text and reads the same in any spreadsheet locale. */
export function isoLocal(ms: number): string {
  return `${isoDate(ms)} ${formatTime(ms)}`;
}

export function answer(incident: Incident, id: string): string {
  return incident.answers.find((a) => a.id === id)?.value ?? '';
}

/** The caller's exact words (AB-9), as the agent typed them. */
export const exactWords = (incident: Incident) => answer(incident, 'ab-caller-words');

export function callerLine(caller: Incident['caller']): string {
  const { name, phone, reference } = caller;
  return [name, phone && `phone ${phone}`, reference && `reference ${reference}`].filter(Boolean).join(', ') || 'Not recorded';
}

export function warningsLine(incident: Incident): string {
  const n = incident.warnings.length;
  if (n === 0) return 'No warnings';
  return `${n} warning${n === 1 ? '' : 's'} (${incident.warnings.map(formatTime).join(', ')})`;
}

/** A follow-up's state in one line: done by whom and how, or when it is due. */
export function followUpLine(followUp: FollowUp, now: number): string {
  if (followUp.doneAt !== null) {
    const how = followUp.doneHow ? `${METHOD_LABELS[followUp.doneHow]}, ` : '';
    const by = followUp.doneBy ? ` by ${followUp.doneBy}` : '';
    const note = followUp.doneNote ? `: ${followUp.doneNote}` : '';
    return `${followUp.label}: done ${how}${formatDateTime(followUp.doneAt)}${by}${note}`;
  }
  if (followUp.dueAt === null) return `${followUp.label}: to do`;
  return `${followUp.label}: ${followUp.dueAt < now ? 'OVERDUE, was due' : 'due'} ${formatDateTime(followUp.dueAt)}`;
}

export function isOverdue(followUp: FollowUp, now: number): boolean {
  return followUp.doneAt === null && followUp.dueAt !== null && followUp.dueAt < now;
}
