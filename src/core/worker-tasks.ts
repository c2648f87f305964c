/**
 * Worker-thread side of the worker pool (worker-pool.ts): answers each `{ id, task, args }`
 * message with the task's result, or with its error as plain data (AppError keeps its kind and
 * user message, so the caller can rebuild it). One loop for every worker entry point.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from './errors.js';

export type WorkerTasks = Record<string, (...args: never[]) => Promise<unknown>>;

/** Plain-data form of an error; `describe` handles error classes of the caller's own module first. */
export function serializeWorkerError(e: unknown, describe?: (e: unknown) => Record<string, unknown> | undefined): Record<string, unknown> {
  const own = describe?.(e);
  if (own) return own;
  if (e instanceof AppError) return { name: 'AppError', kind: e.kind, message: e.message, userMessage: e.userMessage };
  return { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) };
}

/** Serves the tasks on this worker thread (does nothing on the main thread). */
export function serveWorkerTasks(tasks: WorkerTasks, describe?: (e: unknown) => Record<string, unknown> | undefined): void {
  parentPort?.on('message', (msg: { id: number; task: string; args: unknown[] }) => {
    const task = tasks[msg.task];
    const run = task ? task(...(msg.args as never[])) : Promise.reject(new Error(`unknown task ${msg.task}`));
    run.then(
      (result) => parentPort!.postMessage({ id: msg.id, ok: true, result }),
      (e: unknown) => parentPort!.postMessage({ id: msg.id, ok: false, error: serializeWorkerError(e, describe) }),
    );
  });
}
