/**
 * What staff say about the time a task took, for the pilot report's "reported" savings (kept apart
 * from the assumed ones): after a minutes draft the clerk compares the final Niederschrift with the
 * usual effort (shorter / same / longer), and an answer can be marked "hat mir Zeit gespart".
 * Pseudonymous (hashed user id), no text. One record per task and person: a second click replaces
 * the first instead of counting twice.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import type { Store } from '../store.js';
import { hashUserId, keysForDays } from './record-keys.js';

export const TIME_FEEDBACK_PREFIX = 'time-feedback';
export const TIME_VERDICTS = ['shorter', 'same', 'longer', 'saved'] as const;
export type TimeVerdict = (typeof TIME_VERDICTS)[number];

export const timeFeedbackRecordSchema = z
  .object({
    at: z.string().datetime(),
    /** "minutes": the clerk's comparison after a draft; "answer": an answer that saved time. */
    task: z.enum(['minutes', 'answer']),
    verdict: z.enum(TIME_VERDICTS),
    userIdHash: z.string().regex(/^[0-9a-f]{32}$/),
    /** Hash of the job or reply id: lets a repeated click replace the earlier one. */
    taskRef: z.string().regex(/^[0-9a-f]{24}$/),
  })
  .strict()
  .refine((r) => (r.task === 'answer') === (r.verdict === 'saved'), { message: 'verdict does not fit the task' });
export type TimeFeedbackRecord = z.infer<typeof timeFeedbackRecordSchema>;

export interface TimeFeedbackInput {
  task: TimeFeedbackRecord['task'];
  verdict: TimeVerdict;
  userId: string;
  tenantId?: string;
  /** Job id (minutes) or reply id (answer). */
  taskId: string;
}

export interface TimeFeedbackRecords {
  recordTimeFeedback(input: TimeFeedbackInput): Promise<TimeFeedbackRecord>;
  listTimeFeedback(from: Date, to: Date): Promise<TimeFeedbackRecord[]>;
}

export function createTimeFeedbackRecords(store: Store, options: { now?: () => Date } = {}): TimeFeedbackRecords {
  const now = options.now ?? (() => new Date());
  return {
    async recordTimeFeedback(input) {
      const at = now().toISOString();
      const parsed = timeFeedbackRecordSchema.safeParse({
        at,
        task: input.task,
        verdict: input.verdict,
        userIdHash: hashUserId(input.userId, input.tenantId),
        taskRef: createHash('sha256').update(`${input.task}:${input.taskId}`).digest('hex').slice(0, 24),
      });
      if (!parsed.success) throw new AppError('invalidInput', `time feedback rejected: ${parsed.error.issues[0]?.message}`);
      await store.put(`${TIME_FEEDBACK_PREFIX}/${at.slice(0, 10)}/${parsed.data.taskRef}-${parsed.data.userIdHash}`, parsed.data);
      return parsed.data;
    },

    async listTimeFeedback(from, to) {
      const keys = await keysForDays((p) => store.list(p), TIME_FEEDBACK_PREFIX, from, to);
      const values = await Promise.all(keys.map((k) => store.get<unknown>(k)));
      const records = values
        .flatMap((v) => {
          const parsed = timeFeedbackRecordSchema.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        })
        .filter((r) => r.at >= from.toISOString() && r.at <= to.toISOString())
        .sort((a, b) => a.at.localeCompare(b.at));
      // A click on a later day is a second record: the latest per person and task counts.
      const latest = new Map<string, TimeFeedbackRecord>();
      for (const r of records) latest.set(`${r.taskRef}\u0000${r.userIdHash}`, r);
      return [...latest.values()].sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}
