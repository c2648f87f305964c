/**
 * Thumbs up/down with an optional comment on an answer, for later evaluation of answer quality.
 * Keyed by day, answer (reply id) and pseudonymous user: a user who changes their vote on the
 * same answer replaces their earlier one instead of counting twice, and different users or
 * instances never overwrite each other.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import type { Store } from '../store.js';
import { hashUserId, keysForDays } from './record-keys.js';

export const FEEDBACK_PREFIX = 'feedback';
export const MAX_FEEDBACK_COMMENT = 2000;

export const feedbackRecordSchema = z
  .object({
    at: z.string().datetime(),
    reaction: z.enum(['like', 'dislike']),
    comment: z.string().max(MAX_FEEDBACK_COMMENT).optional(),
    userIdHash: z.string().regex(/^[0-9a-f]{32}$/),
    tenantId: z.string().max(100).optional(),
    /** Id of the bot message the feedback is about. */
    replyToId: z.string().min(1).max(500),
    conversationId: z.string().max(500).optional(),
    capability: z.enum(['ask', 'search', 'minutes']).optional(),
  })
  .strict();
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

export interface FeedbackInput {
  reaction: 'like' | 'dislike';
  comment?: string;
  userId: string;
  tenantId?: string;
  replyToId: string;
  conversationId?: string;
  capability?: FeedbackRecord['capability'];
}

export interface FeedbackRecords {
  recordFeedback(input: FeedbackInput): Promise<FeedbackRecord>;
  listFeedback(from: Date, to: Date): Promise<FeedbackRecord[]>;
}

export function createFeedbackRecords(store: Store, options: { now?: () => Date } = {}): FeedbackRecords {
  const now = options.now ?? (() => new Date());
  return {
    async recordFeedback(input) {
      const at = now().toISOString();
      const comment = input.comment?.trim() ? input.comment.trim().slice(0, MAX_FEEDBACK_COMMENT) : undefined;
      const parsed = feedbackRecordSchema.safeParse({
        at,
        reaction: input.reaction,
        comment,
        userIdHash: hashUserId(input.userId, input.tenantId),
        tenantId: input.tenantId,
        replyToId: input.replyToId,
        conversationId: input.conversationId,
        capability: input.capability,
      });
      if (!parsed.success) throw new AppError('invalidInput', `feedback rejected: ${parsed.error.issues[0]?.message}`);
      // Reply ids are channel-defined strings; a hash keeps the key short and safe.
      const answer = createHash('sha256').update(input.replyToId).digest('hex').slice(0, 24);
      await store.put(`${FEEDBACK_PREFIX}/${at.slice(0, 10)}/${answer}-${parsed.data.userIdHash}`, parsed.data);
      return parsed.data;
    },

    async listFeedback(from, to) {
      const keys = await keysForDays((p) => store.list(p), FEEDBACK_PREFIX, from, to);
      const values = await Promise.all(keys.map((k) => store.get<unknown>(k)));
      const records = values
        .flatMap((v) => {
          const parsed = feedbackRecordSchema.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        })
        .filter((r) => r.at >= from.toISOString() && r.at <= to.toISOString())
        .sort((a, b) => a.at.localeCompare(b.at));
      // A vote changed on a later day is a second record: the latest per user and answer counts.
      const latest = new Map<string, FeedbackRecord>();
      for (const r of records) latest.set(`${r.replyToId}\u0000${r.userIdHash}`, r);
      return [...latest.values()].sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}
