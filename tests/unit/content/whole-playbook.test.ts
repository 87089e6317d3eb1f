/**
 * The built-in playbooks the panel starts with leave out what it needs only later (each
 * organisation's call quality framework, its duties for moments of a call and the rest of its
 * "Standards for …" facts): these are found by playbook id in code loaded on demand, and joined
 * back wherever a playbook is used whole.
 */
import { describe, expect, it } from 'vitest';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import { builtInDuties } from '../../../content/playbooks/duties';
import { factsOf } from '../../../content/playbooks/facts';
import { wholePlaybook } from '../../../content/playbooks/whole';
import { builtInFramework } from '../../../content/reviews/frameworks';
import type { Playbook } from '../../../content/schema';
import { dutiesOf, NO_DUTIES } from '../../../lib/call/duties';
import { plainOrgConfig } from '../../../lib/settings/org-config';
import { copyOfPlaybook, packChanges } from '../../../lib/settings/packs';

const moray = playbooks.find((book) => book.id === 'moray')!;

describe('what the panel loads after the greeting', () => {
  it.each(playbooks.map((book) => [book.id, book] as const))('%s: its duties are its own, quoting its own standard or the guide', (_id, book) => {
    expect(book.duties).toBeUndefined();
    const duties = dutiesOf(book);
    expect(duties).toBe(builtInDuties(book.id));
    const lines: { from: { kind: string; standard?: string } }[] = Object.values(duties).flatMap((value: unknown) =>
      Array.isArray(value) ? value : value ? [value as never] : [],
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      if (line.from.kind === 'standard') expect(line.from.standard).toBe(book.standard);
      else expect(line.from.kind).toBe('guide-default');
    }
  });

  it.each(playbooks.map((book) => [book.id, book] as const))('%s: its facts are its own first, then the rest of its organisation’s, once each', (_id, book) => {
    const facts = factsOf(book);
    expect(facts.slice(0, book.facts.length)).toEqual(book.facts);
    expect(facts.length).toBeGreaterThan(book.facts.length);
    expect(new Set(facts.map((fact) => fact.id)).size).toBe(facts.length);
    expect(factsOf({ ...book, facts })).toEqual(facts);
    for (const fact of facts) if (fact.from.kind === 'standard') expect(fact.from.standard).toBe(book.standard);
  });

  it("a pack's own duties are used; a pack without any has none (the guide's lines show)", () => {
    const own = { ...NO_DUTIES, complaint: builtInDuties('moray')!.complaint };
    expect(dutiesOf({ id: 'our-pack', duties: own })).toBe(own);
    expect(dutiesOf({ id: 'our-pack' })).toBe(NO_DUTIES);
  });
});

describe('a playbook whole', () => {
  it('a built-in one has its framework, duties and facts back; a pack comes back as it is', () => {
    const whole = wholePlaybook(moray);
    expect(whole).toEqual({ ...moray, facts: factsOf(moray), quality: builtInFramework('moray'), duties: builtInDuties('moray') });
    expect(wholePlaybook(whole)).toEqual(whole);
    expect(whole.quality?.items.length).toBeGreaterThan(0);
    const pack: Playbook = { ...moray, id: 'our-pack' };
    expect(wholePlaybook(pack)).toEqual(pack);
  });

  it('is what "Copy as a starting point" gives, and the preview of that copy shows no change to either', () => {
    const copy = copyOfPlaybook(moray);
    expect(copy.quality).toEqual(builtInFramework('moray'));
    expect(copy.duties).toEqual(builtInDuties('moray'));
    expect(copy.facts).toEqual(factsOf(moray));
    const org = plainOrgConfig(playbooks, protocols, referralCatalogue);
    const resolve = (book: Playbook) => ({
      ...book,
      protocols: { abusive: org.procedureFor(book, 'abusive-call'), selfHarm: org.procedureFor(book, 'self-harm'), notes: null },
    });
    expect(packChanges(undefined, moray, copy, resolve).changes).toEqual([]);
    const changed = { ...copy, quality: { ...copy.quality!, name: 'Our own review list' } };
    expect(packChanges(undefined, moray, changed, resolve).changes).toEqual([
      { where: 'quality › name', kind: 'other', before: copy.quality!.name, after: 'Our own review list', safeguarding: false },
    ]);
  });
});
