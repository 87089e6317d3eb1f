/**
 * The families added after the second reading of the standards (issue 14): every requirement is
 * cited, and each duty a line gives to named organisations is cited only in those organisations'
 * playbooks, quoting their own standard. Nothing is said in the name of a standard that is silent.
 */
import { describe, expect, it } from 'vitest';
import { findProtocol, playbooks, requirements } from '../../../content';
import { dutyDefaults } from '../../../content/duty-defaults';
import { wholePlaybook } from '../../../content/playbooks/whole';
import type { Playbook, Provenance } from '../../../content/schema';

const FAMILIES = /^(CO|AC|CY|VU|DP|CB|OR)-\d+$|^(AB-1[67]|SL-[4-8])$/;
const ORGANISATIONS = { Croydon: 'croydon-repairs', Communities: 'carmarthenshire-communities', Calico: 'calico', Moray: 'moray', Longhurst: 'longhurst-havelok' } as const;
type Organisation = keyof typeof ORGANISATIONS;

interface Citation {
  id: string;
  playbook: string;
  from: Provenance | undefined;
}

/** Citations in a playbook and in the procedures it runs (Moray's abusive-call procedure is its own). */
function citationsIn(playbook: Playbook): Citation[] {
  const found: Citation[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const record = value as { sources?: unknown; from?: Provenance };
    if (Array.isArray(record.sources)) for (const id of record.sources) found.push({ id: String(id), playbook: playbook.id, from: record.from });
    Object.values(value).forEach(walk);
  };
  walk(playbook);
  walk([playbook.protocols.abusive.procedure, playbook.protocols.selfHarm.procedure].map((id) => findProtocol(id)));
  return found;
}

// Whole: with the framework and duties kept out of the playbooks the panel starts with.
const wholePlaybooks = playbooks.map(wholePlaybook);
const citations = wholePlaybooks.flatMap(citationsIn);
const added = requirements.filter((requirement) => FAMILIES.test(requirement.id));

/** The organisations a line names as "Calico: …", when it opens with one; CY is Communities' only. */
function namedOrganisations(id: string, text: string): Organisation[] | null {
  if (id.startsWith('CY-')) return ['Communities'];
  const opening = /^(\w+):/.exec(text)?.[1];
  if (!opening || !(opening in ORGANISATIONS)) return null;
  return (Object.keys(ORGANISATIONS) as Organisation[]).filter((name) => text.includes(`${name}:`));
}

describe('the requirements added after the second reading', () => {
  it('number the families CO, AC, CY, VU, DP, CB, OR and AB-16, AB-17, SL-4..SL-8', () => {
    const families = new Set(added.map((requirement) => requirement.id.replace(/-\d+$/, '')));
    expect([...families].sort()).toEqual(['AB', 'AC', 'CB', 'CO', 'CY', 'DP', 'OR', 'SL', 'VU']);
    expect(added).toHaveLength(7 + 5 + 3 + 3 + 4 + 7 + 6 + 2 + 5);
  });

  it.each(added.map((requirement) => [requirement.id, requirement] as const))('%s is cited by content', (id) => {
    const cues = Object.values(dutyDefaults).flatMap((line) => line.sources);
    expect([...citations.map((citation) => citation.id), ...cues]).toContain(id);
  });

  const named = added.flatMap((requirement) => {
    const organisations = namedOrganisations(requirement.id, requirement.text);
    return organisations ? [[requirement.id, organisations] as const] : [];
  });

  it.each(named)('%s is cited only under %j, each quoting its own standard', (id, organisations) => {
    const allowed = new Set<string>(organisations.map((name) => ORGANISATIONS[name]));
    const mine = citations.filter((citation) => citation.id === id);
    expect(mine.filter((citation) => !allowed.has(citation.playbook)).map((citation) => citation.playbook)).toEqual([]);
    for (const playbookId of allowed) {
      const playbook = playbooks.find((book) => book.id === playbookId)!;
      const own = mine.filter((citation) => citation.playbook === playbookId && citation.from?.kind === 'standard');
      // OR-3 is about standards that give no number: the guide says so in its own words.
      if (id === 'OR-3' && playbookId !== 'longhurst-havelok') continue;
      expect(own.length, `${id} under ${playbookId}`).toBeGreaterThan(0);
      for (const citation of own) if (citation.from?.kind === 'standard') expect(citation.from.standard).toBe(playbook.standard);
    }
  });

  it("a standard that sets no complaints procedure gets the guide's line, which names no organisation (CO-7)", () => {
    for (const id of ['croydon-repairs', 'carmarthenshire-communities']) {
      expect(wholePlaybooks.find((book) => book.id === id)?.duties?.complaint).toEqual([]);
    }
    expect(dutyDefaults.complaint.text).toBe("The standard sets no complaints procedure: follow your organisation's own.");
    expect(dutyDefaults.complaint.from.kind).toBe('guide-default');
  });

  it('only Moray has the unanswered call-back procedure, and only Calico the permission question', () => {
    expect(wholePlaybooks.filter((book) => book.duties?.unanswered).map((book) => book.id)).toEqual(['moray']);
    expect(wholePlaybooks.filter((book) => book.duties?.permission).map((book) => book.id)).toEqual(['calico']);
    expect(wholePlaybooks.filter((book) => book.duties?.welsh.length).map((book) => book.id)).toEqual(['carmarthenshire-communities']);
  });

  it('contact numbers are exactly as printed, only where a standard prints one (OR-1..OR-3)', () => {
    const numbers = (id: string) =>
      (wholePlaybooks.find((book) => book.id === id)?.facts ?? []).flatMap((fact) => [fact.text, ...(fact.items ?? [])]).join('\n').match(/\(?0\d[\d ()]{8,}\d/g) ?? [];
    expect(numbers('calico')).toEqual(['0800 169 2407', '01282 686300']);
    expect(numbers('moray')).toEqual(['(01343) 543210']);
    expect(numbers('longhurst-havelok')).toEqual([]);
    expect(numbers('croydon-repairs')).toEqual([]);
    expect(numbers('carmarthenshire-communities')).toEqual([]);
  });
});
