/**
 * The usage report for admins and the pilot evaluation: requests per capability and outcome from
 * the audit log, model calls and tokens per purpose from the usage records. Ids only, no content.
 */
import type { AuditEvent } from '../audit/audit-event.js';
import type { UsageEntry } from '../llm/usage.js';
import { summariseUsage, type UsageSummary } from '../llm/store-usage-recorder.js';

export interface UsageReport {
  from: string;
  to: string;
  requests: number;
  users: number;
  byCapability: Record<string, { requests: number; byOutcome: Record<string, number>; medianMs?: number }>;
  model: UsageSummary;
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function buildUsageReport(events: AuditEvent[], modelCalls: UsageEntry[], period: { from: string; to: string }): UsageReport {
  const byCapability: UsageReport['byCapability'] = {};
  const durations: Record<string, number[]> = {};
  for (const e of events) {
    const c = (byCapability[e.capability] ??= { requests: 0, byOutcome: {} });
    c.requests++;
    c.byOutcome[e.outcome] = (c.byOutcome[e.outcome] ?? 0) + 1;
    if (e.durationMs !== undefined) (durations[e.capability] ??= []).push(e.durationMs);
  }
  for (const [capability, values] of Object.entries(durations)) byCapability[capability].medianMs = median(values);
  return { ...period, requests: events.length, users: new Set(events.map((e) => e.userId)).size, byCapability, model: summariseUsage(modelCalls) };
}

const CAPABILITY_NAMES: Record<string, string> = { ask: 'Fragen', search: 'Suchen', minutes: 'Niederschriften', admin: 'Verwaltung', feedback: 'Rückmeldungen' };

/** German plain-text rendering for chat and CLI. */
export function formatUsageReport(report: UsageReport): string {
  const lines = [`Nutzungsbericht ${report.from} bis ${report.to}`, '', `Anfragen: ${report.requests} von ${report.users} Personen`];
  for (const [capability, c] of Object.entries(report.byCapability)) {
    const outcomes = Object.entries(c.byOutcome)
      .map(([o, n]) => `${o} ${n}`)
      .join(', ');
    lines.push(`- ${CAPABILITY_NAMES[capability] ?? capability}: ${c.requests} (${outcomes})${c.medianMs !== undefined ? `, Median ${c.medianMs} ms` : ''}`);
  }
  lines.push('', `Modellaufrufe: ${report.model.calls}, Tokens: ${report.model.promptTokens} gesendet, ${report.model.completionTokens} erzeugt`);
  for (const [purpose, p] of Object.entries(report.model.byPurpose)) lines.push(`- ${purpose}: ${p.calls} Aufrufe, ${p.promptTokens + p.completionTokens} Tokens`);
  return lines.join('\n');
}
