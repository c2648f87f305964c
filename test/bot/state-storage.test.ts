/**
 * Conversation state shared by two bot instances on one Azure Blob store (Azurite): concurrent
 * turns of one conversation on both instances lose nothing — the write that loses the ETag race
 * merges onto the stored state and writes again.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeState } from '../../src/bot/merge-state.js';
import { StoreStateStorage } from '../../src/bot/state-storage.js';
import { createAzureBlobStore } from '../../src/storage/azure-blob-store.js';
import type { Store } from '../../src/storage/store.js';
import { startAzurite, type RunningAzurite } from '../storage/azurite.js';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(async () => {
  await azurite?.stop();
});

/** Two instances: each its own Blob client and its own storage adapter, one container. */
function twoInstances(): [StoreStateStorage, StoreStateStorage, Store] {
  const container = `state${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const store = () => createAzureBlobStore({ connectionString: azurite.connectionString, container });
  return [new StoreStateStorage(store()), new StoreStateStorage(store()), store()];
}

const KEY = 'msteams/conversations/19:abc';

describe('conversation state on two instances', () => {
  it('keeps both turns\' changes when both instances write the state they read at the same time', async () => {
    const [a, b] = twoInstances();
    await a.write({ [KEY]: { history: [{ role: 'user', text: 'Frage 1' }], topic: 'reisekosten' } });
    const [readA, readB] = [await a.read([KEY]), await b.read([KEY])];
    // Turn on A: a minutes job starts; turn on B: a question is added to the history.
    await a.write({ [KEY]: { ...readA[KEY], minutesJobId: 'job-1' } });
    await b.write({ [KEY]: { ...readB[KEY], history: [...(readB[KEY].history as unknown[]), { role: 'user', text: 'Frage 2' }] } });
    const stored = (await a.read([KEY]))[KEY];
    expect(stored.minutesJobId).toBe('job-1');
    expect(stored.history).toEqual([{ role: 'user', text: 'Frage 1' }, { role: 'user', text: 'Frage 2' }]);
    expect(stored.topic).toBe('reisekosten');
  });

  it('loses no append when many turns on both instances write concurrently', async () => {
    const [a, b] = twoInstances();
    await a.write({ [KEY]: { history: [] } });
    const turns = Array.from({ length: 12 }, (_, i) => i);
    await Promise.all(
      turns.map(async (i) => {
        const instance = i % 2 ? a : b;
        const read = (await instance.read([KEY]))[KEY];
        await instance.write({ [KEY]: { ...read, history: [...(read.history as unknown[]), `turn-${i}`] } });
      }),
    );
    const history = (await a.read([KEY]))[KEY].history as string[];
    expect([...history].sort()).toEqual(turns.map((i) => `turn-${i}`).sort());
  }, 30_000);

  it('keeps a deletion made on one instance while the other changes another field', async () => {
    const [a, b] = twoInstances();
    await a.write({ [KEY]: { minutesJobId: 'job-1', locale: 'de' } });
    const [readA, readB] = [await a.read([KEY]), await b.read([KEY])];
    const { minutesJobId: _done, ...withoutJob } = readA[KEY];
    await a.write({ [KEY]: withoutJob });
    await b.write({ [KEY]: { ...readB[KEY], locale: 'en' } });
    const stored = (await b.read([KEY]))[KEY];
    expect(stored.minutesJobId).toBeUndefined();
    expect(stored.locale).toBe('en');
  });

  it('keeps both when two instances create the state of a new conversation at once', async () => {
    const [a, b] = twoInstances();
    expect(await a.read([KEY])).toEqual({});
    await Promise.all([a.write({ [KEY]: { history: ['von a'], locale: 'de' } }), b.write({ [KEY]: { history: ['von b'], minutesJobId: 'job-9' } })]);
    const stored = (await a.read([KEY]))[KEY];
    expect([...(stored.history as string[])].sort()).toEqual(['von a', 'von b']);
    expect([stored.locale, stored.minutesJobId]).toEqual(['de', 'job-9']);
  });

  it('overwrites without condition when botbuilder says so (eTag "*")', async () => {
    const [a, b] = twoInstances();
    await a.write({ [KEY]: { n: 1 } });
    await b.write({ [KEY]: { n: 2, eTag: '*' } });
    expect((await a.read([KEY]))[KEY].n).toBe(2);
  });
});

describe('mergeState', () => {
  const base = { a: 1, list: ['x'], nested: { p: 1, q: 1 } };
  it('takes the changed side per field, also inside objects', () => {
    expect(mergeState(base, { ...base, a: 2 }, { ...base, nested: { p: 1, q: 5 } })).toEqual({ a: 2, list: ['x'], nested: { p: 1, q: 5 } });
    expect(mergeState(base, { ...base, nested: { p: 3, q: 1 } }, { ...base, nested: { p: 1, q: 5 } })).toEqual({ ...base, nested: { p: 3, q: 5 } });
  });
  it('keeps both appends to a list, theirs first', () => {
    expect(mergeState(base, { ...base, list: ['x', 'ours'] }, { ...base, list: ['x', 'theirs'] }).list).toEqual(['x', 'theirs', 'ours']);
  });
  it('keeps both turns of a chat history that keeps only its last entries (sliding window)', () => {
    const history = ['f1', 'a1', 'f2', 'a2'];
    const merged = mergeState({ history }, { history: ['f2', 'a2', 'f3', 'a3'] }, { history: ['f2', 'a2', 'f4', 'a4'] });
    expect(merged.history).toEqual(['f4', 'a4', 'f3', 'a3']);
  });
  it('gives a real clash to the later writer (ours)', () => {
    expect(mergeState(base, { ...base, a: 2 }, { ...base, a: 3 }).a).toBe(2);
    expect(mergeState(base, { ...base, list: ['y'] }, { ...base, list: ['x', 'z'] }).list).toEqual(['y']);
  });
  it('without a base keeps the fields only the stored state has', () => {
    expect(mergeState(undefined, { a: 2 }, { a: 3, b: 1 })).toEqual({ a: 2, b: 1 });
  });
});
