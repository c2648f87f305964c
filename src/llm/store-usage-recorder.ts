/**
 * Usage records in the durable store, one key per model call under `usage/<day>/…`, so several
 * bot instances can write without conflicts and the pilot report can read a date range.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger.js';
import type { Store } from '../storage/store.js';
import type { UsageEntry, UsageRecorder } from './usage.js';

export const USAGE_PREFIX = 'usage/';

/** A failing store must not fail the user's turn: the error is logged, the answer goes out. */
export function createStoreUsageRecorder(store: Store, logger?: Logger): UsageRecorder {
  return {
    async record(entry: UsageEntry): Promise<void> {
      const day = entry.at.slice(0, 10);
      const key = `${USAGE_PREFIX}${day}/${entry.at.slice(11, 23).replace(/[:.]/g, '')}-${randomUUID().slice(0, 8)}`;
      try {
        await store.put(key, entry, { ifNoneMatch: '*' });
      } catch (e) {
        logger?.warn({ err: e, purpose: entry.purpose }, 'usage record not stored');
      }
    },
  };
}

/** Usage entries of the days from `fromDay` to `toDay` inclusive (YYYY-MM-DD). */
export async function readUsage(store: Store, fromDay: string, toDay: string): Promise<UsageEntry[]> {
  const keys = await store.list(USAGE_PREFIX);
  const wanted = keys.filter((k) => {
    const day = k.slice(USAGE_PREFIX.length, USAGE_PREFIX.length + 10);
    return day >= fromDay && day <= toDay;
  });
  const entries = await Promise.all(wanted.map((k) => store.get<UsageEntry>(k)));
  return entries.filter((e): e is UsageEntry => !!e);
}

export interface UsageSummary {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** Calls per outcome status. */
  byStatus: Record<string, number>;
  /** Tokens and calls per purpose (answer, condense-question, minutes-…, embedding). */
  byPurpose: Record<string, { calls: number; promptTokens: number; completionTokens: number }>;
}

export function summariseUsage(entries: UsageEntry[]): UsageSummary {
  const summary: UsageSummary = { calls: 0, promptTokens: 0, completionTokens: 0, byStatus: {}, byPurpose: {} };
  for (const e of entries) {
    summary.calls++;
    summary.promptTokens += e.promptTokens;
    summary.completionTokens += e.completionTokens;
    summary.byStatus[e.status] = (summary.byStatus[e.status] ?? 0) + 1;
    const p = (summary.byPurpose[e.purpose] ??= { calls: 0, promptTokens: 0, completionTokens: 0 });
    p.calls++;
    p.promptTokens += e.promptTokens;
    p.completionTokens += e.completionTokens;
  }
  return summary;
}
