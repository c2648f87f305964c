/**
 * How long to wait before retrying a throttled Graph request. Pure, so the rules are testable:
 * Retry-After (seconds or HTTP date) is honoured as a floor, jitter only ever adds to it (so
 * concurrent turns do not retry in lockstep), and the number of retries is bounded.
 */

/** Bounds for retrying 429/503 answers. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Backoff when the answer carries no Retry-After: base × 2^attempt. */
  baseDelayMs: number;
  /** Longest single wait; a longer Retry-After ends the retries instead. */
  maxDelayMs: number;
  /** Jitter added on top of the wait, as a fraction of it (0.2 = up to +20 %). */
  jitterRatio: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 30_000, jitterRatio: 0.2 };

/** Statuses worth retrying: throttling and service unavailable (Graph sends Retry-After with both). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/** Parses Retry-After: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfterMs(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt` (0-based), or undefined when no retry should happen
 * (retries used up, or the server asks for longer than maxDelayMs).
 */
export function retryDelayMs(
  attempt: number,
  retryAfter: string | null | undefined,
  policy: RetryPolicy,
  random: () => number = Math.random,
  now: number = Date.now(),
): number | undefined {
  if (attempt >= policy.maxRetries) return undefined;
  const asked = parseRetryAfterMs(retryAfter, now);
  const base = asked ?? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  if (base > policy.maxDelayMs) return undefined;
  return Math.round(base + base * policy.jitterRatio * random());
}
