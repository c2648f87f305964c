/**
 * A small pool of worker threads for CPU-heavy, pure work (parsing files), so the event loop stays
 * free for /healthz and other users' turns. Workers start lazily, hold the process open only while
 * busy, and are replaced after a crash or a timeout (the task then fails, the next one gets a fresh
 * worker). Errors cross the thread boundary as plain data and are rebuilt by the caller's `revive`.
 *
 * The worker module is given as a URL; under tsx/vitest (a `.ts` URL) the worker registers tsx's
 * loader before importing it, so the same code runs from `dist/` and from the sources.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** URL of the worker module (it answers `{ id, task, args }` with `{ id, ok, result | error }`). */
  module: URL;
  size?: number;
  /** Per task; a task running longer terminates its worker. */
  timeoutMs?: number;
  /** Heap limit per worker (a decompression bomb must not take the server with it). */
  maxHeapMb?: number;
  /** Rebuilds a thrown error from its plain-data form. */
  revive?: (error: SerializedError) => Error;
}

export interface SerializedError {
  name: string;
  message: string;
  [key: string]: unknown;
}

export class WorkerTimeoutError extends Error {
  constructor(readonly task: string, readonly timeoutMs: number) {
    super(`worker task ${task} exceeded ${timeoutMs} ms`);
    this.name = 'WorkerTimeoutError';
  }
}

interface Job {
  id: number;
  task: string;
  args: unknown[];
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

export interface WorkerPool {
  run<T>(task: string, args: unknown[], transfer?: ArrayBuffer[]): Promise<T>;
  close(): Promise<void>;
}

function spawn(module: URL, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { resourceLimits });
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(code, { eval: true, resourceLimits });
}

export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, options.size ?? 1);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const maxHeapMb = options.maxHeapMb ?? 1024;
  const revive = options.revive ?? ((e: SerializedError) => Object.assign(new Error(e.message), { name: e.name }));
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  function retire(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    void slot.worker.terminate().catch(() => undefined);
    job?.reject(error);
    pump();
  }

  function start(): Slot {
    const slot: Slot = { worker: spawn(options.module, maxHeapMb) };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number; ok: boolean; result?: unknown; error?: SerializedError }) => {
      const job = slot.job;
      if (!job || msg.id !== job.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      slot.worker.unref();
      if (msg.ok) job.resolve(msg.result);
      else job.reject(revive(msg.error ?? { name: 'Error', message: 'worker task failed' }));
      pump();
    });
    slot.worker.on('error', (e) => retire(slot, e instanceof Error ? e : new Error(String(e))));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) retire(slot, new Error(`worker exited with code ${code}`));
    });
    slots.push(slot);
    return slot;
  }

  function pump(): void {
    while (queue.length && !closed) {
      const slot = slots.find((s) => !s.job) ?? (slots.length < size ? start() : undefined);
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => retire(slot, new WorkerTimeoutError(job.task, timeoutMs)), timeoutMs);
      slot.timer.unref();
      slot.worker.postMessage({ id: job.id, task: job.task, args: job.args }, job.transfer);
    }
  }

  return {
    run<T>(task: string, args: unknown[], transfer: ArrayBuffer[] = []): Promise<T> {
      if (closed) return Promise.reject(new Error('worker pool closed'));
      return new Promise<T>((resolve, reject) => {
        queue.push({ id: ++nextId, task, args, transfer, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('worker pool closed'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate().catch(() => undefined)));
    },
  };
}
