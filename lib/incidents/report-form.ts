/**
 * The printable single-incident report, laid out as the sections of a council incident reporting
 * form (Communities' ADOR1, AB-9; Moray's file note, AB-8): filled from the record where the
 * guide knows the answer, left blank to complete by hand where it does not.
 */
import type { Incident } from './record';
import {
  answer,
  exactWords,
  followUpLine,
  formatDate,
  formatDateTime,
  formatTime,
  kindLabel,
  outcomeLabel,
  ROUTE_LABELS,
  warningsLine,
} from './format';
import { formatDuration } from './timeline';

export interface FormField {
  label: string;
  /** Empty: a line to fill in by hand. */
  value: string;
}

export interface FormSection {
  heading: string;
  fields: FormField[];
}

interface FormContext {
  organisation: string;
  referralName(id: string): string;
  now: number;
}

const TYPE: Record<Incident['kind'], string> = {
  'abusive-call': 'Verbal abuse or threats by telephone',
  'self-harm': 'Declared intent to self-harm or suicide (telephone)',
};

export function incidentReportForm(incident: Incident, context: FormContext): FormSection[] {
  const ended = incident.callEndedAt;
  const selfHarm = incident.kind === 'self-harm';
  const ticked = (label: RegExp) => incident.checklist.some((item) => label.test(item));
  return [
    {
      heading: '1. The incident',
      fields: [
        { label: 'Reference', value: incident.id },
        { label: 'Type of incident', value: TYPE[incident.kind] ?? kindLabel(incident.kind) },
        { label: 'Date', value: formatDate(incident.callStartedAt) },
        { label: 'Time the call started', value: formatTime(incident.callStartedAt) },
        { label: 'Time the call ended', value: ended ? formatTime(ended) : '' },
        { label: 'Length of the call', value: ended ? formatDuration(ended - incident.callStartedAt) : '' },
        { label: 'Where it happened', value: `Telephone call to ${context.organisation}` },
        ...(selfHarm ? [{ label: 'Where the caller was', value: incident.location }] : []),
      ],
    },
    {
      heading: '2. Person reporting',
      fields: [
        { label: 'Name', value: incident.agentName },
        { label: 'Organisation', value: context.organisation },
        { label: 'Job title and team', value: '' },
        { label: 'Date recorded', value: formatDateTime(incident.createdAt) },
      ],
    },
    {
      heading: '3. The caller',
      fields: [
        { label: 'Name', value: incident.caller.name },
        { label: 'Telephone', value: incident.caller.phone },
        { label: 'Reference (tenancy or account)', value: incident.caller.reference },
      ],
    },
    {
      heading: '4. What happened',
      fields: [
        { label: 'Summary', value: incident.summary },
        { label: 'Account of what happened', value: answer(incident, 'ab-what-happened') || answer(incident, 'incident-notes') },
        ...(selfHarm ? [] : [{ label: "The caller's exact words", value: exactWords(incident) }, { label: 'Warnings given', value: warningsLine(incident) }]),
        ...(selfHarm
          ? [
              { label: 'Route taken', value: incident.route ? ROUTE_LABELS[incident.route] : '' },
              { label: '999 called at', value: incident.emergencyCalledAt ? formatTime(incident.emergencyCalledAt) : '' },
              { label: 'Support partner alerted at', value: incident.colleagueAlertedAt ? formatTime(incident.colleagueAlertedAt) : '' },
              { label: 'Referral numbers given', value: incident.referralsGiven.map(context.referralName).join(', ') },
            ]
          : []),
        { label: 'Outcome', value: outcomeLabel(incident.outcome) },
        { label: 'Agent’s notes', value: incident.notes },
      ],
    },
    {
      heading: '5. Witnesses, injury and time lost',
      fields: [
        { label: 'Witnesses (name and role)', value: '' },
        { label: 'Injury or harm to staff', value: '' },
        { label: 'Working time lost', value: '' },
      ],
    },
    {
      heading: '6. Action taken',
      fields: [
        { label: 'Reported to the line manager', value: ticked(/line manager told|discussed with line manager/i) ? 'Yes' : '' },
        { label: 'File note sent', value: ticked(/file note/i) ? 'Yes' : '' },
        { label: 'Police or other authority informed', value: '' },
        { label: 'Follow-ups', value: incident.followUps.map((f) => followUpLine(f, context.now)).join('\n') },
      ],
    },
    {
      heading: '7. Review',
      fields: [
        { label: 'Reviewed by', value: incident.review?.by ?? '' },
        { label: 'Date reviewed', value: incident.review ? formatDateTime(incident.review.at) : '' },
        { label: 'Review notes', value: incident.reviewNotes.map((n) => `${formatDateTime(n.at)}, ${n.by}: ${n.note}`).join('\n') },
      ],
    },
  ];
}
