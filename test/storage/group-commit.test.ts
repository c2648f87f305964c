import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../src/storage/group-commit.js';

/** A write that records its batches and can be held open or made to fail. */
function recordingWrite() {
  const batches: number[][] = [];
  let running = 0;
  let maxRunning = 0;
  let fail: ((batch: readonly number[]) => Error | undefined) | undefined;
  let gate: Promise<void> | undefined;
  const write = async (batch: readonly number[]) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    try {
      await gate;
      await new Promise((r) => setTimeout(r, 2));
      const error = fail?.(batch);
      if (error) throw error;
      batches.push([...batch]);
    } finally {
      running--;
    }
  };
  return {
    write,
    batches,
    maxRunning: () => maxRunning,
    failWhen: (f: typeof fail) => (fail = f),
    hold: () => {
      let open = () => {};
      gate = new Promise<void>((r) => (open = r));
      return () => {
        gate = undefined;
        open();
      };
    },
  };
}

describe('group commit', () => {
  it('writes every record once, in arrival order, in fewer writes than records, one write at a time', async () => {
    const w = recordingWrite();
    const commit = createGroupCommit(w.write, { windowMs: 5 });
    const first = Array.from({ length: 40 }, (_, i) => commit.add(i));
    // Records arriving while the first batch is being written wait for it and go into the next one.
    await new Promise((r) => setTimeout(r, 6));
    const later = Array.from({ length: 40 }, (_, i) => commit.add(40 + i));
    await Promise.all([...first, ...later]);
    expect(w.batches.flat()).toEqual(Array.from({ length: 80 }, (_, i) => i));
    expect(w.batches.length).toBeGreaterThan(1);
    expect(w.batches.length).toBeLessThan(10);
    expect(w.maxRunning()).toBe(1);
  });

  it('resolves a record only after the write that holds it is done', async () => {
    const w = recordingWrite();
    const commit = createGroupCommit(w.write, { windowMs: 1 });
    const release = w.hold();
    let done = false;
    const pending = commit.add(7).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(w.batches).toEqual([]);
    release();
    await pending;
    expect(w.batches).toEqual([[7]]);
  });

  it('flush writes what is queued without waiting for the window (shutdown)', async () => {
    const w = recordingWrite();
    const commit = createGroupCommit(w.write, { windowMs: 60_000 });
    const added = [commit.add(1), commit.add(2), commit.add(3)];
    const started = Date.now();
    await commit.flush();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(w.batches).toEqual([[1, 2, 3]]);
    await Promise.all(added);
    // Flushing with nothing queued returns at once.
    await commit.flush();
    expect(w.batches).toEqual([[1, 2, 3]]);
  });

  it('a failed write rejects every record of its batch with the error; the next batch is written', async () => {
    const w = recordingWrite();
    const commit = createGroupCommit(w.write, { windowMs: 5 });
    w.failWhen((batch) => (batch.includes(2) ? new Error('disk full') : undefined));
    const outcomes = await Promise.allSettled([commit.add(1), commit.add(2), commit.add(3)]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as Error).message : ''))).toEqual(['disk full', 'disk full', 'disk full']);
    await expect(commit.add(4)).resolves.toBeUndefined();
    expect(w.batches).toEqual([[4]]);
  });

  it('a write may fail some records of a batch only', async () => {
    const written: number[] = [];
    const commit = createGroupCommit<number>(
      async (batch) => {
        written.push(...batch.filter((n) => n % 2 === 0));
        return batch.map((n) => (n % 2 ? new Error(`odd ${n}`) : undefined));
      },
      { windowMs: 5 },
    );
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((n) => commit.add(n)));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect(written).toEqual([2, 4]);
  });
});
