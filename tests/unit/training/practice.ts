/**
 * Builds a practice the way the panel does, with the real transitions of lib/call and
 * lib/protocols on a clock the test moves, and the observations the training session makes.
 */
import { findPlaybook, findProtocol } from '../../../content';
import type { HoldPolicy } from '../../../content/schema';
import { startCall, type CallData } from '../../../lib/call/call';
import type { Attempt, Observation } from '../../../lib/training/attempt';
import { NOW } from '../../support/now';

/** When a practice starts: the tests' NOW, so a practice may run past midnight or into a new year. */
export const T0 = NOW;

export const MORAY_HOLD: HoldPolicy = findPlaybook('moray')!.hold;
export const abusive = findProtocol('abusive-call')!;
export const selfHarm = findProtocol('self-harm')!;

export function practice(scenarioId: string, options: { speed?: number; playbookId?: string } = {}) {
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
        playbookId: options.playbookId ?? 'moray',
        hold: MORAY_HOLD,
        maxSpeed: options.speed ?? 1,
        observations: [...observations],
        call: kept,
        endedAt,
      };
    },
  };
}

export type Practice = ReturnType<typeof practice>;
