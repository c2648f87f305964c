/**
 * The audit log: a separate stream from the application log, for the data-protection officer
 * and the administration. `record` validates and appends; `purgeAudit` deletes every day that
 * ended more than AUDIT_RETENTION_DAYS ago. Days are UTC.
 */
import { AppError } from '../core/errors.js';
import { auditEventSchema, type AuditEvent, type AuditEventInput } from './audit-event.js';
import type { AuditSink } from './audit-sink.js';

export interface AuditLogOptions {
  sink: AuditSink;
  retentionDays: number;
  now?: () => Date;
}

export interface AuditLog {
  /** Validates and stores one event; throws AppError('invalidInput') for an event that breaks the schema. */
  record(event: AuditEventInput): Promise<AuditEvent>;
  /** Events between two instants (inclusive), oldest first. */
  read(from: Date, to: Date): Promise<AuditEvent[]>;
  /** Deletes days past retention; returns the deleted days. */
  purgeAudit(now?: Date): Promise<string[]>;
  /** Writes events the sink still queues (group commit); called on shutdown. */
  flush(): Promise<void>;
}

const DAY_MS = 86_400_000;

export function createAuditLog(options: AuditLogOptions): AuditLog {
  const now = options.now ?? (() => new Date());
  const { sink, retentionDays } = options;
  return {
    async record(input) {
      const parsed = auditEventSchema.safeParse({ ...input, at: input.at ?? now().toISOString() });
      if (!parsed.success) {
        throw new AppError('invalidInput', `Audit event rejected: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      await sink.append(parsed.data);
      return parsed.data;
    },
    async read(from, to) {
      const fromDay = from.toISOString().slice(0, 10);
      const toDay = to.toISOString().slice(0, 10);
      const days = (await sink.days()).filter((d) => d >= fromDay && d <= toDay);
      const events = (await Promise.all(days.map((d) => sink.readDay(d)))).flat();
      return events.filter((e) => e.at >= from.toISOString() && e.at <= to.toISOString()).sort((a, b) => a.at.localeCompare(b.at));
    },
    async flush() {
      await sink.flush?.();
    },
    async purgeAudit(at = now()) {
      const deleted: string[] = [];
      for (const day of await sink.days()) {
        const dayEnd = Date.parse(`${day}T00:00:00.000Z`) + DAY_MS;
        if (dayEnd + retentionDays * DAY_MS <= at.getTime()) {
          await sink.deleteDay(day);
          deleted.push(day);
        }
      }
      return deleted;
    },
  };
}

/** Runs purgeAudit now and then every `intervalMs` (default 6 h); returns a stop function. */
export function scheduleAuditPurge(audit: Pick<AuditLog, 'purgeAudit'>, options: { intervalMs?: number; onError?: (e: unknown) => void } = {}): () => void {
  const run = () => void audit.purgeAudit().catch((e: unknown) => options.onError?.(e));
  run();
  const timer = setInterval(run, options.intervalMs ?? 6 * 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
