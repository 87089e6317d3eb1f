import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallGuideDb } from '../../../lib/db';
import { findPlaybook } from '../../../content';
import { directorReport, groupByCaller, groupSummary, repeatCallers, reportPlaybookId } from '../../../lib/incidents/patterns';
import { saveIncident } from '../../../lib/incidents/repository';
import { DAY, dateAndTime, dayMonthYear, hhmm, NOW } from '../../support/now';
import { followUp, freshDatabase, makeIncident } from './make-incident';

let db: CallGuideDb;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('repeat callers (AB-14)', () => {
  it('links incidents sharing a phone number or a reference, even through a third incident', () => {
    const groups = groupByCaller([
      makeIncident({ id: 'a', createdAt: NOW - 50 * DAY, callerKeys: ['tel:01632960999'] }),
      makeIncident({ id: 'b', createdAt: NOW - 20 * DAY, callerKeys: ['tel:01632960999', 'ref:MHP42'], caller: { name: 'Mr Black', phone: '01632 960999', reference: 'MHP42' } }),
      makeIncident({ id: 'c', createdAt: NOW - 5 * DAY, callerKeys: ['ref:MHP42'], kind: 'self-harm' }),
      makeIncident({ id: 'x', createdAt: NOW - 5 * DAY, callerKeys: ['tel:07700900123'] }),
      makeIncident({ id: 'none', callerKeys: [] }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.incidents.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(groups[0]!.keys).toEqual(['tel:01632960999', 'ref:MHP42']);
    expect(groupSummary(groups[0]!)).toBe('2 × abusive call, 1 × self-harm or suicide');
  });

  it('looks only at the three months up to the chosen day', async () => {
    await saveIncident(db, makeIncident({ id: 'old', createdAt: NOW - 100 * DAY }));
    await saveIncident(db, makeIncident({ id: 'recent', createdAt: NOW - 30 * DAY }));
    expect(await repeatCallers(db, NOW)).toEqual([]);
    await saveIncident(db, makeIncident({ id: 'latest', createdAt: NOW - DAY }));
    expect((await repeatCallers(db, NOW)).map((g) => g.incidents.map((i) => i.id))).toEqual([['recent', 'latest']]);
    expect((await repeatCallers(db, NOW - 20 * DAY)).map((g) => g.incidents.map((i) => i.id))).toEqual([['old', 'recent']]);
  });

  it('composes the report for the Director: what happened, how many, outcomes, then the recommendation', () => {
    const first = NOW - 40 * DAY;
    const second = NOW - 2 * DAY;
    const [group] = groupByCaller([
      makeIncident({
        id: 'a',
        createdAt: first,
        warnings: [first - 60_000],
        answers: [{ id: 'ab-caller-words', label: 'Words', value: 'You are useless' }],
        followUps: [followUp({ dueAt: NOW - 39 * DAY, doneAt: NOW - 39.5 * DAY, doneBy: 'Alex Boyd', doneHow: 'rang', doneNote: 'Apologised.' })],
        review: { by: 'Alex Boyd', at: NOW - 38 * DAY, note: '' },
        status: 'reviewed',
      }),
      makeIncident({ id: 'b', createdAt: second, outcome: 'behaviour-stopped' }),
    ]);
    const text = directorReport(group!, { preparedBy: 'Alex Boyd', recommendation: 'Mark the file.', now: NOW });
    expect(text).toContain('Report for the Director: repeated abusive calls from one caller (AB-14)');
    expect(text).toContain(`Prepared on ${dayMonthYear(NOW)} by Alex Boyd.`);
    expect(text).toContain('Caller: Mr Black, phone 01632 960999');
    expect(text).toContain(`Period: ${dayMonthYear(first)} to ${dayMonthYear(second)}`);
    expect(text).toContain('Number of incidents: 2 abusive calls');
    expect(text).toContain(`The caller's words: "You are useless"`);
    expect(text).toContain(`1. ${dayMonthYear(first)}: Call ended after warnings; 1 warning (${hhmm(first - 60_000)}).`);
    expect(text).toContain(`done Rang the caller, ${dateAndTime(NOW - 39.5 * DAY)} by Alex Boyd: Apologised.`);
    expect(text).toContain(`2. ${dayMonthYear(second)}: The caller stopped; the call went on; no warnings.`);
    expect(text.trimEnd().endsWith('Recommendation for further action\nMark the file.')).toBe(true);
    expect(directorReport(group!, { preparedBy: '', recommendation: '', now: NOW })).toMatch(/\(to be written\)$/);
  });

  it('lists the Director’s options the team leader proposes, and when the caller is told the decision', () => {
    const [group] = groupByCaller([makeIncident({ id: 'a', createdAt: NOW - 40 * DAY }), makeIncident({ id: 'b', createdAt: NOW - 2 * DAY })]);
    expect(reportPlaybookId(group!)).toBe('moray');
    const moray = findPlaybook('moray')!.directorReport!;
    const text = directorReport(group!, {
      preparedBy: 'Alex Boyd',
      recommendation: 'Review again in three months.',
      now: NOW,
      proposed: [moray.options[3]!, moray.options[0]!],
      informWithinHours: moray.informWithinHours,
    });
    expect(text).toContain(
      [
        'Recommendation for further action',
        'Options proposed:',
        '- Ban sole officer visits to the customer’s home',
        "- Mark the tenant's file (on the server and the tenant file) as a violent subject",
        'Review again in three months.',
        '',
        'Once the Director decides, the caller is told the decision and the reasons in writing within 48 hours.',
      ].join('\n'),
    );
    // Options alone are a recommendation; nothing at all is still "to be written".
    expect(directorReport(group!, { preparedBy: '', recommendation: ' ', now: NOW, proposed: [moray.options[4]!] })).toMatch(
      /Options proposed:\n- Commence legal proceedings$/,
    );
  });
});
