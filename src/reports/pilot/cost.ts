/**
 * Model cost from the usage records and the price table: each call priced with the price in force
 * on its day, grouped by deployment/model and purpose, and by the task it served.
 */
import type { UsageEntry } from '../../llm/usage.js';
import { priceFor, tokenCost, type ModelPrice } from './prices.js';
import type { CostRow } from './types.js';

export type CostTask = 'question' | 'minutes' | 'check';

/** Which task a model call served, from its purpose label ("minutes-summary", "check-…", else answering). */
export function taskOfPurpose(purpose: string): CostTask {
  if (purpose.startsWith('minutes')) return 'minutes';
  if (purpose.startsWith('check') || purpose.startsWith('application')) return 'check';
  return 'question';
}

export interface PricedCall {
  month: string;
  task: CostTask;
  eur: number;
  priced: boolean;
  entry: UsageEntry;
}

export function priceCall(entry: UsageEntry, prices: ModelPrice[]): PricedCall {
  const price = priceFor(prices, entry.model, entry.at.slice(0, 10));
  return { month: entry.at.slice(0, 7), task: taskOfPurpose(entry.purpose), eur: price ? tokenCost(price, entry.promptTokens, entry.completionTokens) : 0, priced: !!price, entry };
}

/** Rows per model and purpose, most expensive first. */
export function costRows(calls: PricedCall[]): CostRow[] {
  const rows = new Map<string, CostRow>();
  for (const c of calls) {
    const key = `${c.entry.model}\u0000${c.entry.purpose}`;
    const row = rows.get(key) ?? { model: c.entry.model, purpose: c.entry.purpose, calls: 0, promptTokens: 0, completionTokens: 0, eur: 0, priced: true };
    row.calls++;
    row.promptTokens += c.entry.promptTokens;
    row.completionTokens += c.entry.completionTokens;
    row.eur += c.eur;
    row.priced &&= c.priced;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.eur - a.eur || b.calls - a.calls || a.model.localeCompare(b.model) || a.purpose.localeCompare(b.purpose));
}
