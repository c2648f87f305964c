/**
 * Durable key-value store for conversation state, feedback, usage records and minutes jobs.
 * Keys are "/"-separated paths ("feedback/2026-11-21/abc"). Local default on disk, Azure Blob
 * Storage in production; both pass the same contract suite (test/storage/store-contract.ts).
 *
 * Concurrency: every stored value has an opaque `etag` that changes on each write. Callers that
 * read, change and write back a shared record (conversation state, a minutes job) pass the etag
 * they read as `ifMatch`; a concurrent writer then makes the write fail with a
 * {@link StoreConflictError} instead of silently overwriting. `ifNoneMatch: '*'` creates a record
 * only if it does not exist yet (claiming a job, unique records).
 *
 * A botbuilder `Storage` adapter maps onto this as follows: `read` → {@link Store.read} (the
 * etag becomes the item's `eTag`), `write` with `eTag` undefined or `'*'` → `put` without
 * condition, with any other `eTag` → `put(key, value, { ifMatch: eTag })`, `delete` → `delete`.
 */
import { AppError } from '../core/errors.js';

/** A stored value together with its version. */
export interface StoredItem<T = unknown> {
  value: T;
  /** Opaque version tag; changes on every write of the key. */
  etag: string;
}

/** Conditions for a write; at most one of them. */
export interface PutOptions {
  /** Write only if the stored etag equals this one (optimistic concurrency); `'*'`: only if the key exists. */
  ifMatch?: string;
  /** `'*'`: write only if the key does not exist yet. */
  ifNoneMatch?: '*';
}

/** Conditions for a delete. */
export interface DeleteOptions {
  /** Delete only if the stored etag equals this one; a missing key is still no error. */
  ifMatch?: string;
}

export interface Store {
  /** The stored value, or undefined when the key does not exist. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** The stored value with its etag, or undefined when the key does not exist. */
  read<T = unknown>(key: string): Promise<StoredItem<T> | undefined>;
  /**
   * Writes atomically (a reader sees the old or the new value, never a mix) and returns the new
   * etag. With `ifMatch`/`ifNoneMatch` the write fails with {@link StoreConflictError} when the
   * condition does not hold. Values must be JSON-serialisable.
   */
  put<T = unknown>(key: string, value: T, options?: PutOptions): Promise<{ etag: string }>;
  /** Removes the key; deleting a missing key is no error. */
  delete(key: string, options?: DeleteOptions): Promise<void>;
  /** Keys below a prefix (plain string prefix of the key), sorted. */
  list(prefix: string): Promise<string[]>;
  /** True when the store can be read and written. */
  ready(): Promise<boolean>;
}

/** A conditional write or delete found another version than expected. */
export class StoreConflictError extends AppError {
  constructor(readonly key: string) {
    super(
      'transient',
      `Store: condition failed for key "${key}" (changed concurrently)`,
      'Die Daten wurden gerade gleichzeitig geändert. Bitte versuchen Sie es noch einmal.',
    );
    this.name = 'StoreConflictError';
  }
}

export function isStoreConflict(e: unknown): e is StoreConflictError {
  return e instanceof StoreConflictError;
}

/** German text shown when the store stays unavailable after retries. */
export const STORE_UNAVAILABLE_MESSAGE =
  'Der Speicher ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal; Ihre Eingabe ist nicht verloren.';

export const MAX_KEY_LENGTH = 512;

/**
 * Rejects keys that could escape the store's root or are ambiguous: empty keys or segments
 * (leading, trailing or double "/"), "." and ".." segments, backslashes and control characters.
 * Every implementation calls this first, so a key accepted by one store is accepted by all.
 */
export function assertValidKey(key: string): void {
  const problem = keyProblem(key);
  if (problem) throw new AppError('invalidInput', `Store: invalid key ${JSON.stringify(key.slice(0, 80))}: ${problem}`);
}

function keyProblem(key: string): string | undefined {
  if (typeof key !== 'string' || key.length === 0) return 'empty';
  if (key.length > MAX_KEY_LENGTH) return `longer than ${MAX_KEY_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'control character';
  if (key.includes('\\')) return 'backslash';
  for (const segment of key.split('/')) {
    if (segment === '') return 'empty segment';
    if (segment === '.' || segment === '..') return 'relative segment';
  }
  return undefined;
}

/**
 * Validates a list prefix: like a key, but may be empty and its last segment may be partial
 * ("feedback/2026-11" matches "feedback/2026-11-21/x"). Only the complete segments are checked.
 */
export function assertValidPrefix(prefix: string): void {
  if (prefix === '') return;
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u001f\u007f\\]/.test(prefix) || prefix.length > MAX_KEY_LENGTH;
  const complete = prefix.split('/').slice(0, -1);
  if (bad || complete.some((s) => s === '' || s === '.' || s === '..')) {
    throw new AppError('invalidInput', `Store: invalid prefix ${JSON.stringify(prefix.slice(0, 80))}`);
  }
}
