/**
 * Extractive answer (no model, or model failed): the best passages quoted as Fundstellen with
 * their sources. No synthesis, so nothing can be invented.
 */
import { MAX_QUOTE_CHARS, boldHighlights, quoteFundstellen } from '../snippet.js';
import type { Passage } from '../types.js';
import { extractiveIntro } from './messages.js';
import type { Citation } from './types.js';

const SNIPPET_CHARS = 320;
/** Passages quoted in an extractive answer. */
export const EXTRACTIVE_QUOTES = 3;

/** Shortens text at a word boundary. */
export function snippet(text: string, max = SNIPPET_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:–-]$/, '')} …`;
}

/** Length of the Teams citation abstract (Teams shows at most 160 characters). */
const ABSTRACT_CHARS = 160;

/**
 * A cited passage. With the question, its snippet is the Fundstelle (the best-matching
 * sentences, matched words marked) and its abstract the same sentence cut to Teams' length.
 */
export function toCitation(p: Passage, id: number, question?: string): Citation {
  // The quote and the abstract are cut from the same scored sentences (scored once).
  const [quote, abstract] = question ? quoteFundstellen(p.text, question, [MAX_QUOTE_CHARS, ABSTRACT_CHARS], p.matchTerms) : [];
  return {
    id,
    title: p.title,
    source: p.source,
    snippet: quote ? quote.text : snippet(p.text),
    ...(quote ? { highlights: quote.highlights, abstract: abstract.text } : {}),
    sourceId: p.sourceId,
    sectionPath: p.sectionPath,
    ...(p.page !== undefined ? { page: p.page } : {}),
    ...(p.meta ? { meta: p.meta } : {}),
  };
}

function location(p: Passage, locale: 'de' | 'en'): string {
  const parts = [p.sectionPath.length ? p.sectionPath[p.sectionPath.length - 1] : undefined, p.page !== undefined ? `${locale === 'en' ? 'p.' : 'S.'} ${p.page}` : undefined].filter(Boolean);
  // Text read by OCR may hold recognition errors: the Fundstelle says so.
  if (p.meta?.ocr) parts.push(locale === 'en' ? 'text read by OCR – please check the original' : p.meta.ocr);
  // A SharePoint file's sensitivity label stays visible next to what is quoted from it.
  if (p.meta?.sensitivityLabel) parts.push(locale === 'en' ? `sensitivity label "${p.meta.sensitivityLabel}"` : `Vertraulichkeitsbezeichnung „${p.meta.sensitivityLabel}“`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

export function extractiveAnswer(passages: Passage[], locale: 'de' | 'en', question: string, intro = extractiveIntro(locale)): { answer: string; citations: Citation[] } {
  const quoted = passages.slice(0, EXTRACTIVE_QUOTES);
  const citations = quoted.map((p, i) => toCitation(p, i + 1, question));
  const lines = quoted.map((p, i) => {
    const c = citations[i];
    const text = c.highlights ? boldHighlights({ text: c.snippet, highlights: c.highlights }) : c.snippet;
    return `[${i + 1}] ${p.title}${location(p, locale)} (${p.source}):\n„${text}“`;
  });
  return { answer: `${intro}\n\n${lines.join('\n\n')}`, citations };
}
