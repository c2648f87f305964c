/**
 * Durable key-value store for conversation state, feedback, usage records and minutes jobs.
 * Keys are "/"-separated paths ("feedback/2026-11-21/abc"). Local default on disk, Azure Blob
 * Storage in production; both pass the same contract suite.
 */
export interface Store {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Writes atomically; with `ifVersion`, fails with a conflict when the stored version differs. */
  put<T = unknown>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys below a prefix, sorted. */
  list(prefix: string): Promise<string[]>;
  /** True when the store can be read and written. */
  ready(): Promise<boolean>;
}
