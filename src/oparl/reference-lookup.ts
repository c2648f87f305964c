/**
 * Lookup of Vorlagen by their reference ("2024/2909", "850/26 A", "VO/2025/0412", "A 17/2026").
 * The word analysis splits such references into numbers that occur everywhere (years); an exact
 * lookup finds the Vorlage and the TOPs that dealt with it. Pure.
 */
import type { Chunk } from '../knowledge/chunking.js';
import type { RetrievalHit } from '../knowledge/retriever.js';
import { asksAgenda, type CouncilReading } from './council-question.js';
import { judgeRisHits, readRisQuestion } from './ris-answer-rules.js';
import type { RisFacts } from './ris-facts.js';

/** Candidates in a question: optional letter prefix, number/number(/number), optional letter suffix. */
const REFERENCE = /(?<![\p{L}\p{N}])((?:\p{Lu}{1,4}\s?[/-]?\s?)?\d{1,5}(?:\s?\/\s?\d{1,5}){1,2}(?:\s?\p{Lu}{1,2}(?![\p{L}\p{N}]))?)/gu;

export function normalizeReference(ref: string): string {
  return ref.replace(/\s+/g, '').replace(/-/g, '/').toUpperCase();
}

/** The numeric core ("VO/2025/0412" → "2025/0412"). */
function core(normalized: string): string {
  return normalized.replace(/^\p{Lu}+\/?/u, '').replace(/\p{Lu}+$/u, '');
}

/** "2024/2025", "2025/26": a span of years (Winterdienst 2024/2025), not a Drucksache. */
function isYearSpan(normalized: string): boolean {
  const m = /^(\d{4})\/(\d{2}|\d{4})$/.exec(normalized);
  if (!m) return false;
  const first = Number(m[1]);
  return m[2].length === 4 ? Number(m[2]) === first + 1 : Number(m[2]) === (first + 1) % 100;
}

export function referencesIn(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => normalizeReference(m[1])).filter((r) => !isYearSpan(r));
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

/**
 * A question that names a Gremium and a day is about that Sitzung: its page (the Tagesordnung with
 * every TOP, the Niederschrift) comes first for its agenda, else right after the best single TOP.
 */
function liftMeetingPage(question: string, hits: RetrievalHit[], reading: CouncilReading | undefined, facts: RisFacts): RetrievalHit[] {
  if (reading?.kind !== 'meeting') return hits;
  const pages = new Set(reading.meetings.flatMap((m) => [m.id, ...(m.web ? [m.web] : [])]));
  const isPage = (c: Chunk) => c.meta?.oparl === 'Meeting' && pages.has(c.meta.web ?? c.source);
  let at = hits.findIndex((h) => isPage(h.chunk));
  let all = hits;
  if (at < 0) {
    // Not among the ranked candidates (its TOPs matched more words): the Sitzung's page joins them.
    const chunk = reading.meetings.map((m) => facts.pageChunk(m.web ?? m.id)).find((c): c is Chunk => !!c && isPage(c));
    if (!chunk) return hits;
    const coverage = Math.max(0, ...hits.filter((h) => h.chunk.meta?.meeting && pages.has(h.chunk.meta.meeting)).map((h) => h.coverage));
    all = [...hits, { chunk, score: 0, coverage, relevant: true }];
    at = all.length - 1;
  }
  const to = asksAgenda(question) ? 0 : 1;
  if (at <= to) return all;
  const rest = all.filter((_, i) => i !== at);
  return [...rest.slice(0, to), all[at], ...rest.slice(to)];
}

function rank(c: Chunk): number {
  return c.meta?.oparl === 'Paper' ? 0 : 1;
}

/**
 * The RIS's adjustment of the shared ranking:
 * - a Vorlage named by its reference, and the TOPs that dealt with it, come first (per document its
 *   best-ranked chunk for this question, else its first one);
 * - a question that names a reference the RIS does not have is about a Drucksache that does not
 *   exist: the other hits only share words with it and answer nothing (they stay listed, not relevant);
 * - with the RIS's facts, the classes of ris-answer-rules.ts (no such meeting, another meeting, a
 *   meeting not held, the non-public part, a year or subject the page does not name) answer nothing;
 *   where the facts are certain (no such meeting, no result yet, the non-public part) the hits are left out;
 * - a non-public TOP carries no content, so its passage never counts as an answer;
 * - one passage per RIS page comes first, further passages of the same page after them.
 */
export function rerankRisHits(question: string, ranked: RetrievalHit[], facts: RisFacts | ((q: string) => Chunk[])): RetrievalHit[] {
  const lookup = typeof facts === 'function' ? facts : facts.lookup;
  const named = referencesIn(question);
  const exact = lookup(question);
  const best = ranked.reduce((m, h) => Math.max(m, h.score), 0);
  const first = exact.map((c, i): RetrievalHit => {
    const hit = ranked.find((h) => h.chunk.source === c.source) ?? { chunk: c, score: 0, coverage: 1, relevant: true };
    // Scores above the best ranked one keep the lookup first (sources rank by score).
    return { ...hit, score: best + exact.length - i, relevant: true };
  });
  const seen = new Set(first.map((h) => h.chunk.id));
  const rest = ranked.filter((h) => !seen.has(h.chunk.id)).map((h) => (named.length && !exact.length ? { ...h, relevant: false } : h));
  // One passage per RIS page first (a person opens pages), further passages of a page after them;
  // scores are re-stamped so the order holds wherever the list is sorted by score.
  const pageOf = (h: RetrievalHit) => h.chunk.meta?.web ?? h.chunk.source;
  const pages = new Set<string>();
  const lead: RetrievalHit[] = [];
  const tail: RetrievalHit[] = [];
  for (const h of [...first, ...rest]) (pages.has(pageOf(h)) ? tail : (pages.add(pageOf(h)), lead)).push(h);
  const risFacts = typeof facts === 'function' ? undefined : facts;
  const reading = risFacts ? readRisQuestion(question, risFacts) : undefined;
  const lifted = risFacts ? liftMeetingPage(question, [...lead, ...tail], reading, risFacts) : [...lead, ...tail];
  const judged = risFacts ? judgeRisHits(question, lifted, risFacts, seen, reading) : undefined;
  const kept = judged?.certain ? lifted.filter((h) => seen.has(h.chunk.id)) : lifted;
  const ordered = kept.map((h) => (judged?.notAnswers.has(h.chunk.id) ? { ...h, relevant: false } : h));
  // When a non-public TOP is what the question is about (it ranks first and matches at least as much
  // of the question as any public passage that may answer), the RIS holds nothing that answers it:
  // the public passages of the same Sitzung only share its Gremium and date.
  const top = ordered[0];
  const aboutNonPublic = !exact.length && !asksAgenda(question) && top?.chunk.meta?.nonPublic === 'true' && ordered.every((h) => h.chunk.meta?.nonPublic === 'true' || !h.relevant || h.coverage <= top.coverage);
  return ordered.map((h, i) => ({ ...h, score: ordered.length - i + best, ...(h.chunk.meta?.nonPublic === 'true' || aboutNonPublic ? { relevant: false } : {}) }));
}
