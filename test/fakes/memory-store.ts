/**
 * In-memory Store for tests, with the same semantics as the real stores (it passes the same
 * contract suite). Values are deep-copied on the way in and out, so a test that mutates a value
 * after `put` sees the same behaviour as with a real store. `setUnavailable(true)` makes every
 * call fail like a store that stays down after retries, for fault tests.
 */
import { AppError } from '../../src/core/errors.js';
import {
  STORE_UNAVAILABLE_MESSAGE,
  StoreConflictError,
  assertValidKey,
  assertValidPrefix,
  type DeleteOptions,
  type PutOptions,
  type Store,
  type StoredItem,
} from '../../src/storage/store.js';

export interface MemoryStore extends Store {
  /** When true, every call throws AppError('transient') as the real stores do after their retries. */
  setUnavailable(down: boolean): void;
  /** Number of stored keys. */
  size(): number;
}

export function createMemoryStore(): MemoryStore {
  const data = new Map<string, { json: string; etag: string }>();
  let version = 0;
  let down = false;

  function check(): void {
    if (down) throw new AppError('transient', 'Memory store: unavailable (test)', STORE_UNAVAILABLE_MESSAGE);
  }

  const store: MemoryStore = {
    async get<T>(key: string): Promise<T | undefined> {
      return (await store.read<T>(key))?.value;
    },
    async read<T>(key: string): Promise<StoredItem<T> | undefined> {
      assertValidKey(key);
      check();
      const item = data.get(key);
      return item ? { value: JSON.parse(item.json) as T, etag: item.etag } : undefined;
    },
    async put<T>(key: string, value: T, options: PutOptions = {}): Promise<{ etag: string }> {
      assertValidKey(key);
      check();
      const json = JSON.stringify(value);
      if (json === undefined) throw new AppError('invalidInput', `Store: value for ${key} is not JSON-serialisable`);
      const current = data.get(key);
      if (options.ifNoneMatch === '*' && current) throw new StoreConflictError(key);
      if (options.ifMatch !== undefined && (!current || (options.ifMatch !== '*' && options.ifMatch !== current.etag))) {
        throw new StoreConflictError(key);
      }
      const etag = `"m${++version}"`;
      data.set(key, { json, etag });
      return { etag };
    },
    async delete(key: string, options: DeleteOptions = {}): Promise<void> {
      assertValidKey(key);
      check();
      const current = data.get(key);
      if (current && options.ifMatch !== undefined && options.ifMatch !== '*' && options.ifMatch !== current.etag) {
        throw new StoreConflictError(key);
      }
      data.delete(key);
    },
    async list(prefix: string): Promise<string[]> {
      assertValidPrefix(prefix);
      check();
      return [...data.keys()].filter((k) => k.startsWith(prefix)).sort();
    },
    async ready(): Promise<boolean> {
      return !down;
    },
    setUnavailable(value: boolean): void {
      down = value;
    },
    size: () => data.size,
  };
  return store;
}
