/**
 * Extractive answer (no model, or model failed): the best passages quoted as Fundstellen with
 * their sources. No synthesis, so nothing can be invented.
 */
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

export function toCitation(p: Passage, id: number): Citation {
  return {
    id,
    title: p.title,
    source: p.source,
    snippet: snippet(p.text),
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
  return parts.length ? `, ${parts.join(', ')}` : '';
}

export function extractiveAnswer(passages: Passage[], locale: 'de' | 'en'): { answer: string; citations: Citation[] } {
  const quoted = passages.slice(0, EXTRACTIVE_QUOTES);
  const citations = quoted.map((p, i) => toCitation(p, i + 1));
  const lines = quoted.map((p, i) => `[${i + 1}] ${p.title}${location(p, locale)} (${p.source}):\n„${citations[i].snippet}“`);
  return { answer: `${extractiveIntro(locale)}\n\n${lines.join('\n\n')}`, citations };
}
