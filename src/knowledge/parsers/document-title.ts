/**
 * The document title from candidates in order of trust (metadata, first top-level heading, a
 * title line, the file name). Metadata that is no title ("Microsoft Word - antrag.doc",
 * "Dokument1", empty) is passed over, and so is a heading that opens a section ("§ 1
 * Geltungsbereich", "1. Zweck", "II. Dienstsiegel"): a DOCX whose first Word heading is its
 * first paragraph would otherwise be titled after it. Pure.
 */
import { cleanText } from './html-blocks.js';
import { isTitleBlockLine } from './title-block.js';
import type { DocumentBlock } from './types.js';

const PLACEHOLDER = /^(?:Dokument|Document|Unbenannt|Untitled|Ohne Titel|Titel|Title|Neues Dokument|Vorlage|Template|Folie|Slide|Tabelle|Sheet)\s*\d*$/iu;
const OFFICE_PREFIX = /^Microsoft\s+(?:Office\s+)?(?:Word|Excel|PowerPoint)\s*-\s*/iu;
const FILE_NAME = /\.(?:docx?|dotx?|pdf|rtf|odt|xlsx?|pptx?|txt|html?)$/iu;
const SECTION = /^(?:§+\s*\d|Art(?:ikel|\.)\s*\d|Abschnitt\s+\d|Teil\s+\d|Kapitel\s+\d|Anlage\s+\d|\d+(?:\.\d+)*\.?\s|[IVXLC]+\.\s)/u;
const MAX_TITLE_CHARS = 200;

/** A metadata title worth showing, cleaned; undefined for a placeholder or a file name. */
export function usableTitle(raw: string | undefined): string | undefined {
  const text = cleanText(raw ?? '');
  if (!/\p{L}/u.test(text) || text.length > MAX_TITLE_CHARS) return undefined;
  if (OFFICE_PREFIX.test(text) || FILE_NAME.test(text) || PLACEHOLDER.test(text)) return undefined;
  return text;
}

/** Whether a heading opens a numbered section rather than naming the document. */
export function isSectionHeading(text: string): boolean {
  return SECTION.test(text.trim());
}

/**
 * The first heading of the document's top level, when it names the document: not when it opens
 * a numbered section (then the top level holds the sections, and a later heading does not name
 * the document either).
 */
export function headingTitle(blocks: DocumentBlock[]): string | undefined {
  let top: DocumentBlock | undefined;
  for (const b of blocks) if (b.kind === 'heading' && (!top || (top.kind === 'heading' && b.level < top.level))) top = b;
  return top && !isSectionHeading(top.text) ? usableTitle(top.text) : undefined;
}

/**
 * A word-processor document whose title is set as a bold paragraph (no heading style): the first
 * paragraph before any heading that is no letterhead line, short, and no sentence or salutation.
 */
export function titleParagraph(blocks: DocumentBlock[]): string | undefined {
  for (const b of blocks) {
    if (b.kind === 'heading') return undefined;
    if (isTitleBlockLine(b.text)) continue;
    const words = b.text.split(/\s+/).length;
    return b.kind === 'paragraph' && words >= 2 && b.text.length <= 150 && !/[.,:;!?]$/.test(b.text) && !isSectionHeading(b.text) ? usableTitle(b.text) : undefined;
  }
  return undefined;
}

/** The first usable candidate, else the fallback (the file name). */
export function chooseTitle(candidates: (string | undefined)[], fallback: string): string {
  for (const c of candidates) {
    const t = usableTitle(c);
    if (t) return t;
  }
  return fallback;
}
