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

/** Model cost summed for one group (the period, a month). */
export class CostTally {
  calls = 0;
  promptTokens = 0;
  completionTokens = 0;
  eur = 0;
  byTask: Record<CostTask, number> = { question: 0, minutes: 0, check: 0 };
}

/**
 * Prices every call once (the price in force on its day, looked up once per model and day) and
 * sums per month, for the period and per model and purpose — one pass, no object per call.
 */
export function tallyCosts(entries: UsageEntry[], prices: ModelPrice[]): { total: CostTally; months: Map<string, CostTally>; rows: CostRow[] } {
  const total = new CostTally();
  const months = new Map<string, CostTally>();
  const rows = new Map<string, CostRow>();
  const priceCache = new Map<string, ModelPrice | null>();
  const taskCache = new Map<string, CostTask>();
  for (const e of entries) {
    const day = e.at.slice(0, 10);
    const priceKey = `${e.model}\u0000${day}`;
    let price = priceCache.get(priceKey);
    if (price === undefined) priceCache.set(priceKey, (price = priceFor(prices, e.model, day) ?? null));
    const eur = price ? tokenCost(price, e.promptTokens, e.completionTokens) : 0;
    let task = taskCache.get(e.purpose);
    if (!task) taskCache.set(e.purpose, (task = taskOfPurpose(e.purpose)));
    const month = day.slice(0, 7);
    let m = months.get(month);
    if (!m) months.set(month, (m = new CostTally()));
    for (const t of [total, m]) {
      t.calls++;
      t.promptTokens += e.promptTokens;
      t.completionTokens += e.completionTokens;
      t.eur += eur;
      t.byTask[task] += eur;
    }
    const rowKey = `${e.model}\u0000${e.purpose}`;
    let row = rows.get(rowKey);
    if (!row) rows.set(rowKey, (row = { model: e.model, purpose: e.purpose, calls: 0, promptTokens: 0, completionTokens: 0, eur: 0, priced: true }));
    row.calls++;
    row.promptTokens += e.promptTokens;
    row.completionTokens += e.completionTokens;
    row.eur += eur;
    row.priced &&= !!price;
  }
  const sorted = [...rows.values()].sort((a, b) => b.eur - a.eur || b.calls - a.calls || a.model.localeCompare(b.model) || a.purpose.localeCompare(b.purpose));
  return { total, months, rows: sorted };
}
