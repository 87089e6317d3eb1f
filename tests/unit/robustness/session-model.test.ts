/**
 * Model-based test of the live call and its draft: 1,000 random sequences of agent actions,
 * passing time, reloads and crashes, against a simple model of what must be on screen and what
 * must be on disk. A reload flushes (the panel writes when hidden); a crash loses only what had
 * not yet been written, never anything written before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProtocol } from '../../../content';
import {
  askToHold,
  checkedIn,
  holdAgreed,
  nextStage,
  resumeCall,
  setText,
  updateCaller,
  type CallData,
} from '../../../lib/call/call';
import { createDraftStore } from '../../../lib/call/draft-store';
import { createCallModel, type CallModel } from '../../../lib/call/session';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { completeStep, setInput, startProtocol } from '../../../lib/protocols/run';
import { NOW } from '../../support/now';
import { manualTimers } from '../call/timers';
import { runs } from '../../support/runs';

interface Model {
  /** What the agent sees. */
  call: CallData | null;
  /** What a crash would leave. */
  onDisk: CallData | null;
}

interface Real {
  db: CallGuideDb;
  clock: { now: number };
  timers: ReturnType<typeof manualTimers>;
  store: ReturnType<typeof createDraftStore<CallData>>;
  model: CallModel;
}

async function openPanel(real: Pick<Real, 'db' | 'clock'>): Promise<Real> {
  const timers = manualTimers();
  const store = createDraftStore<CallData>(async () => real.db, 'live-call', { now: () => real.clock.now, ...timers });
  let ids = 0;
  const model = createCallModel({ now: () => real.clock.now, drafts: store, newId: () => `call-${(ids += 1)}` });
  await model.restore();
  return { ...real, timers, store, model };
}

const abusive = findProtocol('abusive-communities')!;
const selfHarm = findProtocol('self-harm-croydon-plan')!;

type Transition = (call: CallData, now: number) => CallData;
const transitions: fc.Arbitrary<Transition> = fc.oneof(
  fc.constant<Transition>(askToHold),
  fc.constant<Transition>(holdAgreed),
  fc.constant<Transition>(checkedIn),
  fc.constant<Transition>(resumeCall),
  fc.constant<Transition>(nextStage),
  fc.string({ unit: 'binary', maxLength: 40 }).map<Transition>((text) => (call) => setText(call, 'notes', text)),
  fc.string({ maxLength: 20 }).map<Transition>((surname) => (call, now) => updateCaller(call, now, { surname })),
  fc.constantFrom(abusive, selfHarm).map<Transition>((protocol) => (call, now) => startProtocol(call, now, protocol)),
  fc.string({ maxLength: 30 }).map<Transition>((words) => (call, now) => setInput(call, now, 'ab-caller-words', words)),
  fc.constant<Transition>((call, now) =>
    call.protocol ? completeStep(call, now, call.protocol.protocolId === 'self-harm' ? selfHarm : abusive, call.protocol.stepId) : call,
  ),
);

class Act implements fc.AsyncCommand<Model, Real> {
  constructor(readonly transition: Transition) {}
  check = () => true;
  async run(model: Model, real: Real) {
    if (!real.model.call.value) {
      real.model.start('new');
      model.call = real.model.call.value;
    }
    real.model.update(this.transition);
    model.call = real.model.call.value;
    expect(real.model.call.value).toEqual(model.call);
  }
  toString = () => 'act';
}

class PassTime implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    real.clock.now += this.ms;
    real.timers.runAll();
    await real.store.flush();
    model.onDisk = model.call;
    expect((await real.db.drafts.get('live-call'))?.data ?? null).toEqual(model.onDisk);
  }
  toString = () => `pass ${this.ms} ms`;
}

class Reload implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    await real.store.flush();
    model.onDisk = model.call;
    Object.assign(real, await openPanel(real));
    expect(real.model.call.value).toEqual(model.call);
  }
  toString = () => 'reload';
}

class Crash implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    // The old panel dies with its timers; whatever it had not written is gone.
    Object.assign(real, await openPanel(real));
    model.call = model.onDisk;
    expect(real.model.call.value).toEqual(model.onDisk);
  }
  toString = () => 'crash';
}

class End implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => model.call !== null;
  async run(model: Model, real: Real) {
    await real.model.end();
    model.call = null;
    model.onDisk = null;
    expect(await real.db.drafts.get('live-call')).toBeUndefined();
  }
  toString = () => 'end call';
}

describe('the live call against a model, through actions, time, reloads and crashes', () => {
  it('loses nothing that was on disk, and shows exactly what the model says (1,000 sequences)', async () => {
    const commands = [
      transitions.map((transition) => new Act(transition)),
      fc.integer({ min: 50, max: 3_000 }).map((ms) => new PassTime(ms)),
      fc.constant(new Reload()),
      fc.constant(new Crash()),
      fc.constant(new End()),
    ];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (sequence) => {
        const db = openDatabase(`model-${(run += 1)}`);
        const real = await openPanel({ db, clock: { now: NOW } });
        try {
          await fc.asyncModelRun(() => ({ model: { call: null, onDisk: null }, real }), sequence);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: runs(1_000) },
    );
  }, 120_000);
});
