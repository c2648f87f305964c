import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('memory (test fake)', async () => createMemoryStore());

describe('memory store fault switch', () => {
  it('fails like an unavailable store and recovers', async () => {
    const store = createMemoryStore();
    await store.put('a', 1);
    store.setUnavailable(true);
    expect(await store.ready()).toBe(false);
    const err = await store.get('a').catch((e: unknown) => e);
    expect(isAppError(err, 'transient')).toBe(true);
    store.setUnavailable(false);
    expect(await store.get('a')).toBe(1);
  });
});
