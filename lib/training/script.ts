/**
 * The scenario's script against what happened: which expected steps were done in order, done
 * out of order, or missed, and which of the caller's lines comes next. Pure functions over the
 * practice's events, shared by the panel, the presenter and the debrief.
 */
import type { EventRef, ExpectedStep, Scenario } from '../../content/scenarios/schema';
import type { TimelineEvent } from './attempt';

export type StepStatus = 'done' | 'out-of-order' | 'missed';

export interface StepResult {
  step: ExpectedStep;
  /** Index of the caller's line the step answers. */
  beat: number;
  status: StepStatus;
  /** When it was done (call time), or null if it was not. */
  at: number | null;
}

/** An event matches a reference by type and, if the reference has one, by detail. */
export function matches(ref: EventRef, event: TimelineEvent): boolean {
  if (ref.event !== event.type) return false;
  if (ref.detail === undefined) return true;
  // "caller-updated" lists every field one edit changed: "firstName,surname".
  return event.detail === ref.detail || (event.detail?.split(',').includes(ref.detail) ?? false);
}

/**
 * Each expected step takes the first unused matching event after the previous line's steps; a
 * step found only earlier is out of order. Within one line the steps may come in any order.
 */
export function matchScript(scenario: Scenario, events: readonly TimelineEvent[]): StepResult[] {
  const used = new Set<number>();
  const find = (step: ExpectedStep, from: number) =>
    events.findIndex((event, index) => index >= from && !used.has(index) && matches(step, event));
  const results: StepResult[] = [];
  let cursor = 0;
  scenario.script.forEach((beat, beatIndex) => {
    let end = cursor;
    for (const step of beat.expect) {
      let index = find(step, cursor);
      const status: StepStatus = index >= 0 ? 'done' : 'out-of-order';
      if (index < 0) index = find(step, 0);
      if (index < 0) {
        results.push({ step, beat: beatIndex, status: 'missed', at: null });
        continue;
      }
      used.add(index);
      end = Math.max(end, index + 1);
      results.push({ step, beat: beatIndex, status, at: events[index]!.at });
    }
    cursor = end;
  });
  return results;
}

/**
 * The caller's line the agent is answering now: the first line whose steps are not all done,
 * unless the agent has already moved on to a later line's steps. Null once the script is done.
 */
export function currentBeat(scenario: Scenario, events: readonly TimelineEvent[]): number | null {
  const results = matchScript(scenario, events);
  const count = scenario.script.length;
  const complete = (beat: number) => results.every((r) => r.beat !== beat || r.status !== 'missed');
  const started = (beat: number) => results.some((r) => r.beat === beat && r.status !== 'missed');
  for (let beat = 0; beat < count; beat += 1) {
    if (complete(beat)) continue;
    const movedOn = results.some((r) => r.beat > beat && started(r.beat));
    if (!movedOn) return beat;
  }
  return null;
}
