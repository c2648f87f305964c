import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/audit/audit-event.js';
import type { UsageEntry } from '../../src/llm/usage.js';
import { buildUsageReport, formatUsageReport } from '../../src/reports/usage-report.js';

const event = (userId: string, capability: AuditEvent['capability'], outcome: AuditEvent['outcome'], durationMs?: number): AuditEvent =>
  ({ at: '2026-11-20T10:00:00.000Z', userId, capability, outcome, sources: [], ...(durationMs !== undefined ? { durationMs } : {}) }) as AuditEvent;

const call = (purpose: string, promptTokens: number, completionTokens: number): UsageEntry =>
  ({ at: '2026-11-20T10:00:00.000Z', purpose, model: 'gpt', provider: 'azure-openai', promptTokens, completionTokens, ms: 900, attempts: 1, status: 'success' }) as UsageEntry;

describe('usage report', () => {
  it('counts requests per capability and outcome, distinct people, median duration and tokens per purpose', () => {
    const report = buildUsageReport(
      [event('a', 'ask', 'answered', 100), event('a', 'ask', 'noResults', 300), event('b', 'ask', 'answered', 200), event('c', 'minutes', 'completed', 40_000)],
      [call('answer', 1000, 200), call('answer', 500, 100), call('minutes-summary', 3000, 400)],
      { from: '2026-11-01', to: '2026-11-30' },
    );
    expect(report.requests).toBe(4);
    expect(report.users).toBe(3);
    expect(report.byCapability.ask).toEqual({ requests: 3, byOutcome: { answered: 2, noResults: 1 }, medianMs: 200 });
    expect(report.model.byPurpose.answer).toEqual({ calls: 2, promptTokens: 1500, completionTokens: 300 });
    const text = formatUsageReport(report);
    expect(text).toContain('Anfragen: 4 von 3 Personen');
    expect(text).toContain('Niederschriften: 1');
    expect(text).toContain('Tokens: 4500 gesendet, 700 erzeugt');
  });
});
