/**
 * Query terms and a small lexical scorer for passages fetched live from Graph (SharePoint files,
 * mails). These passages are not in the local index, so they are ranked here against the
 * question with the same German analysis as the local index (normalisation, stop words, Snowball
 * stems from knowledge/analysis), each query term counted once per passage with a log-damped
 * frequency. Pure; the sources take the scorer as a dependency, so it can be replaced.
 */
import { createRequire } from 'node:module';
import { isStopWord, stem, tokenize } from '../analysis/german.js';

// stopwords-iso is a JSON file without type declarations.
const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

const STOP = new Set([...stopwordsIso.de, ...stopwordsIso.en, 'bitte', 'gilt', 'gelten', 'please'].map((w) => w.toLowerCase()));
const EN_STOP = new Set(stopwordsIso.en);

/** Scores passages (title + section + text) against a question; higher is better, 0 = unrelated. */
export type PassageScorer = (question: string, passages: { title: string; sectionPath: string[]; text: string }[]) => number[];

/** Content words of a text in their written form (stop words and one-letter words dropped). */
export function keywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (lower.length < 2 || STOP.has(lower) || seen.has(lower)) continue;
    seen.add(lower);
    out.push(word);
  }
  return out;
}

function stemsOf(text: string): string[] {
  return tokenize(text)
    .filter((w) => !isStopWord(w) && !EN_STOP.has(w))
    .map(stem);
}

/** Default scorer: per query stem, 1 + ln(tf) when present (title hits count double); 0 when none match. */
export const scorePassagesLexically: PassageScorer = (question, passages) => {
  const queryStems = [...new Set(stemsOf(question))];
  return passages.map((p) => {
    const counts = new Map<string, number>();
    for (const s of stemsOf(p.text)) counts.set(s, (counts.get(s) ?? 0) + 1);
    const titleStems = new Set(stemsOf(`${p.title} ${p.sectionPath.join(' ')}`));
    let score = 0;
    for (const q of queryStems) {
      const tf = counts.get(q) ?? 0;
      if (tf > 0) score += 1 + Math.log(tf);
      if (titleStems.has(q)) score += 1;
    }
    return score;
  });
};

/**
 * A KQL query for Outlook/Microsoft Search from a natural question: its content words joined by
 * OR (KQL's implicit AND would demand every word of the question). Quotes cannot occur, since
 * keywords only keep letters, digits and inner hyphens.
 */
export function buildKqlQuery(question: string, maxTerms = 8): string {
  return keywords(question).slice(0, maxTerms).join(' OR ');
}
