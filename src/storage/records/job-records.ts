/**
 * Durable long-running jobs (minutes drafts, re-indexing) that survive a crash without being lost
 * or done twice. A job is created idempotently (same id → same job), then claimed with a lease:
 * only the holder may update it, and when the process dies the lease runs out and the restarted
 * bot (or another instance) claims it again and resumes from its last checkpoint. Every change
 * is a conditional write (etag), so two instances can never both win a claim.
 */
import { AppError } from '../../core/errors.js';
import { isStoreConflict, type Store } from '../store.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job<P = unknown, R = unknown> {
  id: string;
  kind: string;
  status: JobStatus;
  payload: P;
  /** Progress saved by the worker, e.g. finished chunk ids; read on resume. */
  checkpoint?: unknown;
  result?: R;
  error?: { message: string; userMessage?: string };
  /** How often the job was claimed; a job that keeps crashing its worker is failed after maxAttempts. */
  attempts: number;
  owner?: string;
  leaseUntil?: string;
  createdAt: string;
  updatedAt: string;
}

export interface JobRecordsOptions {
  /** Default lease per claim; renew with `update` during long work. */
  leaseMs?: number;
  maxAttempts?: number;
  now?: () => Date;
}

export interface JobRecords<P, R> {
  /** Creates the job, or returns the existing one with this id (`created: false`) — a retried request makes no duplicate. */
  create(id: string, payload: P): Promise<{ job: Job<P, R>; created: boolean }>;
  get(id: string): Promise<Job<P, R> | undefined>;
  /** Takes the job for `owner` if it is queued or its lease ran out; undefined when someone else holds it or it is finished. */
  claim(id: string, owner: string): Promise<Job<P, R> | undefined>;
  /** Saves progress and renews the lease; fails with AppError('forbidden') when `owner` no longer holds the job. */
  checkpoint(id: string, owner: string, checkpoint: unknown): Promise<Job<P, R>>;
  complete(id: string, owner: string, result: R): Promise<Job<P, R>>;
  fail(id: string, owner: string, error: { message: string; userMessage?: string }): Promise<Job<P, R>>;
  /** Jobs that need a worker: queued, or running with an expired lease (their worker died). */
  listResumable(): Promise<Job<P, R>[]>;
}

const JOB_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function createJobRecords<P, R = unknown>(store: Store, kind: string, options: JobRecordsOptions = {}): JobRecords<P, R> {
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const now = options.now ?? (() => new Date());
  const prefix = `jobs/${kind}/`;
  const keyOf = (id: string) => {
    if (!JOB_ID.test(id)) throw new AppError('invalidInput', `job id must match ${JOB_ID}: ${id.slice(0, 40)}`);
    return `${prefix}${id}`;
  };

  /** Read-change-write with the etag; retried when another writer got in between. */
  async function mutate(id: string, change: (job: Job<P, R>) => Job<P, R> | undefined): Promise<Job<P, R> | undefined> {
    const key = keyOf(id);
    for (let attempt = 0; attempt < 8; attempt++) {
      const current = await store.read<Job<P, R>>(key);
      if (!current) throw new AppError('notFound', `job ${kind}/${id} not found`);
      const next = change(current.value);
      if (!next) return undefined;
      try {
        await store.put(key, next, { ifMatch: current.etag });
        return next;
      } catch (e) {
        if (!isStoreConflict(e)) throw e;
      }
    }
    throw new AppError('transient', `job ${kind}/${id}: too many concurrent changes`);
  }

  const leaseExpired = (job: Job<P, R>, t: Date) => !job.leaseUntil || Date.parse(job.leaseUntil) <= t.getTime();

  function held(owner: string, change: (job: Job<P, R>, t: string) => Partial<Job<P, R>>) {
    return (job: Job<P, R>): Job<P, R> => {
      const t = now();
      if (job.owner !== owner || job.status !== 'running' || leaseExpired(job, t)) {
        throw new AppError('forbidden', `job ${kind}/${job.id} is not held by ${owner}`);
      }
      return { ...job, ...change(job, t.toISOString()), updatedAt: t.toISOString() };
    };
  }

  return {
    async create(id, payload) {
      const t = now().toISOString();
      const job: Job<P, R> = { id, kind, status: 'queued', payload, attempts: 0, createdAt: t, updatedAt: t };
      try {
        await store.put(keyOf(id), job, { ifNoneMatch: '*' });
        return { job, created: true };
      } catch (e) {
        if (!isStoreConflict(e)) throw e;
        const existing = await store.get<Job<P, R>>(keyOf(id));
        if (!existing) throw e;
        return { job: existing, created: false };
      }
    },

    get: (id) => store.get<Job<P, R>>(keyOf(id)),

    async claim(id, owner) {
      return mutate(id, (job) => {
        const t = now();
        const free = job.status === 'queued' || (job.status === 'running' && leaseExpired(job, t));
        if (!free) return undefined;
        if (job.attempts >= maxAttempts) {
          return { ...job, status: 'failed', owner: undefined, leaseUntil: undefined, updatedAt: t.toISOString(), error: { message: `gave up after ${job.attempts} attempts` } };
        }
        return { ...job, status: 'running', owner, attempts: job.attempts + 1, leaseUntil: new Date(t.getTime() + leaseMs).toISOString(), updatedAt: t.toISOString() };
      }).then((job) => (job?.status === 'running' && job.owner === owner ? job : undefined));
    },

    async checkpoint(id, owner, checkpoint) {
      return (await mutate(id, held(owner, (_j, t) => ({ checkpoint, leaseUntil: new Date(Date.parse(t) + leaseMs).toISOString() }))))!;
    },

    async complete(id, owner, result) {
      return (await mutate(id, held(owner, () => ({ status: 'done', result, owner: undefined, leaseUntil: undefined }))))!;
    },

    async fail(id, owner, error) {
      return (await mutate(id, held(owner, () => ({ status: 'failed', error, owner: undefined, leaseUntil: undefined }))))!;
    },

    async listResumable() {
      const t = now();
      const jobs = await Promise.all((await store.list(prefix)).map((k) => store.get<Job<P, R>>(k)));
      return jobs.filter((j): j is Job<P, R> => !!j && (j.status === 'queued' || (j.status === 'running' && leaseExpired(j, t))));
    },
  };
}
