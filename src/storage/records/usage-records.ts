/**
 * Usage per user request (capability, pseudonymous user, tokens, duration) for the pilot report:
 * one record per request under `capability-usage/<day>/…`. Complements the per-model-call records
 * of src/llm/store-usage-recorder.ts (prefix `usage/`), which know tokens but not who or which
 * capability.
 */
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import type { Store } from '../store.js';
import { dayKey, hashUserId, keysForDays } from './record-keys.js';

export const USAGE_CAPABILITIES = ['ask', 'search', 'minutes', 'admin'] as const;
export const CAPABILITY_USAGE_PREFIX = 'capability-usage';

export const usageRecordSchema = z
  .object({
    at: z.string().datetime(),
    capability: z.enum(USAGE_CAPABILITIES),
    userIdHash: z.string().regex(/^[0-9a-f]{32}$/),
    tenantId: z.string().max(100).optional(),
    promptTokens: z.number().int().nonnegative(),
    completionTokens: z.number().int().nonnegative(),
    ms: z.number().nonnegative(),
    outcome: z.enum(['answered', 'noResults', 'completed', 'refused', 'error']).default('answered'),
  })
  .strict();
export type UsageRecord = z.infer<typeof usageRecordSchema>;

export interface UsageInput {
  capability: UsageRecord['capability'];
  /** Raw user id; only its hash is stored. */
  userId: string;
  tenantId?: string;
  promptTokens?: number;
  completionTokens?: number;
  ms: number;
  outcome?: UsageRecord['outcome'];
}

export interface UsageSummaryByCapability {
  requests: number;
  distinctUsers: number;
  promptTokens: number;
  completionTokens: number;
  /** Median and 95th percentile of request duration, in ms. */
  p50Ms: number;
  p95Ms: number;
  byOutcome: Record<string, number>;
}

export interface CapabilityUsageSummary {
  from: string;
  to: string;
  requests: number;
  distinctUsers: number;
  promptTokens: number;
  completionTokens: number;
  byCapability: Partial<Record<UsageRecord['capability'], UsageSummaryByCapability>>;
  /** Records that could not be read (kept out of the numbers, counted so the report can say so). */
  unreadable: number;
}

export interface UsageRecords {
  recordUsage(input: UsageInput): Promise<UsageRecord>;
  summariseUsage(from: Date, to: Date): Promise<CapabilityUsageSummary>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function createUsageRecords(store: Store, options: { now?: () => Date } = {}): UsageRecords {
  const now = options.now ?? (() => new Date());
  return {
    async recordUsage(input) {
      const at = now();
      const parsed = usageRecordSchema.safeParse({
        at: at.toISOString(),
        capability: input.capability,
        userIdHash: hashUserId(input.userId, input.tenantId),
        tenantId: input.tenantId,
        promptTokens: input.promptTokens ?? 0,
        completionTokens: input.completionTokens ?? 0,
        ms: input.ms,
        outcome: input.outcome,
      });
      if (!parsed.success) throw new AppError('invalidInput', `usage record rejected: ${parsed.error.issues[0]?.message}`);
      await store.put(dayKey(CAPABILITY_USAGE_PREFIX, at), parsed.data, { ifNoneMatch: '*' });
      return parsed.data;
    },

    async summariseUsage(from, to) {
      const keys = await keysForDays((p) => store.list(p), CAPABILITY_USAGE_PREFIX, from, to);
      const values = await Promise.all(keys.map((k) => store.get<unknown>(k)));
      const summary: CapabilityUsageSummary = {
        from: from.toISOString(),
        to: to.toISOString(),
        requests: 0,
        distinctUsers: 0,
        promptTokens: 0,
        completionTokens: 0,
        byCapability: {},
        unreadable: 0,
      };
      const users = new Set<string>();
      const perCapability = new Map<string, { users: Set<string>; ms: number[] }>();
      for (const value of values) {
        const parsed = usageRecordSchema.safeParse(value);
        if (!parsed.success) {
          summary.unreadable++;
          continue;
        }
        const r = parsed.data;
        if (r.at < summary.from || r.at > summary.to) continue;
        summary.requests++;
        summary.promptTokens += r.promptTokens;
        summary.completionTokens += r.completionTokens;
        users.add(r.userIdHash);
        const c = (summary.byCapability[r.capability] ??= { requests: 0, distinctUsers: 0, promptTokens: 0, completionTokens: 0, p50Ms: 0, p95Ms: 0, byOutcome: {} });
        c.requests++;
        c.promptTokens += r.promptTokens;
        c.completionTokens += r.completionTokens;
        c.byOutcome[r.outcome] = (c.byOutcome[r.outcome] ?? 0) + 1;
        const acc = perCapability.get(r.capability) ?? { users: new Set<string>(), ms: [] };
        acc.users.add(r.userIdHash);
        acc.ms.push(r.ms);
        perCapability.set(r.capability, acc);
      }
      summary.distinctUsers = users.size;
      for (const [capability, acc] of perCapability) {
        const c = summary.byCapability[capability as UsageRecord['capability']]!;
        const sorted = acc.ms.sort((a, b) => a - b);
        c.distinctUsers = acc.users.size;
        c.p50Ms = percentile(sorted, 50);
        c.p95Ms = percentile(sorted, 95);
      }
      return summary;
    },
  };
}
