import { describe, expect, it } from 'vitest';
import { playbooks, protocols, referralCatalogue } from '../../../content';
import type { Playbook } from '../../../content/schema';
import { plainOrgConfig } from '../../../lib/settings/org-config';
import { copyOfPlaybook, packChanges } from '../../../lib/settings/packs';

const org = plainOrgConfig(playbooks, protocols, referralCatalogue);
const resolve = (book: Playbook) => ({
  ...book,
  protocols: { abusive: org.procedureFor(book, 'abusive-call'), selfHarm: org.procedureFor(book, 'self-harm'), notes: null },
});
const moray = playbooks.find((book) => book.id === 'moray')!;

/** A copy of Moray whose abusive-call procedure is its own, with one line to say rewritten. */
function rewritten() {
  const pack = copyOfPlaybook(moray);
  const procedure = structuredClone(org.procedureFor(moray, 'abusive-call')!);
  const step = procedure.steps.find((s) => s.say.length > 0)!;
  const oldLine = step.say[0]!;
  step.say[0] = 'Please hold while I transfer you.';
  pack.protocols = { ...pack.protocols, abusive: { ...pack.protocols.abusive, custom: { ...procedure, id: 'moray-own-abusive' } } };
  pack.hold = { ...pack.hold, checkInSeconds: 45 };
  return { pack, step, oldLine };
}

describe('the preview of a playbook pack', () => {
  it('shows a rewritten safeguarding line with its old and new text, first and marked', () => {
    const { pack, step, oldLine } = rewritten();
    const { heading, comparedWith, changes } = packChanges(undefined, moray, pack, resolve);
    expect(heading).toBe(`New playbook "${pack.organisation.name}" (moray-own).`);
    expect(comparedWith).toBe('Moray Housing Partnership');
    expect(changes[0]).toEqual({
      where: `Abusive-call procedure › steps › ${step.id} › say 1`,
      kind: 'line',
      before: oldLine,
      after: 'Please hold while I transfer you.',
      safeguarding: true,
    });
    expect(changes).toContainEqual({ where: 'hold › checkInSeconds', kind: 'time', before: '60', after: '45', safeguarding: false });
    expect(changes.findIndex((c) => !c.safeguarding)).toBeGreaterThan(changes.findLastIndex((c) => c.safeguarding));
  });

  it('names a changed phone number in a pack replacing one of the same id', () => {
    const { pack } = rewritten();
    const next = structuredClone(pack);
    const procedure = next.protocols.abusive.custom!;
    const step = procedure.steps[0]!;
    step.say.push('Ring 01343 563999 for the duty officer.');
    const { heading, changes } = packChanges(pack, moray, next, resolve);
    expect(heading).toBeNull();
    expect(changes).toEqual([
      { where: `Abusive-call procedure › steps › ${step.id} › say ${step.say.length}`, kind: 'phone', before: null, after: 'Ring 01343 563999 for the duty officer.', safeguarding: true },
    ]);
  });
});
