import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { setText, startCall, updateCaller, type CallData } from '../../../lib/call/call';
import { createDraftStore } from '../../../lib/call/draft-store';
import { openDatabase } from '../../../lib/db';
import { backupBlob, checkBackup, importIncidents } from '../../../lib/incidents/backup';
import { getIncident, saveIncident } from '../../../lib/incidents/repository';
import { callerKeys } from '../../../lib/incidents/incident';
import { localSettingsCache } from '../../../lib/settings/settings-cache';
import { makeIncident } from '../incidents/make-incident';
import { runs } from '../../support/runs';

// Any UTF-16 code units, lone surrogates and control characters included.
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const db = openDatabase(`unicode-${Math.random()}`);
afterAll(() => db.delete());
// Fast-check runs are not timed assertions; this only stops a busy machine failing a slow run.
const SLOW = 120_000;

describe('any text the agent types survives being saved and loaded unchanged', () => {
  it('in the live call’s draft: 10,000 random strings as notes, caller details and answers', async () => {
    const store = createDraftStore<CallData>(async () => db, 'live-call', { delayMs: 0 });
    let call = startCall('unicode', 'new', 0);
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (notes, surname) => {
        call = updateCaller(setText(call, 'notes', notes), 1, { surname });
        store.schedule(call);
        await store.flush();
        const loaded = await store.load();
        expect(loaded?.notes).toBe(notes);
        expect(loaded?.caller.surname).toBe(surname);
      }),
      { numRuns: runs(10_000) },
    );
  }, SLOW);

  it('one megabyte of notes, with every kind of character', async () => {
    const store = createDraftStore<CallData>(async () => db, 'big', { delayMs: 0 });
    const chunk = 'Ŵŷ\u0000\u0007\ud800\udfff\ud83d\ude00<script>&;"\n\t';
    const notes = chunk.repeat(Math.ceil(1_048_576 / chunk.length)).slice(0, 1_048_576);
    store.schedule(setText(startCall('big', 'new', 0), 'notes', notes));
    await store.flush();
    expect((await store.load())?.notes).toBe(notes);
  });

  it('in the settings copy kept for the first render (JSON in localStorage)', () => {
    const entries = new Map<string, string>();
    const cache = localSettingsCache({
      getItem: (key: string) => entries.get(key) ?? null,
      setItem: (key: string, value: string) => void entries.set(key, value),
      removeItem: (key: string) => void entries.delete(key),
    } as unknown as Storage);
    fc.assert(
      fc.property(anyText, (agentName) => {
        cache.write({ agentName });
        expect(cache.read()).toEqual({ agentName });
      }),
      { numRuns: runs(10_000) },
    );
  });
});

/** Mostly short text, and one in ten long enough to pass any small cap a field might have. */
const fieldText = fc.oneof({ arbitrary: anyText, weight: 9 }, { arbitrary: fc.string({ unit: 'binary', minLength: 500, maxLength: 5_000 }), weight: 1 });

/** Every free-text field of an incident, filled from `texts` (ten of them). */
function incidentWith(id: string, texts: string[]) {
  const text = (i: number) => texts[i] ?? '';
  return makeIncident({
    id,
    caller: { name: text(0), phone: text(1), reference: text(2) },
    // As the guide stores them (and an import rebuilds them): derived from the caller.
    callerKeys: callerKeys({ phone: text(1), mobile: '', reference: text(2) }),
    location: text(3),
    summary: text(4),
    notes: text(5),
    agentName: text(6),
    answers: [{ id: 'exact-words', label: 'Exact words', value: text(7) }],
    steps: [{ id: 'warn', title: text(8), at: 1 }],
    reviewNotes: [{ by: `R${text(9)}`, at: 2, note: text(5) }],
  });
}

describe('any text in an incident survives save, load, backup export and import unchanged', () => {
  it('10,000 random strings, in every free-text field, through a backup file into another log', async () => {
    const source = openDatabase(`unicode-export-${Math.random()}`);
    const target = openDatabase(`unicode-import-${Math.random()}`);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fieldText, { minLength: 1_000, maxLength: 1_000 }), async (texts) => {
          await source.incidents.clear();
          await target.incidents.clear();
          const incidents = Array.from({ length: 100 }, (_, i) => incidentWith(`inc-${i}`, texts.slice(i * 10, i * 10 + 10)));
          for (const incident of incidents) await saveIncident(source, incident);
          // Loaded back from the log as written.
          expect(await getIncident(source, 'inc-7')).toEqual(incidents[7]);

          const { blob } = await backupBlob(source, 0);
          const checked = await checkBackup(await blob.text());
          if (!checked.ok) throw new Error(checked.problems.join('\n'));
          await importIncidents(target, checked.incidents);
          for (const incident of incidents) expect(await getIncident(target, incident.id)).toEqual(incident);
        }),
        // No shrinking: the import's list of problems already names the field that failed.
        { numRuns: 10, endOnFailure: true },
      );
    } finally {
      await source.delete();
      await target.delete();
    }
  }, SLOW);

  it('a one-megabyte note, with every kind of character, through a backup file', async () => {
    const chunk = 'Ŵŷ\u0000\u0007\ud800\udfff\ud83d\ude00<script>&;"\n\t\u2028';
    const notes = chunk.repeat(Math.ceil(1_048_576 / chunk.length)).slice(0, 1_048_576);
    const incident = makeIncident({ id: 'big', notes, answers: [{ id: 'exact-words', label: 'Exact words', value: notes }] });
    const source = openDatabase(`unicode-big-${Math.random()}`);
    const target = openDatabase(`unicode-big-in-${Math.random()}`);
    try {
      await saveIncident(source, incident);
      const checked = await checkBackup(await (await backupBlob(source, 0)).blob.text());
      if (!checked.ok) throw new Error(checked.problems.join('\n'));
      await importIncidents(target, checked.incidents);
      expect(await getIncident(target, 'big')).toEqual(incident);
    } finally {
      await source.delete();
      await target.delete();
    }
  });
});
