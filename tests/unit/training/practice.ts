/**
 * Builds a practice the way the panel does, with the real transitions of lib/call and
 * lib/protocols on a clock the test moves, and the observations the training session makes.
 */
import { findPlaybook, findProtocol } from '../../../content';
import { findScenario } from '../../../content/scenarios';
import type { HoldPolicy, Protocol, ProtocolKind } from '../../../content/schema';
import { startCall, type CallData } from '../../../lib/call/call';
import { warningsRequired } from '../../../lib/protocols/run';
import type { Attempt, Observation } from '../../../lib/training/attempt';
import { NOW } from '../../support/now';

/** When a practice starts: the tests' NOW, so a practice may run past midnight or into a new year. */
export const T0 = NOW;

export const MORAY_HOLD: HoldPolicy = findPlaybook('moray')!.hold;

/** The procedure a built-in playbook runs for a kind of safeguarding call. */
export function procedureOf(playbookId: string, kind: ProtocolKind): Protocol {
  const book = findPlaybook(playbookId)!;
  return findProtocol((kind === 'abusive-call' ? book.protocols.abusive : book.protocols.selfHarm).procedure)!;
}

/** Communities' ten-point abusive-call procedure, and the self-harm plan as most playbooks run it. */
export const abusive = procedureOf('carmarthenshire-communities', 'abusive-call');
export const selfHarm = procedureOf('moray', 'self-harm');

/**
 * A practice of a scenario under the playbook it was written for (Moray where any will do), or
 * the one given.
 */
export function practice(scenarioId: string, options: { speed?: number; playbookId?: string } = {}) {
  const playbookId = options.playbookId ?? findScenario(scenarioId)?.playbookId ?? 'moray';
  let now = T0;
  let call: CallData | null = null;
  let kept: CallData | null = null;
  let endedAt: number | null = null;
  const observations: Observation[] = [];

  return {
    get now() {
      return now;
    },
    get call() {
      return call;
    },
    playbookId,
    /** The playbook's own procedures. */
    abusive: procedureOf(playbookId, 'abusive-call'),
    selfHarm: procedureOf(playbookId, 'self-harm'),
    wait(seconds: number) {
      now += seconds * 1000;
      return this;
    },
    start() {
      call = startCall('call-1', 'new', now);
      return this;
    },
    do(...transitions: ((current: CallData, at: number) => CallData)[]) {
      for (const transition of transitions) call = transition(call!, now);
      return this;
    },
    spell(field: string) {
      observations.push({ at: now, type: 'spelled', detail: field });
      return this;
    },
    end() {
      observations.push({ at: now, type: 'call-ended' });
      kept = call;
      call = null;
      endedAt = now;
      return this;
    },
    attempt(): Attempt {
      return {
        scenarioId,
        startedAt: T0,
        agentName: 'Morag Innes',
        playbookId,
        hold: findPlaybook(playbookId)!.hold,
        warningsRequired: warningsRequired(procedureOf(playbookId, 'abusive-call')),
        maxSpeed: options.speed ?? 1,
        observations: [...observations],
        call: kept,
        endedAt,
      };
    },
  };
}

export type Practice = ReturnType<typeof practice>;
