import { describe, expect, it } from 'vitest';
import { findPlaybook, playbooks } from '../../../content';
import { renderGreeting, salutation, timeOfDay } from '../../../lib/call/greeting';
import { today } from '../../support/now';

const at = (hour: number, minute = 0) => new Date(today(hour, minute));
const agent = { agentName: 'Alex Morgan' };

describe('time of day', () => {
  it.each([
    [0, 0, 'morning'],
    [11, 59, 'morning'],
    [12, 0, 'afternoon'],
    [17, 59, 'afternoon'],
    [18, 0, 'evening'],
    [23, 59, 'evening'],
  ] as const)('%i:%i is %s', (hour, minute, expected) => {
    expect(timeOfDay(at(hour, minute))).toBe(expected);
  });
});

describe('Moray greets in the exact words of its policy (GR-3)', () => {
  const moray = findPlaybook('moray')!;
  it.each([
    [at(11, 59), 'Good Morning Moray Housing Partnership, Alex Morgan speaking, how can I help you?'],
    [at(12, 0), 'Good Afternoon Moray Housing Partnership, Alex Morgan speaking, how can I help you?'],
    [at(14, 0), 'Good Afternoon Moray Housing Partnership, Alex Morgan speaking, how can I help you?'],
    // The policy has no evening salutation, so the afternoon one carries on.
    [at(18, 30), 'Good Afternoon Moray Housing Partnership, Alex Morgan speaking, how can I help you?'],
  ])('at %s', (now, expected) => {
    expect(renderGreeting(moray, agent, now).text).toBe(expected);
  });

  it('uses the same words for a transferred call', () => {
    expect(renderGreeting(moray, agent, at(10), 'transferred').text).toBe(
      'Good Morning Moray Housing Partnership, Alex Morgan speaking, how can I help you?',
    );
  });
});

describe('Communities greets bilingually, Welsh first (GR-4)', () => {
  const communities = findPlaybook('carmarthenshire-communities')!;
  it.each([
    [at(11, 59), 'Bore da, Good morning, Communities Department.'],
    [at(12, 0), 'Prynhawn da, Good afternoon, Communities Department.'],
    [at(17, 59), 'Prynhawn da, Good afternoon, Communities Department.'],
    [at(18, 0), 'Noswaith dda, Good evening, Communities Department.'],
  ])('at %s', (now, expected) => {
    expect(renderGreeting(communities, agent, now).text).toBe(expected);
  });

  it('names the agent’s team instead of the department when one is set', () => {
    expect(renderGreeting(communities, { ...agent, team: 'Housing Options Team' }, at(9)).text).toBe(
      'Bore da, Good morning, Housing Options Team.',
    );
  });

  it('offers name and number on a transferred call (GR-5), and says when the number is missing', () => {
    const withNumber = renderGreeting(communities, { ...agent, agentPhone: '01267 234567' }, at(9), 'transferred');
    expect(withNumber.text).toContain('Alex Morgan');
    expect(withNumber.text).toContain('01267 234567');
    expect(withNumber.missing).toEqual([]);
    const without = renderGreeting(communities, agent, at(9), 'transferred');
    expect(without.missing).toEqual(['agentPhone']);
    expect(without.text).toContain('[your number]');
  });
});

describe.each(playbooks.map((p) => [p.id, p] as const))('the %s greeting', (_id, playbook) => {
  const morning = renderGreeting(playbook, agent, at(11, 59));
  const afternoon = renderGreeting(playbook, agent, at(12, 0));
  const evening = renderGreeting(playbook, agent, at(18, 0));

  it('changes salutation at 12:00 and follows the playbook at 18:00', () => {
    expect(morning.text.startsWith(salutation(playbook.greeting, 'morning'))).toBe(true);
    expect(afternoon.text.startsWith(salutation(playbook.greeting, 'afternoon'))).toBe(true);
    expect(morning.text).not.toBe(afternoon.text);
    const expectedEvening = playbook.greeting.salutations.evening ? 'evening' : 'afternoon';
    expect(evening.text.startsWith(salutation(playbook.greeting, expectedEvening))).toBe(true);
  });

  it('leaves no placeholder unfilled and cites its requirements', () => {
    for (const kind of ['new', 'transferred'] as const) {
      const rendered = renderGreeting(playbook, { ...agent, agentPhone: '01632 960123' }, at(10), kind);
      expect(rendered.text).not.toMatch(/[{}[\]]/);
      expect(rendered.sources.length).toBeGreaterThan(0);
    }
  });

  it('speaks the languages in the playbook’s order', () => {
    const first = playbook.greeting.languages[0]!;
    expect(morning.text.startsWith(playbook.greeting.salutations.morning[first]!)).toBe(true);
  });
});

describe('the agent’s greeting language', () => {
  const communities = findPlaybook('carmarthenshire-communities')!;
  it("is always bilingual, Welsh first, for Communities: its standard asks for a bilingual greeting", () => {
    for (const greetingLanguage of ['cy', 'en', 'playbook'] as const) {
      expect(renderGreeting(communities, { ...agent, greetingLanguage }, at(9)).text).toBe('Bore da, Good morning, Communities Department.');
    }
  });

  it("can be one language of a bilingual playbook whose standard allows it (an organisation's pack)", () => {
    const pack = { ...communities, id: 'bilingual-pack', greeting: { ...communities.greeting, alwaysAll: false } };
    expect(renderGreeting(pack, { ...agent, greetingLanguage: 'cy' }, at(9)).text).toBe('Bore da, Communities Department.');
    expect(renderGreeting(pack, { ...agent, greetingLanguage: 'en' }, at(9)).text).toBe('Good morning, Communities Department.');
  });

  it('falls back to the playbook’s languages when it has none in the one asked for', () => {
    const moray = findPlaybook('moray')!;
    expect(renderGreeting(moray, { ...agent, greetingLanguage: 'cy' }, at(9)).text).toMatch(/^Good Morning Moray/);
  });
});
