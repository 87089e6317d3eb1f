import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, incidentsCsv } from '../../../lib/incidents/export-csv';
import { dateAndTime, hhmm, HOUR, isoDate, MINUTE, NOW } from '../../support/now';
import { followUp, makeIncident } from './make-incident';

const organisation = (id: string) => (id === 'moray' ? 'Moray Housing Partnership' : id);

function cells(notes: string): Record<string, string> {
  const csv = incidentsCsv([makeIncident({ notes })], { organisation, now: NOW });
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true });
  return parsed.data[0]!;
}

describe('the CSV export', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+44 1632 960999', `'+44 1632 960999`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\r=cmd', `'\r=cmd`],
    ['  =1+1', `'  =1+1`],
    ['＝1+1', `'＝1+1`],
    ['＋44', `'＋44`],
    ['－1', `'－1`],
    ['＠SUM(A1)', `'＠SUM(A1)`],
    ['\u00A0=1+1', `'\u00A0=1+1`],
    ['\u3000＝1+1', `'\u3000＝1+1`],
    ['\n=cmd', `'\n=cmd`],
    [' \t +cmd', `' \t +cmd`],
    ['\u200B=cmd', `'\u200B=cmd`],
    ['\u200D\u2060@cmd', `'\u200D\u2060@cmd`],
    ['\uFEFF-cmd', `'\uFEFF-cmd`],
    ['  ＝1+1', `'  ＝1+1`],
    ['Rang at 9 = fine', 'Rang at 9 = fine'],
    ['=1+1\nsecond line of the note', `'=1+1\nsecond line of the note`],
    ['Said "get lost", then hung up', 'Said "get lost", then hung up'],
    ['Plain, with a comma', 'Plain, with a comma'],
  ])('neutralises a cell a spreadsheet would run: %j', (notes, expected) => {
    expect(cells(notes).Notes).toBe(expected);
  });

  it('has a header row, a byte-order mark, CRLF line ends, and the record as a team leader reads it', () => {
    const csv = incidentsCsv(
      [
        makeIncident({
          answers: [{ id: 'ab-caller-words', label: 'Words', value: 'Dyna’r ŵyr' }],
          followUps: [followUp({ dueAt: NOW + HOUR })],
          review: { by: 'Alex Boyd', at: NOW, note: 'Fine' },
          status: 'reviewed',
        }),
      ],
      { organisation, now: NOW },
    );
    expect(csv.startsWith('\uFEFFIncident,Call started,Call ended,Saved,Kind,Status,')).toBe(true);
    expect(csv).toContain('\r\n');
    const row = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data[0]!;
    expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
    expect(row).toMatchObject({
      Saved: `${isoDate(NOW)} ${hhmm(NOW)}`,
      'Call started': `${isoDate(NOW - 10 * MINUTE)} ${hhmm(NOW - 10 * MINUTE)}`,
      Kind: 'Abusive call',
      Status: 'Reviewed',
      Organisation: 'Moray Housing Partnership',
      "Caller's exact words": 'Dyna’r ŵyr',
      'Reviewed by': 'Alex Boyd',
      'Follow-ups': `Line manager rings the caller within 24 hours (AB-12): due ${dateAndTime(NOW + HOUR)}`,
    });
  });

  it('carries everything the agent recorded: the call’s start, location, 999, every answer, every follow-up', () => {
    const at = (ms: number) => `${isoDate(ms)} ${hhmm(ms)}`;
    const incident = makeIncident({
      kind: 'self-harm',
      outcome: 'emergency',
      route: 'emergency',
      location: 'Bus shelter, Elm Road',
      emergencyCalledAt: NOW - 5 * MINUTE,
      colleagueAlertedAt: NOW - 8 * MINUTE,
      referralsGiven: ['samaritans'],
      steps: [{ id: 'sh-take-seriously', title: 'Take it seriously', at: NOW - 9 * MINUTE }],
      answers: [
        { id: 'plans', label: 'Plans or means', value: 'Has tablets' },
        { id: 'incident-notes', label: 'What happened and what you did', value: 'Kept her talking; 999 called' },
      ],
      checklist: ['999 called, no delay'],
      notes: 'Rang about damp first',
      authorities: { policeInformed: true, reference: 'CAD 4471', by: 'Alex Boyd', at: NOW },
      followUps: [
        followUp({ id: 'welfare', kind: 'welfare', label: 'Agent debriefed', dueAt: NOW + HOUR, assignedTo: 'Alex Boyd' }),
        followUp({ id: 'ring', doneAt: NOW, doneBy: 'Sam', doneHow: 'rang', doneNote: 'Fine' }),
      ],
    });
    const csv = incidentsCsv([incident], { organisation, referralName: (id) => (id === 'samaritans' ? 'Samaritans' : id), now: NOW });
    const row = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data[0]!;
    expect(row).toMatchObject({
      'Call started': at(NOW - 10 * MINUTE),
      'Call ended': at(NOW - MINUTE),
      Location: 'Bus shelter, Elm Road',
      'What happened': '999 called; Police informed',
      '999 called': at(NOW - 5 * MINUTE),
      'Colleague alerted': at(NOW - 8 * MINUTE),
      'Police or ambulance reference': 'CAD 4471',
      'Referral numbers given': 'Samaritans',
      'Steps done': `${at(NOW - 9 * MINUTE)} Take it seriously`,
      "Agent's account": 'Kept her talking; 999 called',
      Answers: 'Plans or means: Has tablets\nWhat happened and what you did: Kept her talking; 999 called',
      Ticked: '999 called, no delay',
      Notes: 'Rang about damp first',
      'Welfare debrief': `Due ${at(NOW + HOUR)}`,
    });
    expect(row['Police informed']).toMatch(/^Yes \(recorded by Alex Boyd/);
    expect(row['Follow-ups']!.split('\n')).toEqual([
      `Agent debriefed: due ${dateAndTime(NOW + HOUR)} (assigned to Alex Boyd)`,
      `Line manager rings the caller within 24 hours (AB-12): done Rang the caller, ${dateAndTime(NOW)} by Sam: Fine`,
    ]);
  });

  it('keeps a formula typed into any answer as text', () => {
    const csv = incidentsCsv([makeIncident({ answers: [{ id: 'ab-what-happened', label: 'What happened', value: '=cmd|calc' }] })], { organisation, now: NOW });
    const row = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data[0]!;
    expect(row["Agent's account"]).toBe("'=cmd|calc");
    expect(row.Answers).toBe('What happened: =cmd|calc');
  });
});
