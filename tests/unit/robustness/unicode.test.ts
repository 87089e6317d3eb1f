import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { setText, startCall, updateCaller, type CallData } from '../../../lib/call/call';
import { createDraftStore } from '../../../lib/call/draft-store';
import { openDatabase } from '../../../lib/db';
import { localSettingsCache } from '../../../lib/settings/settings-cache';

// Any UTF-16 code units, lone surrogates and control characters included.
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const db = openDatabase(`unicode-${Math.random()}`);
afterAll(() => db.delete());

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
      { numRuns: 10_000 },
    );
  });

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
      { numRuns: 10_000 },
    );
  });
});
