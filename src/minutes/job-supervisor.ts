/**
 * Keeps minutes jobs moving when several instances share one store: at start and then every
 * `intervalMs` it takes over jobs whose process died (lease run out; after a restart, this
 * instance's own at once), runs them to the end and sends each result once — whoever claims the
 * delivery sends it, nobody else. Framework-free: the shell passes `deliver`.
 */
import type { Logger } from '../core/logger.js';
import type { MinutesJob, MinutesJobs } from './minutes-job.js';

export interface MinutesSupervisorDeps {
  jobs: MinutesJobs;
  /** Sends a finished job's result to the clerk (conversation reference in `job.context`). */
  deliver: (job: MinutesJob) => Promise<void>;
  logger: Logger;
  /** Time between scans; a third of the lease is a good value. */
  intervalMs: number;
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

  async function scanOnce(): Promise<void> {
    const ownInstance = first;
    first = false;
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
