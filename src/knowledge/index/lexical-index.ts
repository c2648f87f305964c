/**
 * BM25 over German-analysed terms, built from an IndexSnapshot. Besides the BM25 score every
 * hit carries its `coverage`: the IDF-weighted share of the question's content words that the
 * chunk contains (a compound counts when the chunk has it or all of its parts, half when only
 * some parts occur). Coverage is
 * what the relevance threshold is calibrated on: a question about something the documents do
 * not mention has low coverage however high its BM25 score on common words.
 */
import { contentWords, splitCompound, stem } from '../analysis/german.js';
import type { IndexSnapshot } from './index-state.js';

export interface LexicalHit {
  /** Index into snapshot.chunks. */
  chunk: number;
  score: number;
  /** 0..1: IDF-weighted share of query concepts present in the chunk. */
  coverage: number;
}

interface Concept {
  /** Stem id of the whole word, or -1 when unknown to the index. */
  whole: number;
  /** Stem ids of its compound parts (unknown parts as -1). */
  parts: number[];
  weight: number;
}

const K1 = 1.2;
const B = 0.75;
/** Weight of a query compound's parts relative to the whole word. */
const PART_WEIGHT = 0.6;
/** Share of a compound's weight credited when only some of its parts occur ("Kundendaten" → "Daten"). */
const PARTIAL = 0.5;

export class LexicalIndex {
  private readonly stemIds = new Map<string, number>();
  private readonly surface: Set<string>;
  private readonly knownStems: Set<string>;
  private readonly postingsChunk: Int32Array[];
  private readonly postingsTf: Float32Array[];
  private readonly norm: Float32Array;
  readonly chunkCount: number;

  constructor(private readonly snapshot: IndexSnapshot) {
    snapshot.stems.forEach((s, i) => this.stemIds.set(s, i));
    this.surface = new Set(snapshot.terms);
    this.knownStems = new Set(snapshot.stems);
    const n = snapshot.chunks.length;
    this.chunkCount = n;
    const stemCount = snapshot.stems.length;
    // Two passes over the chunks (count postings per stem, then fill typed arrays), summing
    // term counts per stem in a scratch array: no per-chunk Map, so loading stays fast.
    const df = new Int32Array(stemCount);
    const scratch = new Float64Array(stemCount);
    // Expansions flattened into typed arrays (offset/length per term) for tight loops.
    const expStart = new Int32Array(snapshot.expansions.length + 1);
    snapshot.expansions.forEach((e, t) => (expStart[t + 1] = expStart[t] + e.length));
    const expStems = new Int32Array(expStart[snapshot.expansions.length]);
    snapshot.expansions.forEach((e, t) => expStems.set(e, expStart[t]));
    const touched = new Int32Array(stemCount);
    let touchedCount = 0;
    const accumulate = (c: number) => {
      touchedCount = 0;
      const flat = snapshot.chunkTerms[c];
      for (let i = 0; i < flat.length; i += 2) {
        const term = flat[i];
        const tf = flat[i + 1];
        for (let k = expStart[term]; k < expStart[term + 1]; k++) {
          const s = expStems[k];
          if (scratch[s] === 0) touched[touchedCount++] = s;
          scratch[s] += tf;
        }
      }
    };
    for (let c = 0; c < n; c++) {
      accumulate(c);
      for (let k = 0; k < touchedCount; k++) {
        df[touched[k]]++;
        scratch[touched[k]] = 0;
      }
    }
    this.postingsChunk = Array.from(df, (d) => new Int32Array(d));
    this.postingsTf = Array.from(df, (d) => new Float32Array(d));
    const fill = new Int32Array(stemCount);
    for (let c = 0; c < n; c++) {
      accumulate(c);
      for (let k = 0; k < touchedCount; k++) {
        const s = touched[k];
        this.postingsChunk[s][fill[s]] = c;
        this.postingsTf[s][fill[s]] = scratch[s];
        fill[s]++;
        scratch[s] = 0;
      }
    }
    const avg = n ? snapshot.lengths.reduce((a, b) => a + b, 0) / n : 1;
    this.norm = Float32Array.from(snapshot.lengths, (len) => K1 * (1 - B + (B * len) / (avg || 1)));
  }

  private idf(stemId: number): number {
    const df = stemId >= 0 ? this.postingsChunk[stemId].length : 0;
    return Math.log(1 + (this.chunkCount - df + 0.5) / (df + 0.5));
  }

  private stemIdOf(word: string): number {
    return this.stemIds.get(stem(word)) ?? -1;
  }

  /** Query words → concepts (a word with its compound parts). */
  analyzeQuery(text: string): Concept[] {
    const vocabulary = { has: (w: string) => this.surface.has(w), hasInflected: (w: string) => this.knownStems.has(stem(w)) };
    const seen = new Set<string>();
    const concepts: Concept[] = [];
    for (const word of contentWords(text)) {
      if (seen.has(word)) continue;
      seen.add(word);
      const whole = this.stemIdOf(word);
      const parts = splitCompound(word, vocabulary).map((p) => this.stemIdOf(p));
      const known = whole >= 0 ? [whole] : parts.filter((p) => p >= 0);
      const weight = whole >= 0 || parts.length === 0 || parts.some((p) => p < 0) ? this.idf(whole) : Math.max(...known.map((p) => this.idf(p)));
      concepts.push({ whole, parts, weight });
    }
    return concepts;
  }

  search(text: string, top: number): LexicalHit[] {
    const concepts = this.analyzeQuery(text);
    if (!concepts.length || !this.chunkCount) return [];
    const queryWeights = new Map<number, number>();
    for (const c of concepts) {
      if (c.whole >= 0) queryWeights.set(c.whole, Math.max(queryWeights.get(c.whole) ?? 0, 1));
      for (const p of c.parts) if (p >= 0 && p !== c.whole) queryWeights.set(p, Math.max(queryWeights.get(p) ?? 0, PART_WEIGHT));
    }
    const scores = new Float64Array(this.chunkCount);
    const touched: number[] = [];
    for (const [s, qw] of queryWeights) {
      const idf = this.idf(s) * qw;
      const chunks = this.postingsChunk[s];
      const tfs = this.postingsTf[s];
      for (let i = 0; i < chunks.length; i++) {
        const c = chunks[i];
        if (scores[c] === 0) touched.push(c);
        const tf = tfs[i];
        scores[c] += (idf * tf * (K1 + 1)) / (tf + this.norm[c]);
      }
    }
    touched.sort((a, b) => scores[b] - scores[a] || a - b);
    const totalWeight = concepts.reduce((a, c) => a + c.weight, 0) || 1;
    return touched.slice(0, top).map((c) => ({ chunk: c, score: scores[c], coverage: this.coverage(c, concepts) / totalWeight }));
  }

  /** Coverage of chunks for one query (used for vector-only hits in hybrid search); analyses the query once. */
  coverageFor(text: string): (chunk: number) => number {
    const concepts = this.analyzeQuery(text);
    const total = concepts.reduce((a, c) => a + c.weight, 0);
    return (chunk) => (total ? this.coverage(chunk, concepts) / total : 0);
  }

  private coverage(chunk: number, concepts: Concept[]): number {
    let matched = 0;
    for (const c of concepts) {
      const whole = c.whole >= 0 && this.has(c.whole, chunk);
      const parts = c.parts.length > 0 && c.parts.every((p) => p >= 0 && this.has(p, chunk));
      if (whole || parts) matched += c.weight;
      else if (c.parts.length > 1) {
        const present = c.parts.filter((p) => p >= 0 && this.has(p, chunk)).length;
        matched += c.weight * PARTIAL * (present / c.parts.length);
      }
    }
    return matched;
  }

  private has(stemId: number, chunk: number): boolean {
    const arr = this.postingsChunk[stemId];
    let lo = 0;
    let hi = arr.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid] === chunk) return true;
      if (arr[mid] < chunk) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
