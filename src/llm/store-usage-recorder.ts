/**
 * Usage records in the durable store under `usage/<day>/…`, so several bot instances can write
 * without conflicts and the pilot report can read a date range. Model calls are recorded by group
 * commit (src/storage/group-commit.ts): the calls of one window go into one record (a list of
 * entries; older records hold a single entry), one store write instead of one per call.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger.js';
import { createGroupCommit } from '../storage/group-commit.js';
import type { Store } from '../storage/store.js';
import type { UsageEntry, UsageRecorder } from './usage.js';

export const USAGE_PREFIX = 'usage/';

/**
 * How long the first model call of a batch waits for others before the batch is stored (ms). No
 * turn waits for it (call-model.ts records without awaiting); a crash can lose at most the calls of
 * this window. docs/admin-handbuch.md (Abschnitt „Schreiben je Nachricht“) names it.
 */
export const USAGE_GROUP_COMMIT_MS = 100;

export interface StoreUsageRecorderOptions {
  logger?: Logger;
  /** Group commit window (default USAGE_GROUP_COMMIT_MS). */
  windowMs?: number;
}

/**
 * `record` resolves once the entry is stored. A failing store must not fail the user's turn: the
 * error is logged (with the number of calls lost), the answer goes out.
 */
export function createStoreUsageRecorder(store: Store, options: StoreUsageRecorderOptions = {}): Required<UsageRecorder> {
  const { logger, windowMs = USAGE_GROUP_COMMIT_MS } = options;
  const commit = createGroupCommit<UsageEntry>(
    async (entries) => {
      const byDay = new Map<string, UsageEntry[]>();
      for (const e of entries) {
        const day = e.at.slice(0, 10);
        const list = byDay.get(day);
        if (list) list.push(e);
        else byDay.set(day, [e]);
      }
      for (const [day, list] of byDay) {
        const key = `${USAGE_PREFIX}${day}/${list[0].at.slice(11, 23).replace(/[:.]/g, '')}-${randomUUID().slice(0, 8)}`;
        await store.put(key, list, { ifNoneMatch: '*' }).catch((e: unknown) => {
          logger?.warn({ err: e, calls: list.length, purposes: [...new Set(list.map((x) => x.purpose))] }, 'usage records not stored');
        });
      }
    },
    { windowMs },
  );
  return {
    record: (entry) => commit.add(entry),
    flush: () => commit.flush(),
  };
}

/** Usage entries of the days from `fromDay` to `toDay` inclusive (YYYY-MM-DD). */
export async function readUsage(store: Store, fromDay: string, toDay: string): Promise<UsageEntry[]> {
  const keys = await store.list(USAGE_PREFIX);
  const wanted = keys.filter((k) => {
    const day = k.slice(USAGE_PREFIX.length, USAGE_PREFIX.length + 10);
    return day >= fromDay && day <= toDay;
  });
  const records = await Promise.all(wanted.map((k) => store.get<UsageEntry | UsageEntry[]>(k)));
  // A record holds the calls of one group commit (a list), or one call (written before group commit).
  return records.flatMap((r) => (Array.isArray(r) ? r : r ? [r] : []));
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
