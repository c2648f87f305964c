/** A short excerpt of a passage around the first word of the question it contains. Pure. */
import { contentWords, stem } from './analysis/german.js';

export function makeSnippet(text: string, query: string, maxChars = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const wanted = new Set(contentWords(query).map(stem));
  // A word matches when it has a wanted stem or contains one (compounds: "Reisekostenabrechnung").
  const matches = (word: string) => wanted.has(stem(word)) || [...wanted].some((w) => w.length >= 5 && word.includes(w));
  let start = 0;
  for (const m of flat.matchAll(/[\p{L}\p{N}]+/gu)) {
    const words = contentWords(m[0]);
    if (words.length && matches(words[0])) {
      start = m.index ?? 0;
      break;
    }
  }
  // Begin at the sentence holding the match, unless that would push the match out of view.
  const dot = flat.lastIndexOf('. ', start);
  const sentenceStart = dot < 0 ? 0 : dot + 2;
  if (start - sentenceStart < maxChars / 2) start = sentenceStart;
  else start = Math.max(0, flat.lastIndexOf(' ', start - 40) + 1);
  if (start + maxChars > flat.length) start = Math.max(0, flat.length - maxChars);
  let end = Math.min(flat.length, start + maxChars);
  if (end < flat.length) {
    const cut = flat.lastIndexOf(' ', end);
    if (cut > start + maxChars / 2) end = cut;
  }
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end).trim()}${end < flat.length ? ' …' : ''}`;
}
