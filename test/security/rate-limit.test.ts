import { describe, expect, it } from 'vitest';
import { createRateLimiter, rateLimitMessage } from '../../src/security/rate-limit.js';

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('rate limiter', () => {
  it('lets a burst up to the per-minute allowance through, then refuses with a retry time', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 5, tenantPerMinute: 100, now: c.now });
    const results = Array.from({ length: 6 }, () => limiter.check({ userId: 'anna', tenantId: 'krefeld' }));
    expect(results.slice(0, 5).every((r) => r.allowed)).toBe(true);
    expect(results[5]).toEqual({ allowed: false, retryAfterSeconds: 12, limitedBy: 'user', notify: true });
  });

  it('refills continuously: one request per 12 s at 5 per minute', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 5, tenantPerMinute: 100, now: c.now });
    for (let i = 0; i < 5; i++) limiter.check({ userId: 'anna' });
    c.advance(11_000);
    const early = limiter.check({ userId: 'anna' });
    expect(early.allowed).toBe(false);
    expect(early.retryAfterSeconds).toBe(1);
    c.advance(1_000);
    expect(limiter.check({ userId: 'anna' }).allowed).toBe(true);
    expect(limiter.check({ userId: 'anna' }).allowed).toBe(false);
  });

  it('keeps users apart', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 2, tenantPerMinute: 100, now: c.now });
    limiter.check({ userId: 'anna', tenantId: 't' });
    limiter.check({ userId: 'anna', tenantId: 't' });
    expect(limiter.check({ userId: 'anna', tenantId: 't' }).allowed).toBe(false);
    expect(limiter.check({ userId: 'bernd', tenantId: 't' }).allowed).toBe(true);
  });

  it('limits a tenant across its users, and a refused user does not use up the tenant allowance', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 3, tenantPerMinute: 5, now: c.now });
    for (let i = 0; i < 3; i++) expect(limiter.check({ userId: 'anna', tenantId: 'lev' }).allowed).toBe(true);
    for (let i = 0; i < 10; i++) expect(limiter.check({ userId: 'anna', tenantId: 'lev' }).limitedBy).toBe('user');
    expect(limiter.check({ userId: 'bernd', tenantId: 'lev' }).allowed).toBe(true);
    expect(limiter.check({ userId: 'carla', tenantId: 'lev' }).allowed).toBe(true);
    const refused = limiter.check({ userId: 'dora', tenantId: 'lev' });
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 12, limitedBy: 'tenant', notify: true });
    expect(limiter.check({ userId: 'dora', tenantId: 'krefeld' }).allowed).toBe(true);
  });

  it('keeps memory bounded: idle buckets are dropped, and the map never grows past its bound for long', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 10, tenantPerMinute: 1000, now: c.now, maxBuckets: 100 });
    for (let i = 0; i < 5000; i++) {
      limiter.check({ userId: `u${i}` });
      expect(limiter.size()).toBeLessThanOrEqual(101);
      c.advance(10);
    }
    c.advance(61_000);
    limiter.check({ userId: 'late' });
    expect(limiter.size()).toBe(1);
  });

  it('does not reset a busy user by eviction while under the bound', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 2, tenantPerMinute: 1000, now: c.now, maxBuckets: 10_000 });
    limiter.check({ userId: 'anna' });
    limiter.check({ userId: 'anna' });
    for (let i = 0; i < 2000; i++) limiter.check({ userId: `other${i}` });
    expect(limiter.check({ userId: 'anna' }).allowed).toBe(false);
  });

  it('asks for one notice per refusal window: the first refusal notifies, the rest of the flood stays silent until a request passes', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 20, tenantPerMinute: 1000, now: c.now });
    const flood = Array.from({ length: 200 }, () => limiter.check({ userId: 'anna', tenantId: 'krefeld' }));
    expect(flood.filter((d) => d.allowed)).toHaveLength(20);
    expect(flood.filter((d) => !d.allowed && d.notify)).toHaveLength(1);
    c.advance(3_000);
    expect(limiter.check({ userId: 'anna', tenantId: 'krefeld' }).allowed).toBe(true);
    // A new window after a request passed: one notice again, and another user is told on their own.
    const next = Array.from({ length: 5 }, () => limiter.check({ userId: 'anna', tenantId: 'krefeld' }));
    expect(next.filter((d) => d.notify)).toHaveLength(1);
    expect(limiter.check({ userId: 'bernd', tenantId: 'krefeld' }).allowed).toBe(true);
  });

  it('words refusals politely in German and English', () => {
    expect(rateLimitMessage({ allowed: false, retryAfterSeconds: 12, limitedBy: 'user' })).toBe(
      'Sie haben in kurzer Zeit sehr viele Anfragen gestellt. Bitte versuchen Sie es in 12 Sekunden noch einmal.',
    );
    expect(rateLimitMessage({ allowed: false, retryAfterSeconds: 3, limitedBy: 'tenant' }, 'en')).toContain('your organisation');
  });
});
