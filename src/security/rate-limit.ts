/**
 * Token-bucket rate limiting per user and per tenant (RATE_LIMIT_USER_PER_MINUTE,
 * RATE_LIMIT_TENANT_PER_MINUTE). Each bucket holds up to one minute's allowance and refills
 * continuously, so short bursts pass and a steady flood is held to the rate. A request takes a
 * token from both buckets or from neither (a user refused by their own limit does not use up
 * the tenant's allowance). In-process only: with several instances each enforces its share.
 */
import { LRUCache } from 'lru-cache';

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until a retry can succeed; 0 when allowed. */
  retryAfterSeconds: number;
  /** Which limit refused the request. */
  limitedBy?: 'user' | 'tenant';
  /**
   * For a refusal: true only for the first one since this user was last allowed, so a flood gets
   * one notice per window and then silence until requests pass again.
   */
  notify?: boolean;
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
  /** A refusal notice went out and no request passed since. */
  noticed?: boolean;
}

/** A bucket idle for a minute is full again, the same as no bucket: it may be forgotten. */
const IDLE_MS = 60_000;

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  // Least recently used buckets go first when over the bound, which can only make the limiter more
  // lenient for those keys, never stricter; idle buckets expire after a minute.
  const buckets = new LRUCache<string, Bucket>({ max: options.maxBuckets ?? 50_000, ttl: IDLE_MS, ttlResolution: 0, perf: { now } });

  function refill(key: string, capacity: number, t: number): Bucket {
    const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: t };
    const elapsed = Math.max(0, t - bucket.updatedAt);
    bucket.tokens = Math.min(capacity, bucket.tokens + (elapsed * capacity) / 60_000);
    bucket.updatedAt = t;
    buckets.set(key, bucket);
    return bucket;
  }

  function waitSeconds(bucket: Bucket, capacity: number): number {
    // The epsilon keeps float noise (1.0000000000000002 s) from adding a whole second.
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60_000) / capacity / 1000 - 1e-9));
  }

  function refuse(user: Bucket, limitedBy: 'user' | 'tenant', retryAfterSeconds: number): RateLimitDecision {
    const notify = !user.noticed;
    user.noticed = true;
    return { allowed: false, retryAfterSeconds, limitedBy, notify };
  }

  return {
    check({ userId, tenantId }) {
      const t = now();
      const user = refill(`u:${tenantId ?? ''}:${userId}`, options.userPerMinute, t);
      const tenant = tenantId ? refill(`t:${tenantId}`, options.tenantPerMinute, t) : undefined;
      if (user.tokens < 1) return refuse(user, 'user', waitSeconds(user, options.userPerMinute));
      if (tenant && tenant.tokens < 1) return refuse(user, 'tenant', waitSeconds(tenant, options.tenantPerMinute));
      user.tokens -= 1;
      user.noticed = false;
      if (tenant) tenant.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    },
    size: () => {
      buckets.purgeStale();
      return buckets.size;
    },
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
