import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalStore } from '../../src/storage/local-store.js';
import { StoreConflictError } from '../../src/storage/store.js';
import { describeStoreContract } from './store-contract.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'rathaus-store-'));

describeStoreContract('local disk', async () => createLocalStore(tempDir()));
describeStoreContract('local disk, records kept in memory (as conversation state is)', async () => createLocalStore(tempDir(), { cachedPrefixes: [''] }));

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('local store on disk', () => {
  it('survives a restart: a new instance on the same directory reads what the old one wrote', async () => {
    const dir = tempDir();
    const first = createLocalStore(dir);
    const { etag } = await first.put('jobs/minutes-1', { state: 'running', step: 3 });
    const second = createLocalStore(dir);
    expect(await second.read('jobs/minutes-1')).toEqual({ value: { state: 'running', step: 3 }, etag });
  });

  it('keeps every file inside its directory, whatever the key', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'state');
    const store = createLocalStore(dir);
    await store.put('x/..%2F..%2Fescape', 1);
    await store.put('x/%2e%2e', 2);
    await store.put('CON/nul:aux', 3);
    expect(readdirSync(parent)).toEqual(['state']);
    expect(allFiles(dir).every((f) => !f.startsWith('..'))).toBe(true);
    expect(await store.list('')).toEqual(['CON/nul:aux', 'x/%2e%2e', 'x/..%2F..%2Fescape']);
  });

  it('ignores stray temp files and moves an unreadable record aside instead of failing', async () => {
    const dir = tempDir();
    const store = createLocalStore(dir);
    await store.put('conv/ok', { fine: true });
    mkdirSync(path.join(dir, 'conv'), { recursive: true });
    writeFileSync(path.join(dir, 'conv', 'ok.json.3735928559'), '{"key":"conv/ok","etag":"x","val');
    writeFileSync(path.join(dir, 'conv', 'broken.json'), '{"key":"conv/broken","et');
    expect(await store.list('conv/')).toEqual(['conv/broken', 'conv/ok']);
    expect(await store.get('conv/broken')).toBeUndefined();
    expect(await store.get('conv/ok')).toEqual({ fine: true });
    expect(await store.list('conv/')).toEqual(['conv/ok']);
    const aside = readdirSync(path.join(dir, 'conv')).filter((f) => f.startsWith('broken.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'conv', aside[0]), 'utf8')).toContain('conv/broken');
  });

  it('checks create-only writes against the files on disk: a record another instance wrote conflicts, a corrupt one is replaced', async () => {
    const dir = tempDir();
    await createLocalStore(dir).put('usage/2026-01-05/a', { n: 1 });
    mkdirSync(path.join(dir, 'usage', '2026-01-05'), { recursive: true });
    writeFileSync(path.join(dir, 'usage', '2026-01-05', 'torn.json'), '{"key":"usage/2026-01-05/torn","et');
    for (const store of [createLocalStore(dir), createLocalStore(dir, { cachedPrefixes: ['usage/'] })]) {
      await expect(store.put('usage/2026-01-05/a', { n: 2 }, { ifNoneMatch: '*' })).rejects.toBeInstanceOf(StoreConflictError);
      await expect(store.put('usage/2026-01-05/gone', { n: 3 }, { ifMatch: '*' })).rejects.toBeInstanceOf(StoreConflictError);
    }
    const store = createLocalStore(dir);
    const { etag } = await store.put('usage/2026-01-05/torn', { n: 4 }, { ifNoneMatch: '*' });
    expect(await createLocalStore(dir).read('usage/2026-01-05/torn')).toEqual({ value: { n: 4 }, etag });
    expect(await store.get('usage/2026-01-05/a')).toEqual({ n: 1 });
  });

  it('remembers absent records of cached prefixes until this process writes them (no file read per turn)', async () => {
    const dir = tempDir();
    const store = createLocalStore(dir, { cachedPrefixes: ['botstate/'] });
    expect(await store.read('botstate/user-1')).toBeUndefined();
    // Written behind the store's back (which the cached prefixes rule out): not seen, so it was not read again.
    await createLocalStore(dir).put('botstate/user-1', { outside: true });
    expect(await store.read('botstate/user-1')).toBeUndefined();
    const { etag } = await store.put('botstate/user-1', { n: 1 });
    expect(await store.read('botstate/user-1')).toEqual({ value: { n: 1 }, etag });
    await store.delete('botstate/user-1');
    expect(await store.read('botstate/user-1')).toBeUndefined();
    await store.put('botstate/user-1', { n: 2 }, { ifNoneMatch: '*' });
    expect(await createLocalStore(dir).get('botstate/user-1')).toEqual({ n: 2 });
  });

  it('never lets a reader see a half-written value while large writes to the same key go on', async () => {
    const store = createLocalStore(tempDir());
    const versions = [0, 1, 2, 3].map((n) => ({ n, text: `Version ${n} `.repeat(200_000 + n * 5000) }));
    await store.put('big/1', versions[0]);
    let writing = true;
    const writer = (async () => {
      for (let round = 0; round < 12; round++) await store.put('big/1', versions[round % 4]);
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const value = await store.get<{ n: number; text: string }>('big/1');
      expect(value).toBeDefined();
      expect(value!.text).toBe(versions[value!.n].text);
      reads++;
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
  });

  it('applies unconditional writes to one key in call order', async () => {
    const store = createLocalStore(tempDir());
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.put('order/1', i)));
    expect(await store.get('order/1')).toBe(9);
  });

  it('reports not ready when the directory cannot be created', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'file'), 'x');
    const store = createLocalStore(path.join(dir, 'file', 'state'));
    expect(await store.ready()).toBe(false);
  });
});
