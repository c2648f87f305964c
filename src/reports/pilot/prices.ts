/**
 * The price table of the pilot report (MODEL_PRICES): EUR per million input and output tokens per
 * deployment or model name, each entry valid from a day on, so a price change in the pilot is
 * priced correctly on both sides of it.
 *
 * Format: entries separated by ";" — `<deployment or model>=<EUR in>/<EUR out>[@YYYY-MM-DD]`, e.g.
 * `chat=0.15/0.60;embedding=0.02/0;chat=0.13/0.52@2026-11-15`. An entry without a date applies
 * from the beginning.
 */
export interface ModelPrice {
  /** Deployment or model name, compared case-insensitively with the usage record's model. */
  model: string;
  /** EUR per million input (prompt) tokens. */
  inputEurPerMillion: number;
  /** EUR per million output (completion) tokens. */
  outputEurPerMillion: number;
  /** First day (UTC, YYYY-MM-DD) the price applies; '' = from the beginning. */
  validFrom: string;
}

const ENTRY = /^([A-Za-z0-9._:/-]{1,100})\s*=\s*(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)\s*(?:@\s*(\d{4}-\d{2}-\d{2}))?$/;
const num = (s: string) => Number(s.replace(',', '.'));

/** Parses MODEL_PRICES; returns the German reason for the first bad entry instead of throwing. */
export function parseModelPrices(text: string): { prices: ModelPrice[] } | { error: string } {
  const prices: ModelPrice[] = [];
  for (const raw of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = ENTRY.exec(raw);
    if (!m || (m[4] && Number.isNaN(Date.parse(`${m[4]}T00:00:00Z`)))) {
      return { error: `Eintrag „${raw.slice(0, 60)}“ hat nicht die Form Modell=EUR-Eingabe/EUR-Ausgabe[@JJJJ-MM-TT], z. B. chat=0.15/0.60@2026-10-01` };
    }
    prices.push({ model: m[1], inputEurPerMillion: num(m[2]), outputEurPerMillion: num(m[3]), validFrom: m[4] ?? '' });
  }
  return { prices };
}

/** The price in force for a model on a day: the entry with the latest validFrom not after the day. */
export function priceFor(prices: ModelPrice[], model: string, day: string): ModelPrice | undefined {
  const name = model.toLowerCase();
  let best: ModelPrice | undefined;
  for (const p of prices) {
    if (p.model.toLowerCase() !== name || p.validFrom > day) continue;
    if (!best || p.validFrom >= best.validFrom) best = p;
  }
  return best;
}

/** EUR for a number of tokens at a price. */
export function tokenCost(price: ModelPrice, promptTokens: number, completionTokens: number): number {
  return (promptTokens * price.inputEurPerMillion + completionTokens * price.outputEurPerMillion) / 1_000_000;
}
