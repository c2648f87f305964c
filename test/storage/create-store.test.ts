import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createStore } from '../../src/storage/create-store.js';
import { startAzurite, type RunningAzurite } from './azurite.js';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

describe('createStore', () => {
  it('uses RATHAUS_DATA_DIR/state by default', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-data-'));
    const store = createStore(parseConfig({ RATHAUS_DATA_DIR: dataDir }));
    await store.put('conv/1', { a: 1 });
    expect(existsSync(path.join(dataDir, 'state', 'conv', '1.json'))).toBe(true);
    expect(await createStore(parseConfig({ RATHAUS_DATA_DIR: dataDir })).get('conv/1')).toEqual({ a: 1 });
  });

  it('uses the blob container for STORAGE_PROVIDER=azure-blob', async () => {
    const config = parseConfig({
      STORAGE_PROVIDER: 'azure-blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: 'factory-test',
      RATHAUS_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'rathaus-data-')),
    });
    const store = createStore(config);
    expect(await store.ready()).toBe(true);
    await store.put('conv/2', 'blob');
    expect(await createStore(config).get('conv/2')).toBe('blob');
    expect(existsSync(path.join(config.RATHAUS_DATA_DIR, 'state'))).toBe(false);
  });
});
