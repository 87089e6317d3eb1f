// Measures the live call's autosave in real Chromium IndexedDB: the product's own draft store
// writing a realistic call with strict durability, beside a raw IndexedDB put of a record of the
// same size, also strict, in the same page. Results are left on window for scripts/bench.mjs.
import { askToHold, checkedIn, goToStage, holdAgreed, resumeCall, setText, startCall, updateCaller } from '../../../lib/call/call';
import { createDraftStore } from '../../../lib/call/draft-store';
import { openDatabase } from '../../../lib/db';

const RUNS = 200;

function realisticCall() {
  let t = Date.now();
  let call = startCall('bench', 'new', t);
  call = goToStage(call, (t += 5000), 'caller');
  call = updateCaller(call, (t += 1000), { title: 'Mrs', firstName: 'Eleri', surname: 'Vaughan-Price', phone: '01632 960123' });
  call = goToStage(call, (t += 5000), 'enquiry');
  call = setText(call, 'enquiry', 'Kitchen tap leaking again after the repair on Tuesday; water under the sink unit.');
  for (let i = 0; i < 10; i += 1) {
    call = askToHold(call, (t += 20_000));
    call = holdAgreed(call, (t += 2000));
    call = checkedIn(call, (t += 60_000));
    call = resumeCall(call, (t += 30_000));
  }
  return setText(call, 'notes', 'Caller confirmed address and phone. '.repeat(20));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function rawPut(db: IDBDatabase, record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
    tx.objectStore('drafts').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

async function run() {
  const db = openDatabase(`bench-autosave-${Date.now()}`);
  await db.open();
  const store = createDraftStore(async () => db, 'live-call', { delayMs: 0 });
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(`bench-raw-${Date.now()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const base = realisticCall();
  const autosave: number[] = [];
  const put: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const call = setText(base, 'notes', `${base.notes} ${i}`);
    const record = { id: 'live-call', savedAt: Date.now(), data: call };
    let start = performance.now();
    store.schedule(call);
    await store.flush();
    autosave.push(performance.now() - start);
    start = performance.now();
    await rawPut(raw, record);
    put.push(performance.now() - start);
  }
  const bytes = new Blob([JSON.stringify({ id: 'live-call', savedAt: 0, data: base })]).size;
  Object.assign(window, {
    benchResult: {
      bytes,
      autosaveP50: percentile(autosave, 50),
      autosaveP95: percentile(autosave, 95),
      putP50: percentile(put, 50),
      putP95: percentile(put, 95),
    },
  });
  document.getElementById('status')!.textContent = 'Done';
}

void run();
