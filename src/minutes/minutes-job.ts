/**
 * A Niederschrift draft as a durable job: persisted in the Store (key `minutes-jobs/<id>`), with
 * progress callbacks for the chat, cancellation by AbortSignal, and resumption after a restart.
 * Idempotent by job id: submitting twice keeps one job; a finished job is never run again; the
 * per-TOP summaries already made are stored as they arrive and not requested again on resume.
 */
import { AppError, isAppError } from '../core/errors.js';
import type { Store } from '../storage/store.js';
import { draftMinutes, type DraftMinutesDeps, type DraftMinutesResult } from './draft-minutes.js';
import type { Agenda, Attendance, Member, Transcript } from './types.js';
import type { ExtractionOutcome } from './extract-decisions.js';

export type MinutesJobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Parsed, JSON-serialisable inputs (raw files are parsed before a job is submitted). */
export interface MinutesJobInput {
  transcript: Transcript;
  agenda?: Agenda;
  attendance?: Attendance;
  members?: Member[];
  meta?: { title?: string; organization?: string; date?: string; place?: string };
}

export interface MinutesJob {
  id: string;
  state: MinutesJobState;
  createdAt: string;
  updatedAt: string;
  /** Who asked (UPN); the bot posts the result only to them. */
  requestedBy?: string;
  /** Opaque data for the shell (e.g. a conversation reference to report back to). */
  context?: unknown;
  input: MinutesJobInput;
  progress: { stage: 'queued' | 'core' | 'summaries' | 'done'; finished: number; total: number };
  /** Stage results: summaries per item key, kept across restarts. */
  summaries: Record<string, string>;
  /** The model's readings of the decisions per item key, kept across restarts (absent in older jobs). */
  readings?: Record<string, ExtractionOutcome>;
  attempts: number;
  result?: DraftMinutesResult;
  error?: { kind: string; message: string };
}

export interface MinutesJobsDeps {
  store: Store;
  draft: DraftMinutesDeps;
  now?: () => Date;
  /** Runs after a job was interrupted this many times are reported as failed instead of re-run. */
  maxAttempts?: number;
  onProgress?: (job: MinutesJob) => void;
}

export interface ResumeReport {
  id: string;
  action: 'resumed' | 'reported';
  job: MinutesJob;
}

const PREFIX = 'minutes-jobs/';
/** Word files waiting for the clerk's file consent (see src/bot/handlers/file-consent.ts). */
export const FILES_PREFIX = 'minutes-files/';
const keyOf = (id: string) => `${PREFIX}${id}`;

export function createMinutesJobs(deps: MinutesJobsDeps) {
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const controllers = new Map<string, AbortController>();
  const writes = new Map<string, Promise<unknown>>();

  /** Serialises writes of one job so concurrent summary callbacks never overwrite each other. */
  const update = (id: string, change: (j: MinutesJob) => void): Promise<MinutesJob> => {
    const run = (writes.get(id) ?? Promise.resolve()).then(async () => {
      const job = await deps.store.get<MinutesJob>(keyOf(id));
      if (!job) throw new AppError('notFound', `minutes job ${id} missing`, 'Der Niederschrift-Auftrag wurde nicht gefunden.');
      change(job);
      job.updatedAt = now();
      await deps.store.put(keyOf(id), job);
      return job;
    });
    writes.set(id, run.catch(() => undefined));
    return run;
  };

  const get = (id: string) => deps.store.get<MinutesJob>(keyOf(id));

  /** Creates the job unless one with this id exists (then returns that one unchanged). */
  async function submit(id: string, input: MinutesJobInput, meta: { requestedBy?: string; context?: unknown } = {}): Promise<MinutesJob> {
    const existing = await get(id);
    if (existing) return existing;
    const t = now();
    const job: MinutesJob = { id, state: 'queued', createdAt: t, updatedAt: t, ...meta, input, progress: { stage: 'queued', finished: 0, total: 0 }, summaries: {}, attempts: 0 };
    try {
      await deps.store.put(keyOf(id), job, { ifNoneMatch: '*' });
    } catch (e) {
      const again = await get(id);
      if (again) return again; // created concurrently: same id, same job
      throw e;
    }
    return job;
  }

  /** Runs a queued or interrupted job; a finished, failed or cancelled job is returned as it is. */
  async function run(id: string, signal?: AbortSignal): Promise<MinutesJob> {
    const job = await get(id);
    if (!job) throw new AppError('notFound', `minutes job ${id} missing`, 'Der Niederschrift-Auftrag wurde nicht gefunden.');
    if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') return job;
    const controller = new AbortController();
    controllers.set(id, controller);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await update(id, (j) => {
        j.state = 'running';
        j.attempts += 1;
      });
      const result = await draftMinutes(deps.draft)({
        ...job.input,
        signal: controller.signal,
        doneSummaries: job.summaries,
        onSummary: async (key, summary) => {
          await update(id, (j) => {
            j.summaries[key] = summary;
          });
        },
        doneReadings: job.readings ?? {},
        onReading: async (key, reading) => {
          await update(id, (j) => {
            (j.readings ??= {})[key] = reading;
          });
        },
        onProgress: (stage, finished, total) => {
          void update(id, (j) => {
            j.progress = { stage, finished, total };
          }).then((j) => deps.onProgress?.(j), () => undefined);
        },
      });
      if (controller.signal.aborted) throw new AppError('internal', 'cancelled');
      const done = await update(id, (j) => {
        j.state = 'done';
        j.result = result;
        j.progress = { stage: 'done', finished: 1, total: 1 };
      });
      deps.onProgress?.(done);
      return done;
    } catch (e) {
      const cancelled = controller.signal.aborted;
      const failed = await update(id, (j) => {
        j.state = cancelled ? 'cancelled' : 'failed';
        j.error = cancelled
          ? { kind: 'cancelled', message: 'Der Auftrag wurde abgebrochen.' }
          : { kind: isAppError(e) ? e.kind : 'internal', message: isAppError(e) ? e.userMessage ?? e.message : 'Unerwarteter Fehler beim Erstellen des Entwurfs.' };
      });
      deps.onProgress?.(failed);
      return failed;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      controllers.delete(id);
    }
  }

  /** Cancels a queued or running job; a finished job stays as it is. */
  async function cancel(id: string): Promise<MinutesJob | undefined> {
    const controller = controllers.get(id);
    if (controller) {
      controller.abort();
      return get(id);
    }
    const job = await get(id);
    if (!job || (job.state !== 'queued' && job.state !== 'running')) return job;
    return update(id, (j) => {
      j.state = 'cancelled';
      j.error = { kind: 'cancelled', message: 'Der Auftrag wurde abgebrochen.' };
    });
  }

  /**
   * After a restart: jobs left queued or running are run again (their stored summaries are reused),
   * or, after `maxAttempts` interrupted runs, reported as failed so the clerk hears about it.
   */
  async function resumePendingJobs(signal?: AbortSignal): Promise<ResumeReport[]> {
    const reports: ResumeReport[] = [];
    for (const key of await deps.store.list(PREFIX)) {
      const job = await deps.store.get<MinutesJob>(key);
      if (!job || (job.state !== 'queued' && job.state !== 'running')) continue;
      if (job.attempts >= (deps.maxAttempts ?? 2)) {
        const failed = await update(job.id, (j) => {
          j.state = 'failed';
          j.error = { kind: 'interrupted', message: 'Der Entwurf wurde durch einen Neustart mehrfach unterbrochen. Bitte fordern Sie ihn erneut an.' };
        });
        reports.push({ id: job.id, action: 'reported', job: failed });
        continue;
      }
      reports.push({ id: job.id, action: 'resumed', job: await run(job.id, signal) });
    }
    return reports;
  }

  /**
   * Deletes finished jobs (done, failed, cancelled) last changed before `cutoff`, with the Word
   * files waiting for the clerk's consent: a job holds the whole transcript, non-public parts too.
   */
  async function purgeFinishedJobs(cutoff: Date): Promise<string[]> {
    const deleted: string[] = [];
    for (const key of await deps.store.list(PREFIX)) {
      const job = await deps.store.get<MinutesJob>(key);
      if (!job || job.state === 'queued' || job.state === 'running' || job.updatedAt >= cutoff.toISOString()) continue;
      for (const fileKey of await deps.store.list(`${FILES_PREFIX}${job.id}/`)) await deps.store.delete(fileKey);
      await deps.store.delete(key);
      deleted.push(job.id);
    }
    return deleted;
  }

  return { submit, run, cancel, get, resumePendingJobs, purgeFinishedJobs };
}

export type MinutesJobs = ReturnType<typeof createMinutesJobs>;
