/**
 * Each organisation gets its own: for each of the five playbooks, the self-harm referral list it
 * offers and the abusive-call procedure it runs, against that organisation's standard; and no line
 * of one organisation's standard is ever shown as another's.
 */
import { describe, expect, it } from 'vitest';
import { callerCues, enquiryCues } from '../../../content/cues';
import { findPlaybook, playbooks, protocols, referralCatalogue } from '../../../content';
import type { Playbook, Protocol, Provenance } from '../../../content/schema';
import { showProvenance } from '../../../lib/provenance';
import { warningsRequired } from '../../../lib/protocols/run';
import { referralsFor } from '../../../lib/referrals';
import { plainOrgConfig } from '../../../lib/settings/org-config';

const org = plainOrgConfig(playbooks, protocols, referralCatalogue);
const book = (id: string) => findPlaybook(id)!;
const abusiveOf = (id: string) => org.procedureFor(book(id), 'abusive-call')!;
const selfHarmOf = (id: string) => org.procedureFor(book(id), 'self-harm')!;
const offered = (id: string) => referralsFor(book(id).location, referralCatalogue, null);
const names = (id: string) => offered(id).entries.map((entry) => entry.name);
const shown = (id: string, from: Provenance) => showProvenance(from, { standard: book(id).standard!, origin: 'built-in' });

const UK_WIDE = ['Samaritans', 'Get connected', 'SANeline', 'Stay Alive Suicide Prevention App', 'Emergency services'];

describe('the self-harm referral list each organisation offers (SH-4), only services that serve its callers', () => {
  it("Croydon (London Borough of Croydon): its own plan's whole list, local services included", () => {
    expect(names('croydon-repairs')).toEqual([
      'SLAM Crisis Line',
      'MIND',
      'Samaritans',
      'Get connected',
      'SANeline',
      'Patient Care 24',
      'Stay Alive Suicide Prevention App',
      'NHS online Support',
      'Emergency services',
    ]);
    expect(offered('croydon-repairs').hasLocal).toBe(true);
  });

  it('Communities (Carmarthenshire, Wales): no London services, no NHS England site; Mind serves Wales', () => {
    expect(names('carmarthenshire-communities')).toEqual(['MIND', ...UK_WIDE.slice(0, 4), 'Emergency services']);
    expect(offered('carmarthenshire-communities').leftOut.map((entry) => entry.name)).toEqual(['SLAM Crisis Line', 'Patient Care 24', 'NHS online Support']);
    expect(offered('carmarthenshire-communities').hasLocal).toBe(false);
  });

  it('Calico (Lancashire, England): England and UK services, no South London ones', () => {
    expect(names('calico')).toEqual(['MIND', 'Samaritans', 'Get connected', 'SANeline', 'Stay Alive Suicide Prevention App', 'NHS online Support', 'Emergency services']);
    expect(offered('calico').hasLocal).toBe(false);
  });

  it('Moray (Scotland): only services that serve Scotland; neither Mind nor the NHS England site', () => {
    expect(names('moray')).toEqual(UK_WIDE);
    expect(offered('moray').hasLocal).toBe(false);
  });

  it('Longhurst (its standard does not say where): UK-wide services only, until the organisation sets its area', () => {
    expect(book('longhurst-havelok').location.nation).toBeUndefined();
    expect(names('longhurst-havelok')).toEqual(UK_WIDE);
  });

  it("an organisation's own list is narrowed the same way, and its own entries always show", () => {
    const own = {
      ...referralCatalogue,
      id: 'organisation',
      entries: [
        ...referralCatalogue.entries,
        { ...referralCatalogue.entries[2]!, id: 'moray-crisis', name: 'Moray crisis line', phone: '01343 000000', serves: { scope: 'organisation' as const } },
      ],
    };
    const list = referralsFor(book('moray').location, referralCatalogue, own);
    expect(list.entries.map((entry) => entry.name)).toEqual([...UK_WIDE, 'Moray crisis line']);
    expect(list.hasLocal).toBe(true);
  });
});

describe('the abusive-call procedure each organisation runs', () => {
  it('Communities: its own ten points of 6.7, five warnings before ending, the ADOR1 form', () => {
    const procedure = abusiveOf('carmarthenshire-communities');
    expect(procedure.id).toBe('abusive-communities');
    expect(procedure.steps.map((step) => step.title)).toEqual([
      "Say you can't help like this",
      'Suggest calling back later',
      'Warn you will end the call',
      'Ask once more how you can help',
      "Say you're ending the call",
      'End the call',
      'Take a break',
      'Tell your line manager',
      'Record the incident',
      'Get support',
    ]);
    expect(warningsRequired(procedure)).toBe(5);
    expect(procedure.steps.find((step) => step.kind === 'record')!.action).toContain('ADOR1');
    for (const step of procedure.steps) expect(shown('carmarthenshire-communities', step.from)).toMatchObject({ kind: 'own-standard', label: 'Communities 6.7' });
  });

  it('Moray: one warning, end the call, the file note made and e-mailed; staff cannot refuse to deal with any customer', () => {
    const procedure = abusiveOf('moray');
    expect(procedure.steps.map((step) => [step.kind, step.title])).toEqual([
      ['warning', 'Warn you will end the call'],
      ['end-call', 'End the call'],
      ['record', 'Make the file note'],
      ['file-note', 'E-mail the file note'],
    ]);
    expect(warningsRequired(procedure)).toBe(1);
    expect(procedure.standing.map((cue) => cue.sources[0])).toEqual(['AB-11', 'AB-16', 'AB-13']);
    expect(procedure.standing[1]!.text).toContain('cannot refuse to deal with any customer');
    expect(book('moray').abusiveFollowUp).toMatchObject({ ringWithinHours: 24, writeWithinHours: 48 });
    expect(book('moray').abusiveFollowUp!.confirms).toHaveLength(3);
    for (const step of procedure.steps) expect(shown('moray', step.from).kind).toBe('own-standard');
  });

  it("Calico: the guide's default steps, marked so, with Calico's own word that it reports incidents to the police", () => {
    const procedure = abusiveOf('calico');
    for (const step of procedure.steps) expect(shown('calico', step.from)).toMatchObject({ kind: 'guide-default', label: 'Guide default' });
    const statement = procedure.standing[0]!;
    expect(statement.text).toBe('Calico will not tolerate any rude, abusive or threatening behaviour, and will report any incidents to the police or other relevant authority.');
    expect(shown('calico', statement.from).kind).toBe('own-standard');
    expect(JSON.stringify(procedure)).not.toMatch(/may be reported|only if needed|line manager agrees/i);
  });

  it("Croydon and Longhurst: the guide's default steps, marked so; Longhurst adds only that it will not tolerate abuse", () => {
    expect(abusiveOf('croydon-repairs').id).toBe('abusive-guide-default');
    for (const step of abusiveOf('croydon-repairs').steps) expect(shown('croydon-repairs', step.from).kind).toBe('guide-default');
    expect(abusiveOf('longhurst-havelok').standing[0]!.text).toBe('Longhurst will not tolerate abusive or aggressive behaviour.');
    expect(warningsRequired(abusiveOf('croydon-repairs'))).toBe(2);
  });

  it("only Moray has the line manager's follow-up and the report for the Director", () => {
    for (const playbook of playbooks) {
      expect(Boolean(playbook.abusiveFollowUp), playbook.id).toBe(playbook.id === 'moray');
      expect(Boolean(playbook.directorReport), playbook.id).toBe(playbook.id === 'moray');
    }
  });
});

describe('the self-harm plan each organisation runs', () => {
  it("is Croydon's own for Croydon, with the ASC front door; for the others, the same plan as the guide's default, without it", () => {
    expect(selfHarmOf('croydon-repairs').id).toBe('self-harm-croydon');
    expect(JSON.stringify(selfHarmOf('croydon-repairs'))).toContain('ASC front door');
    for (const id of ['carmarthenshire-communities', 'calico', 'moray', 'longhurst-havelok']) {
      const plan = selfHarmOf(id);
      expect(plan.id).toBe('self-harm-croydon-plan');
      expect(JSON.stringify(plan.steps.map((step) => [step.title, step.action, step.checklist.map((c) => c.label)]))).not.toContain('ASC');
      for (const step of plan.steps) expect(shown(id, step.from)).toMatchObject({ kind: 'guide-default', label: 'Guide default' });
    }
    for (const step of selfHarmOf('croydon-repairs').steps) expect(shown('croydon-repairs', step.from).kind).toBe('own-standard');
  });

  it('offers 999 for serious risk or immediate danger, as step 5 reads, and encourages help immediately (step 4)', () => {
    const plan = selfHarmOf('moray');
    expect(plan.steps.find((step) => step.kind === 'emergency')!.title).toBe('Serious risk or immediate danger: dial 999');
    const referral = plan.steps.find((step) => step.kind === 'referrals')!;
    expect(referral.say.join(' ')).not.toMatch(/\btoday\b/);
    expect(referral.say[0]).toContain('straight away');
  });
});

describe('provenance: every line is its own organisation’s, or marked as the guide’s', () => {
  /** Every provenance a playbook's agent can meet: its own fields, its procedures, the shared cues. */
  function reachable(playbook: Playbook): Provenance[] {
    const found: Provenance[] = [];
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if (typeof record.kind === 'string' && ['standard', 'guide-default', 'organisation'].includes(record.kind) && ('quote' in record || 'reason' in record || record.kind === 'organisation')) {
        found.push(record as unknown as Provenance);
      }
      Object.values(record).forEach(walk);
    };
    const procedures: Protocol[] = [org.procedureFor(playbook, 'abusive-call')!, org.procedureFor(playbook, 'self-harm')!];
    walk([playbook, procedures, enquiryCues, callerCues]);
    return found;
  }

  it.each(playbooks.map((playbook) => [playbook.id, playbook] as const))("%s: nothing shows as its standard's that its standard does not say", (_id, playbook) => {
    const lines = reachable(playbook);
    expect(lines.length).toBeGreaterThan(20);
    for (const from of lines) {
      const seen = showProvenance(from, { standard: playbook.standard!, origin: 'built-in' });
      if (seen.kind === 'own-standard') {
        const quotes = from.kind === 'standard' ? [from, ...(from.also ?? [])] : [];
        expect(quotes.some((quote) => quote.standard === playbook.standard), seen.label).toBe(true);
      }
    }
  });

  it("Communities' hold: only the 5 minutes is its standard's; the check-in and the call-back prompt are the guide's defaults", () => {
    const hold = book('carmarthenshire-communities').hold;
    expect(shown('carmarthenshire-communities', hold.from.maxHold)).toMatchObject({ kind: 'own-standard', label: 'Communities 6.2' });
    expect(shown('carmarthenshire-communities', hold.from.checkIn).kind).toBe('guide-default');
    expect(shown('carmarthenshire-communities', hold.from.offerCallBack).kind).toBe('guide-default');
  });

  it("a line under an organisation's own pack or policy is the organisation's", () => {
    const from = book('moray').greeting.templates[0]!.from;
    expect(showProvenance(from, { origin: 'pack' })).toMatchObject({ kind: 'organisation', label: 'Set by your organisation' });
    expect(showProvenance(from, { origin: 'policy' }).detail).toContain("your organisation's policy");
  });
});
