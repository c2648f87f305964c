import { describe, expect, it } from 'vitest';
import { createStoreUsageRecorder, readUsage, summariseUsage } from '../../src/llm/store-usage-recorder.js';
import type { UsageEntry } from '../../src/llm/usage.js';
import { createMemoryStore } from '../fakes/memory-store.js';

const entry = (at: string, purpose: string, status: UsageEntry['status'] = 'success'): UsageEntry => ({
  at, purpose, model: 'gpt-4o-mini', provider: 'azure-openai', promptTokens: 100, completionTokens: 20, ms: 800, attempts: 1, status,
});

describe('store usage recorder', () => {
  it('stores every call and reads a day range back for the pilot report', async () => {
    const store = createMemoryStore();
    const recorder = createStoreUsageRecorder(store);
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

  it('a failing store does not throw into the turn', async () => {
    const store = createMemoryStore();
    store.put = async () => {
      throw new Error('disk full');
    };
    await expect(createStoreUsageRecorder(store).record(entry('2026-11-21T08:00:00.000Z', 'answer'))).resolves.toBeUndefined();
  });
});
