/**
 * Lookup of Vorlagen by their reference ("2024/2909", "850/26 A", "VO/2025/0412", "A 17/2026").
 * The word analysis splits such references into numbers that occur everywhere (years); an exact
 * lookup finds the Vorlage and the TOPs that dealt with it. Pure.
 */
import type { Chunk } from '../knowledge/chunking.js';

/** Candidates in a question: optional letter prefix, number/number(/number), optional letter suffix. */
const REFERENCE = /(?<![\p{L}\p{N}])((?:\p{Lu}{1,4}\s?[/-]?\s?)?\d{1,5}(?:\s?\/\s?\d{1,5}){1,2}(?:\s?\p{Lu}{1,2}(?![\p{L}\p{N}]))?)/gu;

export function normalizeReference(ref: string): string {
  return ref.replace(/\s+/g, '').replace(/-/g, '/').toUpperCase();
}

/** The numeric core ("VO/2025/0412" → "2025/0412"). */
function core(normalized: string): string {
  return normalized.replace(/^\p{Lu}+\/?/u, '').replace(/\p{Lu}+$/u, '');
}

export function referencesIn(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => normalizeReference(m[1]));
}

/** Builds the lookup over the index's chunks: per document its first chunk, Vorlagen before TOPs. */
export function buildReferenceLookup(chunks: Chunk[]): (question: string) => Chunk[] {
  const exact = new Map<string, Chunk[]>();
  const byCore = new Map<string, Chunk[]>();
  const seenDoc = new Set<string>();
  for (const c of chunks) {
    const ref = c.meta?.reference;
    if (!ref || seenDoc.has(c.source)) continue;
    seenDoc.add(c.source);
    const n = normalizeReference(ref);
    for (const [map, key] of [[exact, n], [byCore, core(n)]] as const) {
      const list = map.get(key) ?? [];
      list.push(c);
      map.set(key, list);
    }
  }
  const order = (list: Chunk[]) => [...list].sort((a, b) => rank(a) - rank(b) || (b.meta?.date ?? '').localeCompare(a.meta?.date ?? ''));
  return (question) => {
    const out: Chunk[] = [];
    for (const ref of referencesIn(question)) {
      // An exact reference wins; else its variants ("850/26" finds "850/26 A" when there is no plain "850/26").
      const found = exact.get(ref) ?? byCore.get(core(ref)) ?? [];
      for (const c of order(found)) if (!out.includes(c)) out.push(c);
    }
    return out;
  };
}

function rank(c: Chunk): number {
  return c.meta?.oparl === 'Paper' ? 0 : 1;
}
