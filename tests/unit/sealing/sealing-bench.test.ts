/**
 * Sealing's figures for BENCHMARKS.md, in Node (fake-indexeddb) rather than Chromium; skipped in
 * ordinary runs. `BENCH_SEALING=1 BENCH_N=10000 npx vitest run tests/unit/sealing/sealing-bench.test.ts`
 */
import { it } from 'vitest';
import { saveIncident } from '../../../lib/incidents/repository';
import { saveSealedIncident } from '../../../lib/sealing/save';
import { sealIncident } from '../../../lib/sealing/record';
import { unlockLog } from '../../../lib/sealing/unlocked';
import { queryIncidents } from '../../../lib/incidents/query';
import { NO_FILTER } from '../../../lib/incidents/filter';
import { NOW } from '../../support/now';
import { freshDatabase, makeIncident } from '../incidents/make-incident';
import { makeKeys } from './keys';

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((q / 100) * xs.length) - 1)]!;
const N = Number(process.env.BENCH_N ?? 1000);

it.skipIf(!process.env.BENCH_SEALING)('sealing: save overhead, unlock, search after unlock', async () => {
  const { leader, deputy } = await makeKeys();
  const rs = [leader.recipient, deputy.recipient];
  const db = freshDatabase();
  const plain: number[] = [];
  const sealed: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const inc = makeIncident({ id: `p${i}`, createdAt: NOW - i, notes: `Caller said something threatening number ${i} about the office` });
    let t = performance.now();
    await saveIncident(db, inc);
    plain.push(performance.now() - t);
    t = performance.now();
    await saveSealedIncident(db, { ...inc, id: `s${i}` }, rs, NOW);
    sealed.push(performance.now() - t);
  }
  console.log('save p50/p95 plain', p(plain, 50).toFixed(1), p(plain, 95).toFixed(1), 'sealed', p(sealed, 50).toFixed(1), p(sealed, 95).toFixed(1));
  await db.delete();
  const big = freshDatabase();
  const words = 'rent repairs boiler window threat police neighbour office visit manager letter council'.split(' ');
  const records = [];
  for (let i = 0; i < N; i += 1) {
    records.push(await sealIncident(makeIncident({ id: `i${i}`, createdAt: NOW - i * 60_000, notes: `${words[i % 12]} ${words[(i * 7) % 12]} note ${i}`, agentName: i % 2 ? 'A' : 'B' }), rs, NOW));
  }
  await big.incidents.bulkPut(records);
  let t = performance.now();
  const log = await unlockLog(big, leader, { recipients: async () => rs, now: () => NOW });
  const unlockMs = performance.now() - t;
  console.log(`unlock ${N}: ${unlockMs.toFixed(0)} ms (${(unlockMs / N).toFixed(2)} ms each)`);
  const q: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    t = performance.now();
    await queryIncidents(log.db, { filter: { ...NO_FILTER, text: words[i % 12]!, ...(i % 2 ? { agent: 'A' } : {}) }, order: 'newest', after: null, size: 50, now: NOW });
    q.push(performance.now() - t);
  }
  console.log('search/filter p50/p95', p(q, 50).toFixed(1), p(q, 95).toFixed(1));
  log.close();
  await big.delete();
}, 600_000);
