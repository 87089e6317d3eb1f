/**
 * The training scenarios are data, tested like code: valid, unique, citing requirements that
 * exist, naming only steps, inputs, referrals and closing items the guide really has, and shown
 * by the demo CRM page exactly as written.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findPlaybook, protocols, referralCatalogue, requirements } from '../../../content';
import type { CallEventType } from '../../../content/call-events';
import { findScenario, scenarios } from '../../../content/scenarios';
import { ScenarioSchema, type EventRef, type Scenario, type ScenarioEvent } from '../../../content/scenarios/schema';
import { EMPTY_CALLER, STAGES } from '../../../lib/call/call';

// The scenario events are the call's own events plus 'spelled': a type error here if they drift.
type Missing = Exclude<CallEventType, ScenarioEvent>;
type Extra = Exclude<ScenarioEvent, CallEventType | 'spelled'>;
const inStep: [Missing, Extra] extends [never, never] ? true : false = true;

const REQUIRED = [
  'ordinary-call',
  'long-hold',
  'warm-transfer',
  'abusive-calms',
  'abusive-terminated',
  'self-harm-non-urgent',
  'self-harm-emergency',
  'communities-welsh',
  'croydon-repair',
  'calico-abusive',
  'moray-message',
  'moray-abusive',
  'longhurst-missed',
  'longhurst-self-harm',
];

const known = new Set(requirements.map((requirement) => requirement.id));
const stepIds = new Set(protocols.flatMap((protocol) => protocol.steps.map((step) => step.id)));
const inputIds = new Set(protocols.flatMap((protocol) => protocol.steps.flatMap((step) => step.inputs.map((input) => input.id))));
const abusiveSteps = new Set(protocols.filter((protocol) => protocol.kind === 'abusive-call').flatMap((protocol) => protocol.steps.map((step) => step.id)));
const referralIds = new Set(referralCatalogue.entries.map((entry) => entry.id));
const callerKeys = new Set(Object.keys(EMPTY_CALLER));
const fields = ['name', 'address', 'phone', 'email', 'reference'];

/** What is wrong with one event reference's detail, or null. */
function detailProblem(scenario: Scenario, ref: EventRef): string | null {
  const { event, detail } = ref;
  const [id, flag] = detail?.split(':') ?? [];
  const closing = scenario.playbookId ? findPlaybook(scenario.playbookId)?.closing.map((item) => item.id) : undefined;
  const checks: Partial<Record<ScenarioEvent, boolean>> = {
    stage: STAGES.includes(detail as never),
    'caller-updated': callerKeys.has(detail ?? ''),
    'detail-confirmed': fields.includes(id ?? '') && flag === 'true',
    spelled: fields.includes(detail ?? ''),
    'protocol-started': detail === 'abusive-call' || detail === 'self-harm',
    'protocol-step': stepIds.has(detail ?? ''),
    'warning-given': abusiveSteps.has(detail ?? ''),
    'protocol-answer': inputIds.has(detail ?? ''),
    'route-chosen': detail === 'non-urgent' || detail === 'emergency',
    'referral-given': referralIds.has(id ?? '') && flag === 'true',
    'closing-checked': Boolean(closing?.includes(id ?? '')) && flag === 'true',
  };
  const check = checks[event];
  // Without a detail a reference matches any event of its type.
  if (detail === undefined) return null;
  if (check === undefined) return `${event} takes no detail`;
  return check ? null : `${event} "${detail}" is not something the guide records`;
}

describe('the scenarios', () => {
  it('include every scenario trainers asked for, in order', () => {
    expect(scenarios.map((scenario) => scenario.id)).toEqual(REQUIRED);
    expect(inStep).toBe(true);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s validates against the schema', (_id, scenario) => {
    const result = v.safeParse(ScenarioSchema, scenario);
    expect(result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`)).toEqual([]);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: unique ids, real requirements, real details', (_id, scenario) => {
    expect(problemsOf(scenario)).toEqual([]);
  });

  it('the checks catch a scenario naming what the guide does not have', () => {
    const broken = structuredClone(findScenario('ordinary-call')!);
    broken.playbookId = 'nowhere';
    broken.script[1]!.expect.push(
      { id: 'caller-step', event: 'protocol-step', detail: 'sh-no-such-step', label: 'Do a thing', sources: ['SH-99'] },
      { id: 'hold', event: 'hold-asked', detail: 'politely', label: 'Ask', sources: ['HO-1'] },
    );
    expect(problemsOf(broken)).toEqual([
      'step caller-step twice',
      'SH-99 is not a requirement',
      'protocol-step "sh-no-such-step" is not something the guide records',
      'hold-asked takes no detail',
      'closing-checked "anything-else:true" is not something the guide records',
      'no playbook nowhere',
    ]);
  });

  it('ask only for details the scenario’s guide has a field for', () => {
    for (const scenario of scenarios) {
      const playbook = findPlaybook(scenario.playbookId ?? 'moray')!;
      const wanted = scenario.script
        .flatMap((beat) => beat.expect)
        .filter((step) => step.event === 'spelled' || step.event === 'detail-confirmed')
        .map((step) => step.detail!.split(':')[0]!);
      expect(wanted.filter((field) => !playbook.callerDetails.fields.includes(field as never)), scenario.id).toEqual([]);
    }
  });

  it('spell what the caller’s record holds, and check what they spell', () => {
    const ordinary = findScenario('ordinary-call')!;
    for (const { field, value } of ordinary.checks.captured ?? []) {
      expect(String(ordinary.caller[field as 'email' | 'address'])).toContain(value);
    }
  });

  it('set the checks their safeguarding steps need', () => {
    for (const scenario of scenarios) {
      const events = scenario.script.flatMap((beat) => beat.expect.map((step) => step.event));
      const selfHarm = scenario.script.some((beat) => beat.expect.some((step) => step.event === 'protocol-started' && step.detail === 'self-harm'));
      if (selfHarm) expect(scenario.checks.danger, scenario.id).toBeDefined();
      // Warnings before ending come from the playbook's procedure, so a scenario that ends a call names its playbook.
      if (events.includes('call-terminated')) expect(scenario.playbookId, scenario.id).toBeDefined();
      if (events.includes('transfer-completed')) expect(scenario.checks.transferTo, scenario.id).toBeDefined();
    }
    expect(findScenario('self-harm-emergency')?.checks.danger).toBe('serious-or-immediate');
    expect(findScenario('self-harm-non-urgent')?.checks.danger).toBe('non-urgent');
  });

  it('start with the phone ringing and end with the call ended', () => {
    for (const scenario of scenarios) {
      expect(scenario.script[0]!.expect.map((step) => step.event), scenario.id).toEqual(['call-started']);
      expect(scenario.script.at(-1)!.expect.at(-1)!.event, scenario.id).toBe('call-ended');
    }
  });
});

describe('the demo CRM page', () => {
  const html = readFileSync(new URL('../../../scripts/demo-crm/index.html', import.meta.url), 'utf8');
  const json = /<script type="application\/json" id="scenario-records">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '[]';

  it('holds each scenario’s caller record exactly as the scenario gives it', () => {
    const expected = scenarios.map(({ id, title, caller }) => ({
      id,
      title,
      name: `${caller.title} ${caller.firstName} ${caller.surname}`,
      address: caller.address,
      reference: caller.reference,
      phone: caller.phone,
      mobile: caller.mobile ?? '',
      email: caller.email ?? '',
      language: caller.language === 'cy' ? 'Welsh preferred' : 'English',
      history: caller.history,
    }));
    expect(JSON.parse(json)).toEqual(expected);
  });

  it('keeps the default record and the fields Fill from CRM reads', () => {
    for (const field of ['name', 'address', 'reference', 'phone', 'mobile', 'email', 'language']) {
      expect(html).toContain(`data-crm-field="${field}"`);
    }
    expect(html).toContain('Mrs Eleri Vaughan-Price');
  });
});

function problemsOf(scenario: Scenario): string[] {
  const steps = scenario.script.flatMap((beat) => beat.expect);
  return [
    ...duplicates(scenario.script.map((beat) => beat.id)).map((id) => `line ${id} twice`),
    ...duplicates(steps.map((step) => step.id)).map((id) => `step ${id} twice`),
    ...duplicates(scenario.timing.map((goal) => goal.id)).map((id) => `goal ${id} twice`),
    ...[...steps, ...scenario.timing, ...(scenario.checks.captured ?? [])]
      .flatMap((item) => ('sources' in item ? item.sources : []))
      .filter((id) => !known.has(id))
      .map((id) => `${id} is not a requirement`),
    ...[...steps, ...scenario.timing.flatMap((goal) => [goal.from, goal.to])]
      .map((ref) => detailProblem(scenario, ref))
      .filter((problem): problem is string => problem !== null),
    ...(scenario.playbookId && !findPlaybook(scenario.playbookId) ? [`no playbook ${scenario.playbookId}`] : []),
  ];
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}
