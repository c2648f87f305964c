/**
 * Token-bucket rate limiting per user and per tenant (RATE_LIMIT_USER_PER_MINUTE,
 * RATE_LIMIT_TENANT_PER_MINUTE). Each bucket holds up to one minute's allowance and refills
 * continuously, so short bursts pass and a steady flood is held to the rate. A request takes a
 * token from both buckets or from neither (a user refused by their own limit does not use up
 * the tenant's allowance). In-process only: with several instances each enforces its share.
 */

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until a retry can succeed; 0 when allowed. */
  retryAfterSeconds: number;
  /** Which limit refused the request. */
  limitedBy?: 'user' | 'tenant';
}

export interface RateLimiterOptions {
  userPerMinute: number;
  tenantPerMinute: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  /** Upper bound on tracked buckets; beyond it the least recently used are dropped. Default 50,000. */
  maxBuckets?: number;
}

export interface RateLimiter {
  /** Checks and, when allowed, consumes one request for this user (and tenant, if known). */
  check(request: { userId: string; tenantId?: string }): RateLimitDecision;
  /** Buckets currently tracked (for tests and metrics). */
  size(): number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const maxBuckets = options.maxBuckets ?? 50_000;
  // Map iteration order is insertion order; re-inserting on use makes it least-recently-used first.
  const buckets = new Map<string, Bucket>();
  let checksSinceSweep = 0;

  function refill(key: string, capacity: number, t: number): Bucket {
    const existing = buckets.get(key);
    const bucket = existing ?? { tokens: capacity, updatedAt: t };
    const elapsed = Math.max(0, t - bucket.updatedAt);
    bucket.tokens = Math.min(capacity, bucket.tokens + (elapsed * capacity) / 60_000);
    bucket.updatedAt = t;
    buckets.delete(key);
    buckets.set(key, bucket);
    return bucket;
  }

  function waitSeconds(bucket: Bucket, capacity: number): number {
    // The epsilon keeps float noise (1.0000000000000002 s) from adding a whole second.
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60_000) / capacity / 1000 - 1e-9));
  }

  /**
   * A bucket idle long enough to be full again is the same as no bucket, so dropping it changes
   * no decision. Only when the map is still over its bound are active buckets dropped (oldest first),
   * which can only make the limiter more lenient for those keys, never stricter.
   */
  function sweep(t: number): void {
    const idleMs = 60_000;
    for (const [key, bucket] of buckets) {
      if (t - bucket.updatedAt >= idleMs) buckets.delete(key);
    }
    for (const key of buckets.keys()) {
      if (buckets.size <= maxBuckets) break;
      buckets.delete(key);
    }
  }

  return {
    check({ userId, tenantId }) {
      const t = now();
      if (++checksSinceSweep >= 1000 || buckets.size > maxBuckets) {
        checksSinceSweep = 0;
        sweep(t);
      }
      const user = refill(`u:${tenantId ?? ''}:${userId}`, options.userPerMinute, t);
      const tenant = tenantId ? refill(`t:${tenantId}`, options.tenantPerMinute, t) : undefined;
      if (user.tokens < 1) return { allowed: false, retryAfterSeconds: waitSeconds(user, options.userPerMinute), limitedBy: 'user' };
      if (tenant && tenant.tokens < 1) return { allowed: false, retryAfterSeconds: waitSeconds(tenant, options.tenantPerMinute), limitedBy: 'tenant' };
      user.tokens -= 1;
      if (tenant) tenant.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    },
    size: () => buckets.size,
  };
}

/** Polite German (or English) text for a refused request, for channels where HTTP 429 is not shown. */
export function rateLimitMessage(decision: RateLimitDecision, locale: 'de' | 'en' = 'de'): string {
  const s = decision.retryAfterSeconds;
  if (locale === 'en') {
    return decision.limitedBy === 'tenant'
      ? `The assistant is receiving many requests from your organisation right now. Please try again in ${s} seconds.`
      : `You have sent many requests in a short time. Please try again in ${s} seconds.`;
  }
  return decision.limitedBy === 'tenant'
    ? `Der Assistent erhält gerade sehr viele Anfragen aus Ihrer Verwaltung. Bitte versuchen Sie es in ${s} Sekunden noch einmal.`
    : `Sie haben in kurzer Zeit sehr viele Anfragen gestellt. Bitte versuchen Sie es in ${s} Sekunden noch einmal.`;
}
