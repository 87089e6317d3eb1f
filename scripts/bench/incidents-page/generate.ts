// 100,000 incidents made the way the guide makes them: a call, the protocol's steps, then the
// product's buildIncident, written through the product's import (which derives every index).
// Seeded, so every run measures the same log. Text comes from phrase and name lists, giving
// common words (in a few percent of incidents) and rare ones (surnames, streets) as real notes do.
import { findPlaybook, findProtocol } from '../../../content';
import { startCall, updateCaller, setText, type CallData } from '../../../lib/call/call';
import type { CallGuideDb } from '../../../lib/db';
import type { Incident } from '../../../lib/incidents/record';
import { importIncidents } from '../../../lib/incidents/backup';
import { buildIncident } from '../../../lib/incidents/incident';
import { chooseRoute, colleagueAlerted, completeStep, protocolCallEnded, setInput, startProtocol } from '../../../lib/protocols/run';

const DAY = 86_400_000;
const SURNAMES = 'Black Brown Campbell Davies Evans Fraser Grant Hughes Jones Kerr Lewis Morgan Murray Owen Price Reid Ross Stewart Thomas Watson Wilson Young Baird Bell Boyd Craig Duncan Forbes Gordon Hamilton Innes Jenkins Kelly Lloyd Munro Nicol Ogilvie Pritchard Rees Sinclair'.split(' ');
const STREETS = 'Station High Church Mill Bridge Castle Park School Victoria Albert Union Market Hill Queen King North South West Glen Burn'.split(' ');
const TOWNS = 'Elgin Forres Buckie Lossiemouth Keith Carmarthen Llanelli Ammanford Croydon Purley Thornton Norbury'.split(' ');
const WORDS = [
  'You lot are useless, I know where your office is',
  'I will come down there and sort you out',
  'Get me your manager or I will ring the papers',
  'I am going to report you to my solicitor',
  'You are a disgrace, the repair has been waiting months',
  'Nobody ever rings me back, you are all liars',
  'I pay your wages so you will listen to me',
  'If the boiler is not fixed today there will be trouble',
  'I will make sure you lose your job',
  'Shut up and put me through to someone who knows something',
  'My councillor will hear about this threatening nonsense',
  'I have recorded this call and the police will hear it',
];
const NOTES = [
  'Caller shouting about the damp in the bedroom.',
  'Repeated swearing after the first warning.',
  'Caller threatened to visit the office.',
  'Rent arrears discussed; caller became abusive.',
  'Complaint about a missed appointment for the boiler.',
  'Caller calmer after being told a manager would ring.',
  'Neighbour dispute, noise at night.',
  'Caller upset about the bin collection; abusive language.',
  'Caller said the housing officer never visits.',
  'Query about a transfer application turned aggressive.',
];
const SELF_HARM = ['Has tablets at home', 'Standing on the bridge', 'Talking about ending it tonight', 'Feels nobody would miss them', 'Has not slept for days'];

/** A small seeded generator (mulberry32): the same log on every run. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function makeCall(i: number, start: number, rand: () => number): { call: CallData; protocol: string } {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const surname = pick(SURNAMES);
  let t = start;
  let call = startCall(`bench-${i}`, 'new', t);
  // Repeat callers: a few hundred numbers, so the patterns view has something to find.
  const phone = rand() < 0.7 ? `01632 96${String(Math.floor(rand() * 4000)).padStart(4, '0')}` : '';
  call = updateCaller(call, (t += 20_000), { title: 'Mr', surname, phone, reference: rand() < 0.3 ? `MHP-${Math.floor(rand() * 3000)}` : '' });
  call = setText(call, 'notes', `${pick(NOTES)} ${pick(STREETS)} Street, ${pick(TOWNS)}.`);
  if (rand() < 0.88) {
    const protocol = findProtocol('abusive-communities')!;
    call = startProtocol(call, (t += 30_000), protocol);
    const warnings = 1 + Math.floor(rand() * 5);
    for (const step of ['ab-cannot-help', 'ab-suggest-call-back', 'ab-warn-end', 'ab-offer-help', 'ab-say-ending'].slice(0, warnings)) {
      call = completeStep(call, (t += 15_000 + rand() * 60_000), protocol, step);
    }
    call = completeStep(call, (t += 10_000), protocol, 'ab-end-call');
    call = setInput(call, t + 60_000, 'ab-caller-words', pick(WORDS));
    return { call, protocol: protocol.id };
  }
  const protocol = findProtocol('self-harm-croydon-plan')!;
  call = startProtocol(call, (t += 10_000), protocol);
  call = colleagueAlerted(call, (t += 20_000));
  call = setInput(call, (t += 40_000), 'location', `${Math.floor(rand() * 90) + 1} ${pick(STREETS)} Road, ${pick(TOWNS)}`);
  call = setInput(call, (t += 30_000), 'plans', pick(SELF_HARM));
  call = chooseRoute(call, (t += 30_000), protocol, rand() < 0.3 ? 'emergency' : 'non-urgent');
  call = protocolCallEnded(call, t + 120_000, protocol);
  return { call, protocol: protocol.id };
}

/** Incident i of `count`, spread over five years up to `now`; old ones reviewed, their follow-ups done. */
export function incident(i: number, count: number, now: number, rand: () => number): Incident {
  const playbook = findPlaybook(rand() < 0.5 ? 'moray' : 'carmarthenshire-communities')!;
  const start = now - Math.floor(((count - i) / count) * 5 * 365 * DAY) - Math.floor(rand() * 3_600_000);
  const { call, protocol } = makeCall(i, start, rand);
  const built = buildIncident(call, { playbook, protocol: findProtocol(protocol)!, agentName: `Agent ${String(Math.floor(rand() * 40) + 1).padStart(2, '0')}` }, start + 600_000);
  if (now - built.createdAt < 14 * DAY && rand() < 0.8) return built;
  const by = 'Bench Team Leader';
  return {
    ...built,
    status: 'reviewed',
    review: { by, at: built.createdAt + DAY, note: '' },
    followUps: built.followUps.map((f) => ({ ...f, doneAt: built.createdAt + 12 * 3_600_000, doneBy: by, doneHow: 'rang', doneNote: 'Explained why the call ended.' })),
  };
}

export async function generate(db: CallGuideDb, count: number, now: number, onProgress: (done: number) => void): Promise<void> {
  const rand = random(20261130);
  const BATCH = 2000;
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => incident(start + k, count, now, rand));
    await importIncidents(db, batch);
    onProgress(start + batch.length);
  }
}
