/**
 * Group commit for records written on every chat turn (audit lines, model usage): the records that
 * arrive within `windowMs` of the first, or while the previous write still runs, are written by one
 * call of `write` (one append, one store record) in the order they arrived. One write runs at a
 * time, so batches never overtake each other. `add` resolves once the write that holds its record
 * is done and rejects with that write's error: a caller that awaits it knows its record is stored.
 * `flush` writes what is queued at once and resolves when nothing is pending (shutdown).
 * The queueing is promise-batcher's; this module only fixes the policy.
 */
import { Batcher } from 'promise-batcher';

export interface GroupCommit<T> {
  /** Queues one record; resolves when it is written, rejects when its batch could not be written. */
  add(record: T): Promise<void>;
  /** Writes everything queued without waiting for the window; resolves when no write is pending. */
  flush(): Promise<void>;
}

export interface GroupCommitOptions {
  /** How long the first record of a batch waits for others (ms): the bounded window a crash can cut off. */
  windowMs: number;
  /** Most records in one write (default 1,000); a full batch is written at once. */
  maxBatch?: number;
}

/**
 * `write` stores one batch; it throws when none of it was stored, or returns per record the error
 * that kept it from being stored (undefined for a stored one) when a batch fails in part.
 */
export type BatchWrite<T> = (records: readonly T[]) => Promise<void | readonly (Error | undefined)[]>;

export function createGroupCommit<T>(write: BatchWrite<T>, options: GroupCommitOptions): GroupCommit<T> {
  const batcher = new Batcher<T, undefined>({
    queuingDelay: options.windowMs,
    maxBatchSize: options.maxBatch ?? 1000,
    // With no write running one record starts a batch; while one runs, nothing starts: the records
    // arriving meanwhile go together into the next write, right after it.
    queuingThresholds: [1, Infinity],
    batchingFunction: async (records) => {
      const errors = await write(records);
      return records.map((_, i) => errors?.[i]);
    },
  });
  return {
    add: (record) => batcher.getResult(record),
    async flush() {
      batcher.send();
      await batcher.idlePromise();
    },
  };
}
