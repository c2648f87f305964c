/**
 * One contract for every Store implementation (memory fake, local disk, Azure Blob via Azurite).
 * Each implementation's test file calls describeStoreContract with a factory for a fresh, empty store.
 */
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { isStoreConflict, type Store } from '../../src/storage/store.js';

export function describeStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('returns undefined for a key never written', async () => {
      const store = await makeStore();
      expect(await store.get('nothing/here')).toBeUndefined();
      expect(await store.read('nothing/here')).toBeUndefined();
    });

    it('round-trips JSON values exactly', async () => {
      const store = await makeStore();
      const value = { text: 'Bürgeramt – Öffnungszeiten ✓', n: 42.5, list: [1, null, 'x'], nested: { ok: true } };
      await store.put('conv/1', value);
      expect(await store.get('conv/1')).toEqual(value);
      await store.put('plain/string', 'nur Text');
      expect(await store.get('plain/string')).toBe('nur Text');
    });

    it('keeps its own copy: changing an object after put does not change the stored value', async () => {
      const store = await makeStore();
      const value = { count: 1 };
      await store.put('copy/1', value);
      value.count = 2;
      const read = await store.get<{ count: number }>('copy/1');
      expect(read).toEqual({ count: 1 });
    });

    it('gives every write a new etag and reports it on read', async () => {
      const store = await makeStore();
      const first = await store.put('v/1', { a: 1 });
      expect((await store.read('v/1'))?.etag).toBe(first.etag);
      const second = await store.put('v/1', { a: 2 });
      expect(second.etag).not.toBe(first.etag);
      expect(await store.read('v/1')).toEqual({ value: { a: 2 }, etag: second.etag });
    });

    it('ifMatch: writes with the current etag, refuses a stale one and leaves the value alone', async () => {
      const store = await makeStore();
      const { etag: e1 } = await store.put('job/1', { state: 'queued' });
      const { etag: e2 } = await store.put('job/1', { state: 'running' }, { ifMatch: e1 });
      const stale = await store.put('job/1', { state: 'lost update' }, { ifMatch: e1 }).catch((e: unknown) => e);
      expect(isStoreConflict(stale)).toBe(true);
      expect(await store.read('job/1')).toEqual({ value: { state: 'running' }, etag: e2 });
      const missing = await store.put('job/none', 1, { ifMatch: e1 }).catch((e: unknown) => e);
      expect(isStoreConflict(missing)).toBe(true);
      expect(await store.get('job/none')).toBeUndefined();
    });

    it('of two concurrent writers with the same etag exactly one wins', async () => {
      const store = await makeStore();
      const { etag } = await store.put('state/conv', { turn: 0 });
      const results = await Promise.allSettled([1, 2, 3, 4].map((turn) => store.put('state/conv', { turn }, { ifMatch: etag })));
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected').every((r) => isStoreConflict((r as PromiseRejectedResult).reason))).toBe(true);
      const winner = results.findIndex((r) => r.status === 'fulfilled') + 1;
      expect(await store.get('state/conv')).toEqual({ turn: winner });
    });

    it('ifNoneMatch "*": creates once; concurrent creators get exactly one success', async () => {
      const store = await makeStore();
      const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => store.put('claim/job-7', { by: i }, { ifNoneMatch: '*' })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const by = (await store.get<{ by: number }>('claim/job-7'))?.by;
      expect(results[by as number].status).toBe('fulfilled');
    });

    it('deletes, tolerates missing keys and honours ifMatch', async () => {
      const store = await makeStore();
      const { etag } = await store.put('del/1', 1);
      await store.put('del/1', 2);
      const stale = await store.delete('del/1', { ifMatch: etag }).catch((e: unknown) => e);
      expect(isStoreConflict(stale)).toBe(true);
      expect(await store.get('del/1')).toBe(2);
      await store.delete('del/1');
      expect(await store.get('del/1')).toBeUndefined();
      await expect(store.delete('del/never')).resolves.toBeUndefined();
    });

    it('lists keys below a prefix, sorted, including partial last segments', async () => {
      const store = await makeStore();
      for (const k of ['feedback/2026-11-21/b', 'feedback/2026-11-21/a', 'feedback/2026-11-22/c', 'feedbackx/1', 'usage/2026-11-21/z']) {
        await store.put(k, k);
      }
      expect(await store.list('feedback/')).toEqual(['feedback/2026-11-21/a', 'feedback/2026-11-21/b', 'feedback/2026-11-22/c']);
      expect(await store.list('feedback/2026-11-2')).toEqual(['feedback/2026-11-21/a', 'feedback/2026-11-21/b', 'feedback/2026-11-22/c']);
      expect(await store.list('feedback/2026-11-22/')).toEqual(['feedback/2026-11-22/c']);
      expect(await store.list('nothing/')).toEqual([]);
      expect((await store.list('')).length).toBe(5);
      await store.delete('feedback/2026-11-21/a');
      expect(await store.list('feedback/2026-11-21/')).toEqual(['feedback/2026-11-21/b']);
    });

    it('keeps a key and a key below it apart', async () => {
      const store = await makeStore();
      await store.put('conv/a', 'parent');
      await store.put('conv/a/b', 'child');
      expect(await store.get('conv/a')).toBe('parent');
      expect(await store.get('conv/a/b')).toBe('child');
      expect(await store.list('conv/')).toEqual(['conv/a', 'conv/a/b']);
    });

    it('round-trips keys with unusual characters, also through list', async () => {
      const store = await makeStore();
      const keys = [
        'msteams/conversations/a:1XyZ_-9@thread.tacv2;messageid=123',
        'users/Müller Ärger ß/übersicht',
        'odd/%41 #frag ?q=1 & + = ~',
        'dots/a.b/c.',
        'dots/.hidden',
        `long/${'x'.repeat(300)}/end`,
        `long/${'ä'.repeat(150)}`,
      ];
      for (const k of keys) await store.put(k, { k });
      for (const k of keys) expect(await store.get(k)).toEqual({ k });
      expect(await store.list('')).toEqual([...keys].sort());
    });

    it('rejects keys that could escape the store or are ambiguous', async () => {
      const store = await makeStore();
      for (const bad of ['', '/etc/passwd', 'a/', 'a//b', '../x', 'a/../../b', 'a/./b', '..', 'a\\..\\b', 'a\u0000b', 'x'.repeat(600)]) {
        const err = await store.put(bad, 1).catch((e: unknown) => e);
        expect(isAppError(err, 'invalidInput'), `key ${JSON.stringify(bad.slice(0, 20))}`).toBe(true);
        const readErr = await store.get(bad).catch((e: unknown) => e);
        expect(isAppError(readErr, 'invalidInput')).toBe(true);
      }
      expect(await store.list('')).toEqual([]);
      await expect(store.list('../')).rejects.toSatisfy((e: unknown) => isAppError(e, 'invalidInput'));
    });

    it('keeps every one of many parallel writes to different keys', async () => {
      const store = await makeStore();
      await Promise.all(Array.from({ length: 40 }, (_, i) => store.put(`many/${String(i).padStart(2, '0')}`, { i })));
      const keys = await store.list('many/');
      expect(keys).toHaveLength(40);
      const values = await Promise.all(keys.map((k) => store.get<{ i: number }>(k)));
      expect(values.map((v) => v?.i)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    });

    it('reports ready', async () => {
      const store = await makeStore();
      expect(await store.ready()).toBe(true);
    });
  });
}
