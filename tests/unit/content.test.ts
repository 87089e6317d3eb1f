/**
 * Content checks: schema, unique ids, citations, phone numbers and referral numbers, run on the
 * real content (which must pass) and on mutated copies (which must fail), so a checker that
 * silently stopped checking would be caught.
 */
import { describe, expect, it } from 'vitest';
import { callerCues, enquiryCues } from '../../content/cues';
import {
  findPlaybook,
  findProtocol,
  findReferralDirectory,
  playbooks,
  protocols,
  referralDirectories,
  requirements,
} from '../../content';
import {
  checkContent,
  checkAbusiveOrder,
  checkSelfHarmOrder,
  coverageTable,
  CHECKS,
  type Check,
  type Content,
} from './content-checks';

const real: Content = {
  requirements: [...requirements],
  playbooks: [...playbooks],
  protocols: [...protocols],
  referralDirectories: [...referralDirectories],
  cues: [...enquiryCues, ...callerCues],
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

const selfHarm = byId(protocols, 'self-harm');
const abusive = byId(protocols, 'abusive-call');

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

describe('protocol order follows the standards', () => {
  it('self-harm is the six-point plan: five call steps then the review, in order', () => {
    expect(checkSelfHarmOrder(selfHarm)).toEqual([]);
  });

  it('abusive-call runs AB-1..AB-6 on the call, then AB-7, AB-8, AB-9, AB-10, AB-15', () => {
    expect(checkAbusiveOrder(abusive)).toEqual([]);
  });

  it("the caller's location is a prominent input in step 3", () => {
    const step = byId(selfHarm.steps, 'sh-gather-information');
    expect(byId(step.inputs, 'location')).toMatchObject({ prominent: true, label: 'Where the caller is' });
  });

  it('catches steps out of order', () => {
    const swapped = structuredClone(selfHarm);
    swapped.steps.reverse();
    expect(checkSelfHarmOrder(swapped).length).toBeGreaterThan(0);
    const shortened = structuredClone(selfHarm);
    shortened.steps.pop();
    expect(checkSelfHarmOrder(shortened)).toContainEqual(expect.stringContaining('5 steps'));
    const abusiveSwapped = structuredClone(abusive);
    const [first, second] = abusiveSwapped.steps;
    if (!first || !second) throw new Error('abusive-call has fewer than two steps');
    abusiveSwapped.steps.splice(0, 2, second, first);
    expect(checkAbusiveOrder(abusiveSwapped)).toContainEqual(expect.stringContaining('AB-1'));
  });
});

describe('scripts follow the standards word for word', () => {
  const requirementText = (id: string) => byId(requirements, id).text;

  it('Moray uses the GR-3 greeting for new and transferred calls', () => {
    const moray = findPlaybook('moray');
    const quoted = /"(.*)"/.exec(requirementText('GR-3'))?.[1];
    expect(moray?.greeting.templates.map((template) => template.callKind)).toEqual(['new', 'transferred']);
    for (const template of moray?.greeting.templates ?? []) {
      const spoken = template.text
        .replace('{salutation}', 'Good Morning/Good Afternoon')
        .replace('{agent}', '<NAME>');
      expect(spoken).toBe(quoted);
    }
  });

  it('Communities salutations are the GR-4 pairs, Welsh first', () => {
    const { greeting } = findPlaybook('carmarthenshire-communities') ?? {};
    expect(greeting?.languages).toEqual(['cy', 'en']);
    for (const time of ['morning', 'afternoon'] as const) {
      const pair = `${greeting?.salutations[time].cy}, ${greeting?.salutations[time].en}`;
      expect(requirementText('GR-4')).toContain(`"${pair}"`);
    }
  });
});

describe('index', () => {
  it('lists the five playbooks in order and finds each by id', () => {
    const ids = ['croydon-repairs', 'carmarthenshire-communities', 'calico', 'moray', 'longhurst-havelok'];
    expect(playbooks.map((playbook) => playbook.id)).toEqual(ids);
    for (const id of ids) expect(findPlaybook(id)?.id).toBe(id);
    expect(findPlaybook('nowhere')).toBeUndefined();
    expect(findProtocol('self-harm')).toBe(selfHarm);
    expect(findProtocol('nowhere')).toBeUndefined();
    expect(findReferralDirectory('croydon')?.entries.length).toBeGreaterThan(0);
  });
});

describe('the checker catches broken content', () => {
  it('schema errors, with a readable path', () => {
    const broken = mutated((c) => {
      byId(c.playbooks, 'moray').hold.maxHoldSeconds = 5;
      byId(byId(c.referralDirectories, 'croydon').entries, 'saneline').phone = '0845 767 800';
    });
    const found = problems(broken, 'schema');
    expect(found).toContainEqual(expect.stringMatching(/^playbook moray: hold\.maxHoldSeconds: /));
    expect(found).toContainEqual(expect.stringContaining('phone: not a well-formed UK phone number'));
  });

  it('duplicate ids at every level', () => {
    const broken = mutated((c) => {
      c.playbooks.push(structuredClone(byId(c.playbooks, 'calico')));
      const [first, second] = byId(c.protocols, 'self-harm').steps;
      if (!first || !second) throw new Error('self-harm has fewer than two steps');
      second.id = first.id;
      second.inputs.push({ id: 'location', label: 'Again', kind: 'text', sources: ['SH-3'] });
      byId(c.playbooks, 'moray').closing.push({ id: 'notes-left', label: 'Again', sources: ['CL-6'] });
      const entries = byId(c.referralDirectories, 'croydon').entries;
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

  it('a call-handling requirement that nothing cites', () => {
    const broken = mutated((c) => {
      const communities = byId(c.playbooks, 'carmarthenshire-communities');
      communities.closing = communities.closing.filter((item) => item.id !== 'transfer-noted');
    });
    expect(problems(broken, 'uncited')).toEqual([expect.stringContaining('TR-3')]);
  });

  it('a malformed phone number written in any text', () => {
    const broken = mutated((c) => {
      const item = byId(byId(c.playbooks, 'croydon-repairs').closing, 'finished-courteously');
      item.say = 'Thank you. Ring 020 8401 363 if anything changes.';
    });
    expect(problems(broken, 'phone')).toEqual([expect.stringContaining('"020 8401 363"')]);
  });

  it('a referral number that differs from SH-4, and a SH-4 service missing from the directory', () => {
    const broken = mutated((c) => {
      const directory = byId(c.referralDirectories, 'croydon');
      byId(directory.entries, 'saneline').phone = '0845 767 8001';
      byId(directory.entries, 'emergency-services').phone = '112';
      directory.entries = directory.entries.filter((entry) => entry.id !== 'mind');
    });
    const found = problems(broken, 'referral-number');
    expect(found).toContainEqual(expect.stringContaining('SANEline'));
    expect(found).toContainEqual(expect.stringContaining('MIND'));
    expect(found).toContainEqual(expect.stringContaining('112 is not in SH-4'));
  });

  it('a referral without provenance', () => {
    const broken = mutated((c) => {
      const entry = byId(byId(c.referralDirectories, 'croydon').entries, 'samaritans');
      entry.verifiedOn = '';
      entry.source = { ...entry.source, section: ' ' };
    });
    expect(problems(broken, 'referral-provenance')).toEqual([
      expect.stringContaining('verifiedOn'),
      expect.stringContaining('source'),
    ]);
  });

  it('references to protocols, directories and steps that do not exist', () => {
    const broken = mutated((c) => {
      const moray = byId(c.playbooks, 'moray');
      moray.referralDirectory = 'nowhere';
      moray.protocols.selfHarm.protocol = 'missing';
      moray.protocolLines = { 'ab-warn-end': ['Fine: a real step.'], 'no-such-step': ['Dangling.'] };
    });
    expect(problems(broken, 'reference')).toEqual([
      expect.stringContaining('nowhere'),
      expect.stringContaining('missing'),
    ]);
    expect(problems(broken, 'protocol-lines')).toEqual([expect.stringContaining('no-such-step')]);
  });
});
