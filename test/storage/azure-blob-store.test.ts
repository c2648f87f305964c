import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { createAzureBlobStore } from '../../src/storage/azure-blob-store.js';
import { STORE_UNAVAILABLE_MESSAGE } from '../../src/storage/store.js';
import { devConnectionString, freePort, startAzurite, type RunningAzurite } from './azurite.js';
import { describeStoreContract } from './store-contract.js';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

// A fresh container per store keeps the contract's "empty store" assumption.
describeStoreContract('Azure Blob (Azurite)', async () =>
  createAzureBlobStore({ connectionString: azurite.connectionString, container: `c${randomUUID().replace(/-/g, '').slice(0, 20)}` }),
);

describe('Azure Blob store across instances and failures', () => {
  it('two instances (as two bot servers) share state and see each other\'s conflicts', async () => {
    const container = `shared${Date.now()}`;
    const a = createAzureBlobStore({ connectionString: azurite.connectionString, container });
    const b = createAzureBlobStore({ connectionString: azurite.connectionString, container });
    const { etag } = await a.put('conv/1', { turn: 1 });
    expect(await b.read('conv/1')).toEqual({ value: { turn: 1 }, etag });
    await b.put('conv/1', { turn: 2 }, { ifMatch: etag });
    const lost = await a.put('conv/1', { turn: 'stale' }, { ifMatch: etag }).catch((e: unknown) => e);
    expect(isAppError(lost, 'transient')).toBe(true);
    expect(await a.get('conv/1')).toEqual({ turn: 2 });
  });

  it('retries briefly, then fails with a transient AppError and a German message when storage is down', async () => {
    const port = await freePort(); // nothing listens here
    const store = createAzureBlobStore({
      connectionString: devConnectionString(port),
      container: 'down',
      retry: { maxTries: 2, retryDelayInMs: 10, maxRetryDelayInMs: 20, tryTimeoutInMs: 2000 },
    });
    const err = await store.put('x/1', 1).catch((e: unknown) => e);
    expect(isAppError(err, 'transient')).toBe(true);
    expect((err as { userMessage?: string }).userMessage).toBe(STORE_UNAVAILABLE_MESSAGE);
    expect(await store.ready()).toBe(false);
  });

  it('the same store instance recovers when storage comes back, without a restart of the bot', async () => {
    const port = await freePort();
    const store = createAzureBlobStore({ connectionString: devConnectionString(port), container: 'recover', retry: { maxTries: 1 } });
    await expect(store.put('a/b', 'first try')).rejects.toSatisfy((e: unknown) => isAppError(e, 'transient'));
    expect(await store.ready()).toBe(false);
    const second = await startAzurite(port);
    try {
      await store.put('a/b', 'ok');
      expect(await store.get('a/b')).toBe('ok');
      expect(await store.ready()).toBe(true);
    } finally {
      await second.stop();
    }
  });
});
