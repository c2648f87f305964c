/**
 * The record of unanswered questions ("nicht gefunden"), so the owners of the documents see what
 * staff ask and the documents do not answer (docs/datenschutz-ki-verordnung.md, "Unbeantwortete
 * Fragen"). Pseudonymous and minimal:
 * - no user id, no conversation, no name: only a person key made for this record alone (a hash
 *   with its own purpose prefix, so it cannot be joined with the audit log's user hash), used to
 *   count distinct people for the k-anonymity of the documentation gaps;
 * - the question text only with RECORD_UNANSWERED=true, and then with IBAN, e-mail addresses,
 *   phone numbers, tax and ID card numbers removed;
 * - otherwise only the main words that belong to the general German vocabulary (no proper names,
 *   no numbers, no codes).
 * Kept as long as the audit log (AUDIT_RETENTION_DAYS), then deleted by day.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isGeneralWord, mainWords } from '../../knowledge/unanswered/main-words.js';
import { redactPii } from '../../security/redact-pii.js';
import type { Store } from '../store.js';
import { dayKey, keysForDays } from './record-keys.js';

export const UNANSWERED_PREFIX = 'unanswered';
const DAY_MS = 86_400_000;

export const unansweredRecordSchema = z
  .object({
    at: z.string().datetime(),
    /** Counts distinct people, nothing else (see the module comment). */
    personKey: z.string().regex(/^[0-9a-f]{32}$/),
    /** Main words of the question in their spelling (at most 12). */
    words: z.array(z.string().min(1).max(80)).max(12),
    /** The question (redacted), only with RECORD_UNANSWERED=true. */
    text: z.string().max(4000).optional(),
  })
  .strict();
export type UnansweredRecord = z.infer<typeof unansweredRecordSchema>;

export interface UnansweredInput {
  question: string;
  userId: string;
  tenantId?: string;
}

export interface UnansweredRecords {
  recordUnanswered(input: UnansweredInput): Promise<UnansweredRecord | undefined>;
  listUnanswered(from: Date, to: Date): Promise<UnansweredRecord[]>;
  /** Deletes the days that ended more than `retentionDays` ago; returns how many records went. */
  purgeUnanswered(retentionDays: number, at?: Date): Promise<number>;
}

/** The person key of this record: not the audit log's user hash (other purpose prefix). */
export function unansweredPersonKey(userId: string, tenantId = ''): string {
  return createHash('sha256').update(`rathaus-assistent:unanswered:${tenantId}:${userId}`).digest('hex').slice(0, 32);
}

export function createUnansweredRecords(store: Store, options: { recordText: boolean; now?: () => Date }): UnansweredRecords {
  const now = options.now ?? (() => new Date());
  return {
    async recordUnanswered(input) {
      const redacted = redactPii(input.question.trim().slice(0, 4000)).text;
      const all = mainWords(redacted);
      // Without the text, only words of the general vocabulary: a name must not become a "topic".
      const words = (options.recordText ? all : all.filter((w) => isGeneralWord(w))).slice(0, 12);
      if (!options.recordText && words.length === 0) return undefined;
      const at = now();
      const record = unansweredRecordSchema.parse({
        at: at.toISOString(),
        personKey: unansweredPersonKey(input.userId, input.tenantId),
        words: words.map((w) => w.slice(0, 80)),
        ...(options.recordText ? { text: redacted } : {}),
      });
      await store.put(dayKey(UNANSWERED_PREFIX, at), record);
      return record;
    },

    async listUnanswered(from, to) {
      const keys = await keysForDays((p) => store.list(p), UNANSWERED_PREFIX, from, to);
      const values = await Promise.all(keys.map((k) => store.get<unknown>(k)));
      return values
        .flatMap((v) => {
          const parsed = unansweredRecordSchema.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        })
        .filter((r) => r.at >= from.toISOString() && r.at <= to.toISOString())
        .sort((a, b) => a.at.localeCompare(b.at));
    },

    async purgeUnanswered(retentionDays, at = now()) {
      let n = 0;
      for (const key of await store.list(`${UNANSWERED_PREFIX}/`)) {
        const day = key.slice(UNANSWERED_PREFIX.length + 1, UNANSWERED_PREFIX.length + 11);
        const dayEnd = Date.parse(`${day}T00:00:00.000Z`) + DAY_MS;
        if (Number.isNaN(dayEnd) || dayEnd + retentionDays * DAY_MS > at.getTime()) continue;
        await store.delete(key);
        n++;
      }
      return n;
    },
  };
}
