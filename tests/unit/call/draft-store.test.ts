import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore, describeStorageError } from '../../../lib/call/draft-store';
import { openDatabase, type CallGuideDb } from '../../../lib/db';
import { manualTimers } from './timers';

const DISK_FULL =
  'The disk is full, so this has not been saved yet. It is still on screen; free some space and it will be saved.';
const NOT_SAVED = 'This has not been saved yet. It is still on screen, and the guide will keep trying.';

const quotaError = () => Object.assign(new Error('x'), { name: 'QuotaExceededError' });
const abortWrappingQuota = () => Object.assign(new Error('aborted'), { name: 'AbortError', inner: quotaError() });

interface Note {
  text: string;
}

let db: CallGuideDb;

function setUp() {
  db = openDatabase(`test-${Math.random()}`);
  const timers = manualTimers();
  const store = createDraftStore<Note>(async () => db, 'note', { delayMs: 200, retryMs: 2000, now: () => 42, ...timers });
  const stored = async () => (await db.drafts.get('note'))?.data;
  return { timers, store, stored };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('the draft store', () => {
  it('waits for typing to pause, then writes only the latest value', async () => {
    const { timers, store, stored } = setUp();
    const put = vi.spyOn(db.drafts, 'put');
    store.schedule({ text: 'H' });
    store.schedule({ text: 'He' });
    store.schedule({ text: 'Hello' });
    expect(store.state.value).toBe('pending');
    expect(timers.waiting()).toEqual([200]);
    expect(await stored()).toBeUndefined();

    timers.runAll();
    await vi.waitFor(() => expect(store.state.value).toBe('saved'));
    expect(put).toHaveBeenCalledTimes(1);
    expect(await db.drafts.get('note')).toEqual({ id: 'note', savedAt: 42, data: { text: 'Hello' } });
  });

  it('writes at once on flush, without waiting for the timer', async () => {
    const { timers, store, stored } = setUp();
    store.schedule({ text: 'Page hidden' });
    await store.flush();
    expect(timers.waiting()).toEqual([]);
    expect(store.state.value).toBe('saved');
    expect(await stored()).toEqual({ text: 'Page hidden' });
  });

  it('deletes the draft when given null, so nothing is loaded after', async () => {
    const { store } = setUp();
    store.schedule({ text: 'Call notes' });
    await store.flush();
    expect(await store.load()).toEqual({ text: 'Call notes' });
    store.schedule(null);
    await store.flush();
    expect(await db.drafts.count()).toBe(0);
    expect(await store.load()).toBeNull();
  });

  it('loads nothing when nothing was saved', async () => {
    const { store } = setUp();
    expect(await store.load()).toBeNull();
  });

  it.each([
    ['a QuotaExceededError', quotaError],
    ['an AbortError wrapping a QuotaExceededError', abortWrappingQuota],
  ])('says the disk is full after %s, keeps the value and saves it on retry', async (_why, failure) => {
    const { timers, store, stored } = setUp();
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(failure());
    store.schedule({ text: 'Mrs Jones, boiler' });
    await store.flush();

    expect(store.state.value).toBe('error');
    expect(store.error.value).toBe(DISK_FULL);
    expect(await stored()).toBeUndefined();
    expect(timers.waiting()).toEqual([2000]);

    timers.runAll();
    await vi.waitFor(() => expect(store.state.value).toBe('saved'));
    expect(store.error.value).toBeNull();
    expect(await stored()).toEqual({ text: 'Mrs Jones, boiler' });
  });

  it('gives a plain message for other failures', async () => {
    const { store } = setUp();
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new Error('disk on fire'));
    store.schedule({ text: 'x' });
    await store.flush();
    expect(store.error.value).toBe(NOT_SAVED);
  });

  it('keeps showing the error while newer changes queue, and saves the newest on retry', async () => {
    const { timers, store, stored } = setUp();
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(quotaError());
    store.schedule({ text: 'first' });
    await store.flush();
    store.schedule({ text: 'second' });
    expect(store.state.value).toBe('error');
    expect(timers.waiting()).toEqual([200]);

    timers.runAll();
    await vi.waitFor(() => expect(store.state.value).toBe('saved'));
    expect(await stored()).toEqual({ text: 'second' });
  });

  it('keeps retrying while the disk stays full', async () => {
    const { timers, store, stored } = setUp();
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(quotaError()).mockRejectedValueOnce(abortWrappingQuota());
    store.schedule({ text: 'still here' });
    await store.flush();
    timers.runAll();
    await vi.waitFor(() => expect(timers.waiting()).toEqual([2000]));
    expect(store.state.value).toBe('error');
    timers.runAll();
    await vi.waitFor(() => expect(store.state.value).toBe('saved'));
    expect(await stored()).toEqual({ text: 'still here' });
  });
});

describe('describing a storage failure', () => {
  it.each([
    ['QuotaExceededError', quotaError(), DISK_FULL],
    ['AbortError wrapping a quota error', abortWrappingQuota(), DISK_FULL],
    ['DOMException QuotaExceededError', new DOMException('full', 'QuotaExceededError'), DISK_FULL],
    ['AbortError alone', Object.assign(new Error('a'), { name: 'AbortError' }), NOT_SAVED],
    ['a string', 'oops', NOT_SAVED],
    ['null', null, NOT_SAVED],
    ['undefined', undefined, NOT_SAVED],
  ])('%s', (_why, failure, message) => {
    expect(describeStorageError(failure)).toBe(message);
  });

  it('tells the agent to press the button again where nothing retries by itself', () => {
    expect(describeStorageError(abortWrappingQuota(), { button: 'Save incident' })).toBe(
      'The disk is full, so this has not been saved. It is still on screen; free some space and press Save incident again.',
    );
    expect(describeStorageError(new Error('x'), { button: 'Save incident' })).toBe('This has not been saved. It is still on screen; press Save incident again.');
  });
});

describe('a held draft store (the stored draft could not be read)', () => {
  it('writes nothing over the stored draft, says why, and keeps what is on screen queued', async () => {
    const { timers, store, stored } = setUp();
    await db.drafts.put({ id: 'note', savedAt: 1, data: { text: 'unread' } });
    store.hold('Not saved: the one before could not be read.');
    store.schedule({ text: 'new' });
    timers.runAll();
    await store.flush();
    expect(timers.waiting()).toEqual([]); // no retries armed
    expect(store.state.value).toBe('error');
    expect(store.error.value).toBe('Not saved: the one before could not be read.');
    expect(await stored()).toEqual({ text: 'unread' });
  });
});

describe('the draft store while the agent keeps typing', () => {
  it('writes at least every half second, however steady the typing', async () => {
    db = openDatabase(`test-${Math.random()}`);
    const timers = manualTimers();
    let clock = 1_000;
    const store = createDraftStore<Note>(async () => db, 'note', { delayMs: 200, maxWaitMs: 500, now: () => clock, ...timers });
    store.schedule({ text: 'a' });
    expect(timers.waiting()).toEqual([200]);
    clock += 150;
    store.schedule({ text: 'ab' });
    expect(timers.waiting()).toEqual([200]);
    clock += 250;
    store.schedule({ text: 'abc' });
    // 400 ms since the first unwritten key press: only 100 ms of the half second are left.
    expect(timers.waiting()).toEqual([100]);
    clock += 150;
    store.schedule({ text: 'abcd' });
    expect(timers.waiting()).toEqual([0]);
    timers.runAll();
    await store.flush();
    expect((await db.drafts.get('note'))?.data).toEqual({ text: 'abcd' });
    store.schedule({ text: 'abcde' });
    expect(timers.waiting()).toEqual([200]);
  });
});
