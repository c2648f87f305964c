/**
 * Reads a narrowing of the sources from the question itself — "nur in meinen Mails",
 * "nur SharePoint", "only in my mail", "nur lokal" — and returns the chosen sources with the
 * phrase removed from the question. Pure. A "nur" without a source word ("nur bis 5.000 Euro")
 * is left alone.
 */
import { SOURCE_IDS, SOURCE_REGISTRY } from '../source-registry.js';
import type { SourceId } from '../types.js';

export interface SourceNarrowing {
  /** The sources to search; undefined = all that are available. */
  sources?: SourceId[];
  /** The question without the narrowing phrase. */
  cleanedQuestion: string;
}

const TRIGGERS = new Set(['nur', 'ausschließlich', 'ausschliesslich', 'only', 'just']);
const SOURCE_WORDS: Record<string, SourceId> = Object.fromEntries(SOURCE_IDS.flatMap((id) => SOURCE_REGISTRY[id].narrowWords.map((w) => [w, id])));
/** Words allowed between "nur" and the source words. */
const FILLERS = new Set([
  'in', 'im', 'auf', 'aus', 'bei', 'from', 'on', 'at', 'search', 'suchen', 'durchsuchen', 'meinen', 'meinem', 'meiner', 'meine', 'my',
  'den', 'der', 'dem', 'die', 'the', 'und', 'and', 'oder', 'or', 'dokumenten', 'dokumente', 'documents', 'quellen', 'sources',
]);

export function interpretSourceNarrowing(question: string): SourceNarrowing {
  const tokens = [...question.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  for (let i = 0; i < tokens.length; i++) {
    if (!TRIGGERS.has(tokens[i].word)) continue;
    const found = new Set<SourceId>();
    let last = -1;
    for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
      const w = tokens[j].word;
      // Source words and fillers must be adjacent (only spaces/commas between), else the phrase ended.
      if (!/^[\s,]*$/.test(question.slice(tokens[j - 1].end, tokens[j].start))) break;
      if (SOURCE_WORDS[w]) {
        found.add(SOURCE_WORDS[w]);
        last = j;
      } else if (!FILLERS.has(w)) break;
    }
    if (found.size === 0) continue;
    // "lokalen Dokumenten": swallow a trailing filler noun of the phrase too.
    if (last + 1 < tokens.length && ['dokumenten', 'dokumente', 'documents', 'quellen', 'sources'].includes(tokens[last + 1].word)) last++;
    const cleaned = tidy(question.slice(0, tokens[i].start) + question.slice(tokens[last].end));
    return { sources: [...found], cleanedQuestion: cleaned };
  }
  return { cleanedQuestion: question.trim() };
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/([?!.])[.,;:]+/g, '$1')
    .replace(/^[\s,;:.-]+/, '')
    .replace(/[\s,;:-]+$/, '')
    .replace(/\(\s*\)/g, '')
    .trim();
}
