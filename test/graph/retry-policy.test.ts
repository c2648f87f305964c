import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, parseRetryAfterMs, retryDelayMs } from '../../src/graph/retry-policy.js';

describe('retry policy', () => {
  it('honours Retry-After in seconds as a floor and only adds jitter on top', () => {
    for (const r of [0, 0.5, 0.999]) {
      const d = retryDelayMs(0, '3', DEFAULT_RETRY_POLICY, () => r)!;
      expect(d).toBeGreaterThanOrEqual(3000);
      expect(d).toBeLessThanOrEqual(3000 * (1 + DEFAULT_RETRY_POLICY.jitterRatio));
    }
  });

  it('reads Retry-After as an HTTP date', () => {
    const now = Date.parse('2026-11-21T20:00:00Z');
    expect(parseRetryAfterMs('Sat, 21 Nov 2026 20:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfterMs('nonsense', now)).toBeUndefined();
  });

  it('backs off exponentially without Retry-After and stops after maxRetries', () => {
    const p = { ...DEFAULT_RETRY_POLICY, jitterRatio: 0 };
    expect([0, 1, 2, 3].map((a) => retryDelayMs(a, null, p))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(p.maxRetries, '1', p)).toBeUndefined();
  });

  it('gives up instead of waiting longer than maxDelayMs', () => {
    expect(retryDelayMs(0, '120', DEFAULT_RETRY_POLICY)).toBeUndefined();
  });
});
