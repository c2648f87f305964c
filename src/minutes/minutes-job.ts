/**
 * A Niederschrift draft as a durable job: persisted in the Store (key `minutes-jobs/<id>`), with
 * progress callbacks for the chat, cancellation by AbortSignal, and resumption after a restart.
 * Idempotent by job id: submitting twice keeps one job; a finished job is never run again; the
 * per-TOP summaries already made are stored as they arrive and not requested again on resume.
 * Safe with several instances on one store (lease, takeover, one delivery): see createMinutesJobs.
 */
import { randomBytes } from 'node:crypto';
import { AppError, isAppError } from '../core/errors.js';
import { isStoreConflict, STORE_UNAVAILABLE_MESSAGE, type Store } from '../storage/store.js';
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
  /** The process running the job (`<instance>#<process>`) and until when it holds it; renewed while it runs. */
  owner?: string;
  leaseUntil?: string;
  /** Sending the result to the clerk: claimed before sending (with a lease), so only one instance sends it. */
  delivery?: { state: 'sending' | 'sent'; by: string; at: string; until?: string };
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
  /**
   * Name of this instance (INSTANCE_ID; App Service: WEBSITE_INSTANCE_ID). Jobs it held before a
   * restart are taken back at once; other instances' jobs only when their lease ran out.
   */
  instanceId?: string;
  /** How long a running job stays claimed without renewal (renewed every third of it); default 60 s. */
  leaseMs?: number;
}

export interface ResumeReport {
  id: string;
  action: 'resumed' | 'reported' | 'deliver';
  job: MinutesJob;
}

const PREFIX = 'minutes-jobs/';
/** Word files waiting for the clerk's file consent (see src/bot/handlers/file-consent.ts). */
export const FILES_PREFIX = 'minutes-files/';
/**
 * One record per chat activity that started a job (`{ jobId, at }`), so a retried turn starts no
 * second one; purged with the jobs (after MINUTES_RETENTION_DAYS).
 */
export const REQUESTS_PREFIX = 'minutes-requests/';
const keyOf = (id: string) => `${PREFIX}${id}`;
const FINISHED: MinutesJobState[] = ['done', 'failed', 'cancelled'];

/** The job is no longer this process's to change: another instance took it over, or it was cancelled. */
class JobLostError extends AppError {
  constructor(id: string) {
    super('forbidden', `minutes job ${id} is no longer held by this process`);
  }
}

/**
 * Several instances may share one store: every change is a conditional write (etag) retried on
 * conflict, a running job carries an owner and a lease the owner renews, and whoever finds a
 * lease run out takes the job over (resuming from its stored summaries). The result is sent by
 * whoever claims the delivery first.
 */
export function createMinutesJobs(deps: MinutesJobsDeps) {
  const clock = deps.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const instanceId = deps.instanceId ?? 'local';
  const me = `${instanceId}#${randomBytes(6).toString('hex')}`;
  const leaseMs = deps.leaseMs ?? 60_000;
  const leaseUntil = () => new Date(clock().getTime() + leaseMs).toISOString();
  const expired = (until: string | undefined) => !until || Date.parse(until) <= clock().getTime();
  const controllers = new Map<string, AbortController>();
  /** Keys of jobs that are over for good (see jobsToTakeOver). */
  const settled = new Set<string>();
  const writes = new Map<string, Promise<unknown>>();

  /**
   * Read-change-write of one job with the etag, retried when another instance wrote in between;
   * serialised per job within this process. `change` returns false to leave the job unchanged.
   */
  const mutate = (id: string, change: (j: MinutesJob) => boolean | void): Promise<MinutesJob> => {
    const run = (writes.get(id) ?? Promise.resolve()).then(async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const stored = await deps.store.read<MinutesJob>(keyOf(id));
        if (!stored) throw new AppError('notFound', `minutes job ${id} missing`, 'Der Niederschrift-Auftrag wurde nicht gefunden.');
        const job = stored.value;
        if (change(job) === false) return job;
        job.updatedAt = now();
        try {
          await deps.store.put(keyOf(id), job, { ifMatch: stored.etag });
          return job;
        } catch (e) {
          if (!isStoreConflict(e)) throw e;
        }
      }
      throw new AppError('transient', `minutes job ${id}: too many concurrent changes`, STORE_UNAVAILABLE_MESSAGE);
    });
    writes.set(id, run.catch(() => undefined));
    return run;
  };

  /** A change by the running owner: fails with JobLostError once another process holds the job or it was cancelled. */
  const update = (id: string, change: (j: MinutesJob) => void): Promise<MinutesJob> =>
    mutate(id, (j) => {
      if (j.state !== 'running' || j.owner !== me) throw new JobLostError(id);
      change(j);
    });

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

  /** Whether this process may take the job: queued, its lease ran out, or (after a restart) it was this instance's. */
  function claimable(j: MinutesJob, options: { ownInstance?: boolean }): boolean {
    if (j.state === 'queued') return true;
    if (j.state !== 'running' || j.owner === me) return false;
    return expired(j.leaseUntil) || (options.ownInstance === true && j.owner?.split('#')[0] === instanceId);
  }

  /** Claims the job for this process; `claimed: false` when it is finished or another process holds it. */
  async function claim(id: string, options: { ownInstance?: boolean } = {}): Promise<{ job: MinutesJob; claimed: boolean }> {
    let claimed = false;
    const job = await mutate(id, (j) => {
      claimed = false;
      if (!claimable(j, options)) return false;
      j.state = 'running';
      j.owner = me;
      j.leaseUntil = leaseUntil();
      j.attempts += 1;
      claimed = true;
    });
    return { job, claimed };
  }

  /** Runs a queued or interrupted job; a finished job, or one another process holds, is returned as it is. */
  async function run(id: string, signal?: AbortSignal, options: { ownInstance?: boolean } = {}): Promise<MinutesJob> {
    const existing = await get(id);
    if (!existing) throw new AppError('notFound', `minutes job ${id} missing`, 'Der Niederschrift-Auftrag wurde nicht gefunden.');
    if (FINISHED.includes(existing.state)) return existing;
    const { job, claimed } = await claim(id, options);
    if (!claimed) return job;
    const controller = new AbortController();
    controllers.set(id, controller);
    let lost = false;
    const onLost = (e: unknown) => {
      if (!(e instanceof JobLostError)) return;
      lost = true;
      controller.abort();
    };
    /** A stage result stored by the owner; a loss (taken over, cancelled) stops the run instead of writing. */
    const stageWrite = async (change: (j: MinutesJob) => void): Promise<void> => {
      if (lost) throw new JobLostError(id);
      await update(id, change).catch((e: unknown) => {
        onLost(e);
        throw e;
      });
    };
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    // The lease is renewed while the draft is made; a renewal that finds the job taken or cancelled stops this run.
    const heartbeat = setInterval(() => void update(id, (j) => void (j.leaseUntil = leaseUntil())).catch(onLost), Math.max(1000, leaseMs / 3));
    heartbeat.unref();
    try {
      const result = await draftMinutes(deps.draft)({
        ...job.input,
        signal: controller.signal,
        doneSummaries: job.summaries,
        onSummary: (key, summary) =>
          stageWrite((j) => {
            j.summaries[key] = summary;
          }),
        doneReadings: job.readings ?? {},
        // The model's readings of the decisions, like the summaries: once the job is lost, nothing more is written and the run stops.
        onReading: (key, reading) =>
          stageWrite((j) => {
            (j.readings ??= {})[key] = reading;
          }),
        onProgress: (stage, finished, total) => {
          void update(id, (j) => {
            j.progress = { stage, finished, total };
          }).then((j) => deps.onProgress?.(j), onLost);
        },
      });
      if (controller.signal.aborted) throw new AppError('internal', 'cancelled');
      // Done, and the delivery claimed by the process that made the draft (it sends it at once).
      const done = await update(id, (j) => {
        j.state = 'done';
        j.result = result;
        j.progress = { stage: 'done', finished: 1, total: 1 };
        j.leaseUntil = undefined;
        j.delivery = { state: 'sending', by: me, at: now(), until: leaseUntil() };
      });
      deps.onProgress?.(done);
      return done;
    } catch (e) {
      if (lost || e instanceof JobLostError) return (await get(id))!;
      const cancelled = controller.signal.aborted;
      const failed = await update(id, (j) => {
        j.state = cancelled ? 'cancelled' : 'failed';
        j.leaseUntil = undefined;
        j.error = cancelled
          ? { kind: 'cancelled', message: 'Der Auftrag wurde abgebrochen.' }
          : { kind: isAppError(e) ? e.kind : 'internal', message: isAppError(e) ? e.userMessage ?? e.message : 'Unerwarteter Fehler beim Erstellen des Entwurfs.' };
      }).catch(async (err: unknown) => {
        if (err instanceof JobLostError) return (await get(id))!;
        throw err;
      });
      deps.onProgress?.(failed);
      return failed;
    } finally {
      clearInterval(heartbeat);
      signal?.removeEventListener('abort', onAbort);
      controllers.delete(id);
    }
  }

  /** Cancels a queued or running job (also one another instance runs: it stops at its next write); a finished job stays as it is. */
  async function cancel(id: string): Promise<MinutesJob | undefined> {
    const controller = controllers.get(id);
    if (controller) {
      controller.abort();
      return get(id);
    }
    const job = await get(id);
    if (!job || (job.state !== 'queued' && job.state !== 'running')) return job;
    return mutate(id, (j) => {
      if (j.state !== 'queued' && j.state !== 'running') return false;
      j.state = 'cancelled';
      j.leaseUntil = undefined;
      j.error = { kind: 'cancelled', message: 'Der Auftrag wurde abgebrochen.' };
    });
  }

  /**
   * Claims sending the finished result to the clerk; true for exactly one process. The process that
   * finished the draft holds the claim already; another takes it only when that claim ran out unsent.
   */
  async function claimDelivery(id: string): Promise<boolean> {
    let mine = false;
    await mutate(id, (j) => {
      mine = false;
      if (j.state !== 'done' || !j.result || j.delivery?.state === 'sent') return false;
      if (j.delivery && j.delivery.by !== me && !expired(j.delivery.until)) return false;
      mine = true;
      if (j.delivery?.by === me && !expired(j.delivery.until)) return false;
      // Ours now (or renewed): a process that finds the claim taken afterwards sees it unexpired.
      j.delivery = { state: 'sending', by: me, at: now(), until: leaseUntil() };
    });
    return mine;
  }

  /** Records that the result was sent (no other process sends it again). */
  async function markDelivered(id: string): Promise<void> {
    await mutate(id, (j) => {
      j.delivery = { state: 'sent', by: me, at: now() };
    });
  }

  /**
   * Jobs this process should take over: queued ones nobody claimed within a lease, running ones
   * whose lease ran out (their process died) or — after a restart — this instance's own, and
   * finished ones whose result was never sent (their sender died).
   */
  async function jobsToTakeOver(options: { ownInstance?: boolean } = {}): Promise<{ id: string; action: 'run' | 'deliver'; job: MinutesJob }[]> {
    const found: { id: string; action: 'run' | 'deliver'; job: MinutesJob }[] = [];
    for (const key of await deps.store.list(PREFIX)) {
      // A job that is over (finished and sent, or nothing to send) never needs anyone again: not read again.
      if (settled.has(key)) continue;
      const job = await deps.store.get<MinutesJob>(key);
      if (!job || controllers.has(job.id)) continue;
      const staleQueued = job.state === 'queued' && (options.ownInstance || clock().getTime() - Date.parse(job.updatedAt) > leaseMs);
      if (staleQueued || (job.state === 'running' && claimable(job, options))) found.push({ id: job.id, action: 'run', job });
      // Only a claimed, unsent delivery is picked up (a job finished before deliveries were recorded was sent then).
      else if (job.state === 'done' && job.result && job.context && job.delivery?.state === 'sending') {
        if (job.delivery.by !== me && expired(job.delivery.until)) found.push({ id: job.id, action: 'deliver', job });
      } else if (FINISHED.includes(job.state)) settled.add(key);
    }
    return found;
  }

  /** Takes over one job found by jobsToTakeOver: runs it, or reports it failed after too many interrupted runs. */
  async function takeOver(id: string, options: { ownInstance?: boolean; signal?: AbortSignal } = {}): Promise<ResumeReport | undefined> {
    const job = await get(id);
    if (!job) return undefined;
    if (job.state === 'done') return { id, action: 'deliver', job };
    if (job.state === 'running' && job.attempts >= (deps.maxAttempts ?? 2)) {
      let reported = false;
      const failed = await mutate(id, (j) => {
        reported = false;
        if (!claimable(j, options) || j.attempts < (deps.maxAttempts ?? 2)) return false;
        j.state = 'failed';
        j.owner = undefined;
        j.leaseUntil = undefined;
        j.error = { kind: 'interrupted', message: 'Der Entwurf wurde durch einen Neustart mehrfach unterbrochen. Bitte fordern Sie ihn erneut an.' };
        reported = true;
      });
      return reported ? { id, action: 'reported', job: failed } : undefined;
    }
    const after = await run(id, options.signal, options);
    return after.owner === me || FINISHED.includes(after.state) ? { id, action: 'resumed', job: after } : undefined;
  }

  /**
   * After a restart: jobs left queued or running are run again (their stored summaries are reused),
   * or, after `maxAttempts` interrupted runs, reported as failed so the clerk hears about it.
   */
  async function resumePendingJobs(signal?: AbortSignal): Promise<ResumeReport[]> {
    const reports: ResumeReport[] = [];
    for (const { id, action, job } of await jobsToTakeOver({ ownInstance: true })) {
      if (action === 'deliver') {
        reports.push({ id, action, job });
        continue;
      }
      const report = await takeOver(id, { ownInstance: true, signal });
      if (report) reports.push(report);
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
      settled.delete(key);
      deleted.push(job.id);
    }
    return deleted;
  }

  /** Deletes the per-activity request records written before `cutoff` (a record without a readable date goes too). */
  async function purgeRequestRecords(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (const key of await deps.store.list(REQUESTS_PREFIX)) {
      const record = await deps.store.get<{ at?: unknown }>(key);
      const at = typeof record?.at === 'string' ? Date.parse(record.at) : NaN;
      if (Number.isFinite(at) && at >= cutoff.getTime()) continue;
      await deps.store.delete(key);
      deleted++;
    }
    return deleted;
  }

  return { submit, run, cancel, get, claimDelivery, markDelivered, jobsToTakeOver, takeOver, resumePendingJobs, purgeFinishedJobs, purgeRequestRecords, owner: me };
}

export type MinutesJobs = ReturnType<typeof createMinutesJobs>;
