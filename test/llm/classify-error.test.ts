import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIError } from 'openai';
import { classifyModelError, parseRetryAfter } from '../../src/llm/classify-error.js';

describe('parseRetryAfter', () => {
  it('reads seconds, fractions, retry-after-ms and HTTP dates', () => {
    expect(parseRetryAfter({ 'retry-after': '3' })).toBe(3000);
    expect(parseRetryAfter({ 'retry-after': '0.5' })).toBe(500);
    expect(parseRetryAfter({ 'retry-after-ms': '1200', 'retry-after': '9' })).toBe(1200);
    const now = Date.parse('2026-11-21T10:00:00Z');
    expect(parseRetryAfter({ 'Retry-After': 'Sat, 21 Nov 2026 10:00:07 GMT' }, now)).toBe(7000);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter({ 'retry-after': 'bald' })).toBeUndefined();
  });
});

describe('classifyModelError', () => {
  it('maps statuses to outcomes', () => {
    expect(classifyModelError(APIError.generate(429, { error: {} }, 'x', { 'retry-after': '2' }), false)).toMatchObject({ status: 'rate_limited', retryable: true, retryAfterMs: 2000 });
    expect(classifyModelError(APIError.generate(400, { error: { code: 'content_filter' } }, 'x', {}), false)).toMatchObject({ status: 'content_filter', retryable: false });
    expect(classifyModelError(APIError.generate(400, { error: { code: 'bad', innererror: { code: 'ResponsibleAIPolicyViolation' } } }, 'x', {}), false).status).toBe('content_filter');
    expect(classifyModelError(APIError.generate(400, { error: { code: 'context_length_exceeded' } }, 'x', {}), false)).toMatchObject({ status: 'error', retryable: false });
    expect(classifyModelError(APIError.generate(502, { error: {} }, 'x', {}), false)).toMatchObject({ status: 'unavailable', retryable: true });
    expect(classifyModelError(new APIConnectionError({ message: 'refused' }), false)).toMatchObject({ status: 'unavailable', retryable: true });
    expect(classifyModelError(new Error('whatever'), true).status).toBe('timeout');
  });
});
