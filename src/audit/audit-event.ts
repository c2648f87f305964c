/**
 * One audit record: who used which capability when, which sources were consulted and with what
 * outcome. Deliberately no free text: sources are ids and links, never passages, questions or
 * answers, so the audit log holds no document or message content. The schema is strict, so a
 * caller cannot slip content in under another field name.
 */
import { z } from 'zod';

export const AUDIT_CAPABILITIES = ['ask', 'search', 'minutes', 'admin', 'feedback', 'check'] as const;
export const AUDIT_OUTCOMES = ['answered', 'noResults', 'completed', 'started', 'refused', 'denied', 'rateLimited', 'invalidInput', 'error'] as const;

const source = z
  .object({
    /** Source id of the passage's document (e.g. "local:satzung.pdf", a Graph drive item id). */
    id: z.string().min(1).max(500),
    url: z.string().max(2000).optional(),
  })
  .strict();

export const auditEventSchema = z
  .object({
    /** ISO 8601 time, UTC. */
    at: z.string().datetime(),
    userId: z.string().min(1).max(200),
    tenantId: z.string().max(100).optional(),
    capability: z.enum(AUDIT_CAPABILITIES),
    /** Finer action within the capability, e.g. "reindex", "usage-report" (a fixed word, not user text). */
    action: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/)
      .optional(),
    outcome: z.enum(AUDIT_OUTCOMES),
    sources: z.array(source).max(200).default([]),
    /** The reference id shown to the user with an error, to find the app-log entry. */
    referenceId: z.string().max(40).optional(),
    durationMs: z.number().int().nonnegative().optional(),
    /** Retrieved passages quarantined as planted instructions (a count, never their text). */
    quarantined: z.number().int().nonnegative().optional(),
    /** Antragsvorprüfung: rule counts and overall result only (the type is the action), no content. */
    check: z
      .object({
        erfuellt: z.number().int().nonnegative(),
        fehlt: z.number().int().nonnegative(),
        unklar: z.number().int().nonnegative(),
        entfaellt: z.number().int().nonnegative(),
        result: z.enum(['vollstaendig', 'unvollstaendig', 'pruefen']),
      })
      .strict()
      .optional(),
  })
  .strict();

export type AuditEvent = z.infer<typeof auditEventSchema>;
/** What callers pass; `at` defaults to the audit log's clock. */
export type AuditEventInput = Omit<z.input<typeof auditEventSchema>, 'at'> & { at?: string };

/** The UTC day ("YYYY-MM-DD") an event belongs to. */
export function auditDay(at: string): string {
  return at.slice(0, 10);
}
