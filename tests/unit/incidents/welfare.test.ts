import { describe, expect, it } from 'vitest';
import { findPlaybook } from '../../../content';
import type { Playbook } from '../../../content/schema';
import { quoteAt } from '../content/content-checks';
import { welfareFrom } from '../../../content/welfare';
import { welfareDueAt, welfareFollowUp } from '../../../lib/incidents/welfare';
import { atTime, isoDate, week } from '../../support/now';

const { mon, wed, thu, fri, nextMon } = week();
const NO_HOURS: Pick<Playbook, 'openingHours'> = { openingHours: undefined };
const playbook = (id: string) => findPlaybook(id)!;

/** The latest closing time the playbook's hours give on the day holding `day`. */
function closing(book: Playbook, day: number): number {
  const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(day).getDay()];
  const closes = book.openingHours!.periods.filter((p) => p.days.includes(weekday as never)).map((p) => p.closes.split(':').map(Number) as [number, number]);
  return Math.max(...closes.map(([h, m]) => atTime(day, h, m)));
}

describe('the welfare follow-up: Agent debriefed, due by the end of the next working day', () => {
  it('is due at the close of the next working day, over a weekend and a bank holiday', () => {
    expect(welfareDueAt(NO_HOURS, wed(10))).toBe(thu(17));
    expect(welfareDueAt(NO_HOURS, fri(15))).toBe(nextMon(17));
    expect(welfareDueAt(NO_HOURS, fri(15), [isoDate(nextMon())])).toBe(atTime(nextMon(), 17, 0, 1));
    expect(welfareDueAt(NO_HOURS, mon(23, 30))).toBe(atTime(mon(), 17, 0, 1));
  });

  it('follows the playbook’s own opening hours', () => {
    const moray = playbook('moray');
    expect(welfareDueAt(moray, wed(10))).toBe(closing(moray, thu()));
    expect(welfareDueAt(moray, fri(16))).toBe(closing(moray, nextMon()));
  });

  it('is owed after an abusive call that was ended and after any self-harm call, not when the caller stopped', () => {
    const croydon = playbook('croydon-repairs');
    expect(welfareFollowUp({ kind: 'abusive-call', outcome: 'call-ended' }, croydon, wed(10))).toMatchObject({ kind: 'welfare', doneAt: null });
    expect(welfareFollowUp({ kind: 'self-harm', outcome: 'non-urgent' }, croydon, wed(10))?.label).toMatch(/^Agent debriefed/);
    expect(welfareFollowUp({ kind: 'abusive-call', outcome: 'behaviour-stopped' }, croydon, wed(10))).toBeNull();
  });

  it('cites Croydon’s plan and Communities’ 6.7 in their own words, and says the guide’s default elsewhere', () => {
    const croydon = welfareFollowUp({ kind: 'self-harm', outcome: 'emergency' }, playbook('croydon-repairs'), wed(10))!;
    expect(croydon.label).toContain('“Discuss the incident with your line manager.”');
    const communities = welfareFollowUp({ kind: 'abusive-call', outcome: 'call-ended' }, playbook('carmarthenshire-communities'), wed(10))!;
    expect(communities.label).toContain('“Take a break if you feel it will help”');
    for (const id of ['calico', 'moray', 'longhurst-havelok']) {
      expect(welfareFollowUp({ kind: 'abusive-call', outcome: 'call-ended' }, playbook(id), wed(10))!.label, id).toContain('Guide default');
    }
    expect(welfareFollowUp({ kind: 'abusive-call', outcome: 'call-ended' }, playbook('croydon-repairs'), wed(10))!.label).toContain('Guide default');
  });

  it('quotes each standard word for word', () => {
    const quotes = [welfareFrom('croydon-repairs', 'self-harm'), welfareFrom('carmarthenshire-communities', 'abusive-ended'), welfareFrom('moray', 'self-harm')].flatMap((from) =>
      from.kind === 'standard' ? [from, ...(from.also ?? [])] : from.kind === 'guide-default' && from.basedOn ? [from.basedOn] : [],
    );
    expect(quotes.length).toBe(4);
    for (const quote of quotes) expect(quoteAt(quote), quote.quote).toBeGreaterThanOrEqual(0);
  });
});
