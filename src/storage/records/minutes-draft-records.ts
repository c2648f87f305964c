/**
 * One record per finished minutes draft for the pilot report: how many facts (decisions, votes,
 * session facts) the draft holds and how many of them carry "Bitte prüfen". Counts only — no
 * title, no names, no text of the session.
 */
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import type { Store } from '../store.js';
import { dayKey, hashUserId, keysForDays } from './record-keys.js';

export const MINUTES_DRAFT_PREFIX = 'minutes-drafts';

export const minutesDraftRecordSchema = z
  .object({
    at: z.string().datetime(),
    userIdHash: z.string().regex(/^[0-9a-f]{32}$/),
    /** Agenda items (TOPs) in the draft. */
    items: z.number().int().nonnegative(),
    /** Facts the draft states: decisions with their votes, and session facts where the draft has them. */
    facts: z.number().int().nonnegative(),
    /** Facts marked "Bitte prüfen" (not sure, or not recognised). */
    factsToCheck: z.number().int().nonnegative(),
  })
  .strict()
  .refine((r) => r.factsToCheck <= r.facts, { message: 'factsToCheck exceeds facts' });
export type MinutesDraftRecord = z.infer<typeof minutesDraftRecordSchema>;

export interface MinutesDraftInput {
  userId: string;
  tenantId?: string;
  items: number;
  facts: number;
  factsToCheck: number;
}

export interface MinutesDraftRecords {
  recordMinutesDraft(input: MinutesDraftInput): Promise<MinutesDraftRecord>;
  listMinutesDrafts(from: Date, to: Date): Promise<MinutesDraftRecord[]>;
}

export function createMinutesDraftRecords(store: Store, options: { now?: () => Date } = {}): MinutesDraftRecords {
  const now = options.now ?? (() => new Date());
  return {
    async recordMinutesDraft(input) {
      const at = now();
      const parsed = minutesDraftRecordSchema.safeParse({ at: at.toISOString(), userIdHash: hashUserId(input.userId, input.tenantId), items: input.items, facts: input.facts, factsToCheck: input.factsToCheck });
      if (!parsed.success) throw new AppError('invalidInput', `minutes draft record rejected: ${parsed.error.issues[0]?.message}`);
      await store.put(dayKey(MINUTES_DRAFT_PREFIX, at), parsed.data, { ifNoneMatch: '*' });
      return parsed.data;
    },
    async listMinutesDrafts(from, to) {
      const keys = await keysForDays((p) => store.list(p), MINUTES_DRAFT_PREFIX, from, to);
      const values = await Promise.all(keys.map((k) => store.get<unknown>(k)));
      return values
        .flatMap((v) => {
          const parsed = minutesDraftRecordSchema.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        })
        .filter((r) => r.at >= from.toISOString() && r.at <= to.toISOString())
        .sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}
