/**
 * Content checks: schema, unique ids, citations, the requirement list, phone numbers, quotes from
 * the standards and referral numbers, run on the real content (which must pass) and on mutated
 * copies (which must fail), so a checker that silently stopped checking would be caught.
 */
import { describe, expect, it } from 'vitest';
import { callBackLines, messageLines, transferLines } from '../../../content/call-lines';
import { callerCues, enquiryCues } from '../../../content/cues';
import { dutyDefaults } from '../../../content/duty-defaults';
import { panelCues } from '../../../content/panel-lines';
import { askToHoldLine, checkInLine, offerCallBackLine, overLimitLine } from '../../../content/hold-lines';
import { findPlaybook, findProtocol, playbooks, protocols, referralCatalogue, requirements } from '../../../content';
import { wholePlaybook } from '../../../content/playbooks/whole';
import type { Provenance } from '../../../content/schema';
import { checkContent, checkOrderAsWritten, coverageTable, CHECKS, quoteAt, type Check, type Content } from './content-checks';

const lines = (group: Record<string, { text: string; from: Provenance; sources?: string[] }>, prefix: string) =>
  Object.entries(group).map(([id, line]) => ({ id: `${prefix}-${id}`, text: line.text, from: line.from, sources: line.sources ?? ['HO-1'] }));

const real: Content = {
  requirements: [...requirements],
  // Whole: with the framework and duties kept out of the playbooks the panel starts with.
  playbooks: playbooks.map(wholePlaybook),
  protocols: [...protocols],
  referralDirectories: [referralCatalogue],
  cues: [
    ...enquiryCues,
    ...callerCues,
    ...lines(transferLines, 'transfer'),
    ...lines(messageLines, 'message'),
    ...lines(callBackLines, 'call-back'),
    ...lines(dutyDefaults, 'duty'),
    ...lines({ askToHoldLine, checkInLine }, 'hold').map((cue) => ({ ...cue, sources: ['HO-1', 'HO-2'] })),
    ...lines({ offerCallBackLine, overLimitLine }, 'hold').map((cue) => ({ ...cue, sources: ['HO-3'] })),
    ...panelCues(),
  ],
};

function mutated(change: (copy: Content) => void): Content {
  const copy = structuredClone(real);
  change(copy);
  return copy;
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no item with id ${id}`);
  return found;
}

function problems(content: Content, check: Check): string[] {
  return checkContent(content)
    .filter((problem) => problem.check === check)
    .map((problem) => problem.message);
}

describe('content passes every check', () => {
  it.each(CHECKS)('%s', (check) => {
    expect(problems(real, check)).toEqual([]);
  });

  it('prints the requirement coverage table', () => {
    const table = coverageTable(real);
    console.log(table.text);
    expect(table.uncited).toEqual([]);
  });
});

describe('procedures follow their standards, step for step, in order', () => {
  it("Communities' abusive-call procedure is its ten points of 6.7, in the standard's order", () => {
    const procedure = byId(protocols, 'abusive-communities');
    expect(procedure.steps).toHaveLength(10);
    expect(checkOrderAsWritten(procedure)).toEqual([]);
    expect(procedure.steps.map((step) => step.sources[0])).toEqual(['AB-1', 'AB-2', 'AB-3', 'AB-4', 'AB-5', 'AB-6', 'AB-7', 'AB-8', 'AB-9', 'AB-10']);
  });

  it("the self-harm plan is Croydon's six points, in order, the review alone after the call", () => {
    for (const id of ['self-harm-croydon', 'self-harm-croydon-plan']) {
      const procedure = byId(protocols, id);
      expect(checkOrderAsWritten(procedure)).toEqual([]);
      expect(procedure.steps.map((step) => step.sources[0])).toEqual(['SH-1', 'SH-2', 'SH-3', 'SH-4', 'SH-5', 'SH-6']);
      expect(procedure.steps.map((step) => step.phase)).toEqual(['call', 'call', 'call', 'call', 'call', 'after']);
    }
  });

  it('catches steps out of order', () => {
    const swapped = structuredClone(byId(protocols, 'abusive-communities'));
    const [first, second] = swapped.steps;
    swapped.steps.splice(0, 2, second!, first!);
    expect(checkOrderAsWritten(swapped)).toEqual([expect.stringContaining('ab-cannot-help comes before')]);
  });

  it("the caller's location is a prominent input in step 3", () => {
    const step = byId(byId(protocols, 'self-harm-croydon-plan').steps, 'sh-gather-information');
    expect(byId(step.inputs, 'location')).toMatchObject({ prominent: true, label: 'Where the caller is' });
  });
});

describe('scripts follow the standards word for word', () => {
  it('Moray uses its 4.2 greeting for new and transferred calls', () => {
    const moray = findPlaybook('moray')!;
    for (const template of moray.greeting.templates) {
      const spoken = template.text.replace('{salutation}', 'Good Morning/Good Afternoon').replace('{agent}', '<NAME>');
      expect(template.from).toMatchObject({ kind: 'standard', standard: 'moray', quote: spoken });
      expect(quoteAt(template.from as Extract<Provenance, { kind: 'standard' }>)).toBeGreaterThan(0);
    }
  });

  it('Communities salutations are its footnote pairs, Welsh first, and always bilingual', () => {
    const { greeting } = findPlaybook('carmarthenshire-communities')!;
    expect(greeting.languages).toEqual(['cy', 'en']);
    expect(greeting.alwaysAll).toBe(true);
    for (const time of ['morning', 'afternoon'] as const) {
      const pair = `"${greeting.salutations[time].cy}, ${greeting.salutations[time].en}"`;
      expect(greeting.salutationsFrom).toMatchObject({ kind: 'standard', standard: 'communities' });
      expect((greeting.salutationsFrom as { quote: string }).quote).toContain(pair);
    }
  });
});

describe('index', () => {
  it('lists the five playbooks in order and finds each by id, and every procedure', () => {
    const ids = ['croydon-repairs', 'carmarthenshire-communities', 'calico', 'moray', 'longhurst-havelok'];
    expect(playbooks.map((playbook) => playbook.id)).toEqual(ids);
    for (const id of ids) expect(findPlaybook(id)?.id).toBe(id);
    expect(findPlaybook('nowhere')).toBeUndefined();
    expect(findProtocol('abusive-moray')?.kind).toBe('abusive-call');
    expect(findProtocol('nowhere')).toBeUndefined();
    expect(referralCatalogue.entries.length).toBeGreaterThan(0);
  });
});

describe('the checker catches broken content', () => {
  it('schema errors, with a readable path', () => {
    const broken = mutated((c) => {
      byId(c.playbooks, 'moray').hold.maxHoldSeconds = 5;
      byId(c.referralDirectories[0]!.entries, 'saneline').phone = '0845 767 800';
    });
    const found = problems(broken, 'schema');
    expect(found).toContainEqual(expect.stringMatching(/^playbook moray: hold\.maxHoldSeconds: /));
    expect(found).toContainEqual(expect.stringContaining('phone: not a well-formed UK phone number'));
  });

  it('duplicate ids at every level', () => {
    const broken = mutated((c) => {
      c.playbooks.push(structuredClone(byId(c.playbooks, 'calico')));
      const [first, second] = byId(c.protocols, 'self-harm-croydon').steps;
      second!.id = first!.id;
      second!.inputs.push({ id: 'location', label: 'Again', kind: 'text', sources: ['SH-3'] });
      byId(c.playbooks, 'moray').closing.push({ ...byId(c.playbooks, 'moray').closing[0]!, id: 'notes-left' });
      const entries = c.referralDirectories[0]!.entries;
      entries.push(structuredClone(byId(entries, 'mind')));
      c.requirements.push({ id: 'GR-1', text: 'Again', source: 'Nowhere' });
    });
    const found = problems(broken, 'duplicate-id');
    for (const id of ['calico', 'sh-take-seriously', 'location', 'notes-left', 'mind', 'GR-1']) {
      expect(found).toContainEqual(expect.stringContaining(`"${id}"`));
    }
  });

  it('a citation of a requirement that does not exist', () => {
    const broken = mutated((c) => byId(c.playbooks, 'calico').callerDetails.sources.push('GR-99'));
    expect(problems(broken, 'unknown-citation')).toEqual([expect.stringContaining('GR-99')]);
  });

  it('a requirement that nothing cites', () => {
    const uncited = mutated((c) => {
      const communities = byId(c.playbooks, 'carmarthenshire-communities');
      communities.closing = communities.closing.filter((item) => item.id !== 'transfer-noted');
      c.cues = c.cues.filter((cue) => cue.id !== 'transfer-note');
      communities.quality!.items = communities.quality!.items.filter((item) => item.id !== 'transfer-note');
    });
    expect(problems(uncited, 'uncited')).toEqual([expect.stringContaining('TR-3')]);
  });

  it('a requirement whose text no longer matches REQUIREMENTS.md', () => {
    const broken = mutated((c) => {
      byId(c.requirements, 'HO-3').text = 'Do not hold for more than 5 minutes.';
    });
    expect(problems(broken, 'requirements-list')).toEqual([expect.stringContaining('HO-3 differs')]);
  });

  it('a malformed phone number written in any text', () => {
    const broken = mutated((c) => {
      const item = byId(byId(c.playbooks, 'croydon-repairs').closing, 'finished-courteously');
      item.say = 'Thank you. Ring 020 8401 363 if anything changes.';
    });
    expect(problems(broken, 'phone')).toEqual([expect.stringContaining('"020 8401 363"')]);
  });

  it('a quote that is not in its standard, or is in another one', () => {
    const broken = mutated((c) => {
      byId(c.protocols, 'abusive-moray').steps[0]!.from = { kind: 'standard', standard: 'moray', section: '4.4', quote: 'Staff will warn the caller twice.' };
      byId(c.playbooks, 'calico').facts[0]!.from = { kind: 'standard', standard: 'calico', section: 'C', quote: 'We aim to answer 80% of all calls within 20 seconds' };
    });
    const found = problems(broken, 'quote');
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining('Staff will warn the caller twice.'), expect.stringContaining('within 20 seconds')]));
  });

  it("a referral number that differs, digit for digit, from its standard's line", () => {
    const broken = mutated((c) => {
      const entries = c.referralDirectories[0]!.entries;
      byId(entries, 'saneline').phone = '0845 767 8001';
      byId(entries, 'emergency-services').phone = '112';
    });
    const found = problems(broken, 'referral-number');
    expect(found).toEqual([expect.stringContaining('0845 767 8001'), expect.stringContaining('112')]);
  });

  it('a built-in referral that claims to have been checked with the service', () => {
    const broken = mutated((c) => {
      const entry = byId(c.referralDirectories[0]!.entries, 'samaritans');
      entry.checked = { on: '2026-11-29' };
      entry.copiedOn = 'last week';
    });
    expect(problems(broken, 'referral-provenance')).toEqual([expect.stringContaining('copiedOn'), expect.stringContaining('checked with the service')]);
  });

  it('procedures and steps that do not exist, or are of the wrong kind', () => {
    const broken = mutated((c) => {
      const moray = byId(c.playbooks, 'moray');
      moray.protocols.selfHarm.procedure = 'missing';
      moray.protocols.abusive.procedure = 'self-harm-croydon';
      moray.protocolLines = { 'sh-review': ['Fine: a real step.'], 'no-such-step': ['Dangling.'] };
    });
    expect(problems(broken, 'reference')).toEqual([expect.stringContaining('is a self-harm procedure'), expect.stringContaining('"missing" does not exist')]);
    expect(problems(broken, 'protocol-lines')).toEqual([expect.stringContaining('no-such-step')]);
  });

  it("one organisation's rule in a procedure or line that other organisations see", () => {
    const broken = mutated((c) => {
      byId(c.protocols, 'self-harm-croydon-plan').standing.push({ ...byId(c.protocols, 'self-harm-croydon-plan').standing[0]!, text: 'Moray: tell the Director.' });
      c.cues[0]!.text = 'Record it on form ADOR1.';
    });
    expect(problems(broken, 'organisation-label')).toEqual([expect.stringContaining('names "Moray"'), expect.stringContaining('names "ADOR1"')]);
  });
});
