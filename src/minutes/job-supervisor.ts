/**
 * Keeps minutes jobs moving when several instances share one store: at start and then every
 * `intervalMs` it takes over jobs whose process died (lease run out; after a restart, this
 * instance's own at once), runs them to the end and sends each result once — whoever claims the
 * delivery sends it, nobody else. Framework-free: the shell passes `deliver`.
 */
import type { Logger } from '../core/logger.js';
import type { MinutesJob, MinutesJobs } from './minutes-job.js';
import type { PendingRequest, PendingRequests } from './pending-requests.js';

export interface MinutesSupervisorDeps {
  jobs: MinutesJobs;
  /** Sends a finished job's result to the clerk (conversation reference in `job.context`). */
  deliver: (job: MinutesJob) => Promise<void>;
  logger: Logger;
  /** Time between scans; a third of the lease is a good value. */
  intervalMs: number;
  /** Requests whose input was still being fetched when their process died (see pending-requests.ts). */
  pending?: PendingRequests;
  /** Tells the clerk that such a request was interrupted and must be sent again. */
  reportInterrupted?: (request: PendingRequest) => Promise<void>;
}

export function startMinutesSupervisor(deps: MinutesSupervisorDeps): { stop: () => void; scan: () => Promise<void> } {
  const active = new Set<string>();
  let first = true;
  let scanning: Promise<void> | undefined;
  let stopped = false;

  async function deliverOnce(job: MinutesJob): Promise<void> {
    if (!job.context || !job.result) return;
    if (!(await deps.jobs.claimDelivery(job.id))) return;
    await deps.deliver(job);
    await deps.jobs.markDelivered(job.id);
    deps.logger.info({ jobId: job.id }, 'minutes draft delivered by this instance');
  }

  async function handle(id: string, action: 'run' | 'deliver', ownInstance: boolean): Promise<void> {
    try {
      const report = action === 'deliver' ? { action: 'deliver' as const, job: (await deps.jobs.get(id))! } : await deps.jobs.takeOver(id, { ownInstance });
      if (!report?.job) return;
      if (report.action !== 'deliver') deps.logger.info({ jobId: id, action: report.action, state: report.job.state, attempts: report.job.attempts }, 'minutes job after restart or takeover (its process died)');
      if (report.job.state === 'done') await deliverOnce(report.job);
    } catch (e) {
      deps.logger.error({ jobId: id, err: String(e) }, 'minutes job takeover failed');
    }
  }

  /** A request cut off mid-fetch: dropped when its job was submitted after all, else reported once. */
  async function handleInterrupted(record: PendingRequest): Promise<void> {
    try {
      const taken = await deps.pending!.take(record.id);
      if (!taken) return;
      if (!(await deps.jobs.get(record.id)) && deps.reportInterrupted) {
        await deps.reportInterrupted(taken);
        deps.logger.info({ jobId: record.id, source: record.source.kind }, 'minutes request interrupted while its input was fetched: the clerk was asked to send it again');
      }
      await deps.pending!.release(record.id);
    } catch (e) {
      deps.logger.error({ jobId: record.id, err: String(e) }, 'interrupted minutes request could not be reported');
    }
  }

  async function scanOnce(): Promise<void> {
    const ownInstance = first;
    first = false;
    for (const record of deps.pending ? await deps.pending.orphans({ ownInstance }) : []) {
      if (stopped) break;
      await handleInterrupted(record);
    }
    for (const { id, action } of await deps.jobs.jobsToTakeOver({ ownInstance })) {
      if (active.has(id) || stopped) continue;
      active.add(id);
      // Each job on its own: a long draft must not hold up the next scan.
      void handle(id, action, ownInstance).finally(() => active.delete(id));
    }
  }

  const scan = (): Promise<void> => {
    scanning ??= scanOnce()
      .catch((e: unknown) => deps.logger.error({ err: String(e) }, 'scanning minutes jobs failed'))
      .finally(() => {
        scanning = undefined;
      });
    return scanning;
  };

  void scan();
  const timer = setInterval(() => void scan(), deps.intervalMs);
  timer.unref();
  return {
    scan,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
