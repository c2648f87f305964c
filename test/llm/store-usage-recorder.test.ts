import { describe, expect, it } from 'vitest';
import { createStoreUsageRecorder, readUsage, summariseUsage, USAGE_PREFIX } from '../../src/llm/store-usage-recorder.js';
import type { UsageEntry } from '../../src/llm/usage.js';
import { createLogger } from '../../src/core/logger.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { Writable } from 'node:stream';

const entry = (at: string, purpose: string, status: UsageEntry['status'] = 'success'): UsageEntry => ({
  at, purpose, model: 'gpt-4o-mini', provider: 'azure-openai', promptTokens: 100, completionTokens: 20, ms: 800, attempts: 1, status,
});

describe('store usage recorder', () => {
  it('stores every call and reads a day range back for the pilot report', async () => {
    const store = createMemoryStore();
    const recorder = createStoreUsageRecorder(store, { windowMs: 5 });
    await recorder.record(entry('2026-11-20T23:59:59.000Z', 'answer'));
    await recorder.record(entry('2026-11-21T08:00:00.000Z', 'answer'));
    await recorder.record(entry('2026-11-21T08:00:00.000Z', 'answer', 'rate_limited'));
    await recorder.record(entry('2026-11-21T09:00:00.000Z', 'condense-question'));
    await recorder.record(entry('2026-11-22T09:00:00.000Z', 'answer'));
    const day = await readUsage(store, '2026-11-21', '2026-11-21');
    expect(day).toHaveLength(3);
    const summary = summariseUsage(day);
    expect(summary).toMatchObject({ calls: 3, promptTokens: 300, completionTokens: 60, byStatus: { success: 2, rate_limited: 1 } });
    expect(summary.byPurpose.answer.calls).toBe(2);
  });

  it('stores the calls of one window as one record per day, and counts every call exactly', async () => {
    const store = createMemoryStore();
    const recorder = createStoreUsageRecorder(store, { windowMs: 20 });
    // 250 model calls at once, across midnight, as under load.
    const calls = Array.from({ length: 250 }, (_, i) => entry(i < 100 ? `2026-11-20T23:59:59.${String(i).padStart(3, '0')}Z` : '2026-11-21T00:00:01.000Z', i % 5 ? 'answer' : 'condense-question'));
    await Promise.all(calls.map((c) => recorder.record(c)));
    const keys = await store.list(USAGE_PREFIX);
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(keys.filter((k) => k.startsWith(`${USAGE_PREFIX}2026-11-20/`)).length).toBeGreaterThan(0);
    expect(await readUsage(store, '2026-11-20', '2026-11-20')).toHaveLength(100);
    expect(await readUsage(store, '2026-11-21', '2026-11-21')).toHaveLength(150);
    expect(summariseUsage(await readUsage(store, '2026-11-20', '2026-11-21')).byPurpose['condense-question'].calls).toBe(50);
  });

  it('reads records written one call per record (before group commit) together with batched ones', async () => {
    const store = createMemoryStore();
    await store.put(`${USAGE_PREFIX}2026-11-21/080000000-aaaaaaaa`, entry('2026-11-21T08:00:00.000Z', 'answer'));
    await createStoreUsageRecorder(store, { windowMs: 1 }).record(entry('2026-11-21T09:00:00.000Z', 'answer'));
    expect((await readUsage(store, '2026-11-21', '2026-11-21')).map((e) => e.at)).toEqual(['2026-11-21T08:00:00.000Z', '2026-11-21T09:00:00.000Z']);
  });

  it('flush stores what is queued at once (shutdown), without waiting for the window', async () => {
    const store = createMemoryStore();
    const recorder = createStoreUsageRecorder(store, { windowMs: 60_000 });
    const queued = [recorder.record(entry('2026-11-21T08:00:00.000Z', 'answer')), recorder.record(entry('2026-11-21T08:00:01.000Z', 'answer'))];
    expect(await readUsage(store, '2026-11-21', '2026-11-21')).toHaveLength(0);
    await recorder.flush();
    expect(await readUsage(store, '2026-11-21', '2026-11-21')).toHaveLength(2);
    await Promise.all(queued);
  });

  it('a failing store does not throw into the turn, and the lost calls are logged', async () => {
    const store = createMemoryStore();
    store.put = async () => {
      throw new Error('disk full');
    };
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => done(void lines.push(...String(chunk).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>))) });
    const recorder = createStoreUsageRecorder(store, { windowMs: 1, logger: createLogger('warn', stream) });
    await expect(Promise.all([recorder.record(entry('2026-11-21T08:00:00.000Z', 'answer')), recorder.record(entry('2026-11-21T08:00:00.000Z', 'answer'))])).resolves.toEqual([undefined, undefined]);
    expect(lines.some((l) => l.msg === 'usage records not stored' && l.calls === 2)).toBe(true);
  });
});
