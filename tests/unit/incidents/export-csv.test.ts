import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, incidentsCsv } from '../../../lib/incidents/export-csv';
import { dateAndTime, hhmm, HOUR, isoDate, NOW } from '../../support/now';
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
    expect(csv.startsWith('\uFEFFIncident,Recorded,Kind,Status,')).toBe(true);
    expect(csv).toContain('\r\n');
    const row = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data[0]!;
    expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
    expect(row).toMatchObject({
      Recorded: `${isoDate(NOW)} ${hhmm(NOW)}`,
      Kind: 'Abusive call',
      Status: 'Reviewed',
      Organisation: 'Moray Housing Partnership',
      "Caller's exact words": 'Dyna’r ŵyr',
      'Reviewed by': 'Alex Boyd',
      'Follow-ups': `Line manager rings the caller within 24 hours (AB-12): due ${dateAndTime(NOW + HOUR)}`,
    });
  });
});
