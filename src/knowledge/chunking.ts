/**
 * Splits a parsed document into retrievable chunks along its structure: a heading opens a new
 * chunk and extends the section path; paragraphs and list items of one section are grouped up
 * to a word budget; over-long paragraphs are cut at sentence ends. Pure.
 */
import { HIDDEN_TEXT_META, OCR_NOTE, type DocumentBlock, type ParsedDocument } from './parsers/types.js';

/** One indexed piece of a document; becomes a Passage when retrieved. */
export interface Chunk {
  /** `<source>#<n>`: stable while the document is unchanged. */
  id: string;
  /** Path relative to the knowledge folder with "/" separators, or a URL. */
  source: string;
  title: string;
  sectionPath: string[];
  page?: number;
  text: string;
  meta?: Record<string, string>;
}

export interface ChunkOptions {
  /** A chunk is closed once it would exceed this many words. */
  maxWords: number;
  /** Below this many words a chunk keeps collecting across page breaks. */
  minWords: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxWords: 250, minWords: 80 };

/**
 * Mail attachments are chunked as documents of their own (their title names the mail) under the
 * mail's source; chunk ids continue the mail's numbering.
 */
export function chunkDocument(doc: ParsedDocument, source: string, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Chunk[] {
  const chunks = chunkBlocks(doc, source, options);
  for (const attachment of doc.attachments ?? []) {
    for (const c of chunkBlocks(attachment, source, options)) chunks.push({ ...c, id: `${source}#${chunks.length}` });
  }
  return chunks;
}

function chunkBlocks(doc: ParsedDocument, source: string, options: ChunkOptions): Chunk[] {
  const chunks: Chunk[] = [];
  const path: { level: number; text: string }[] = [];
  let lines: string[] = [];
  let words = 0;
  let page: number | undefined;
  // OCR text and text-layer text are never mixed in one chunk: only the former gets the OCR note.
  let ocr = false;
  // Whether a block with hidden text went into this chunk.
  let hidden = false;

  const flush = () => {
    if (lines.length) {
      const base = ocr ? { ...doc.meta, ocr: OCR_NOTE } : doc.meta;
      const meta = hidden ? { ...base, [HIDDEN_TEXT_META]: 'true' } : base;
      chunks.push({
        id: `${source}#${chunks.length}`,
        source,
        title: doc.title,
        sectionPath: path.map((p) => p.text),
        ...(page !== undefined ? { page } : {}),
        text: lines.join('\n'),
        ...(meta ? { meta } : {}),
      });
    }
    lines = [];
    words = 0;
    page = undefined;
    ocr = false;
    hidden = false;
  };

  const add = (line: string, block: DocumentBlock) => {
    const n = countWords(line);
    if (lines.length && Boolean(block.ocr) !== ocr) flush();
    if (lines.length && words + n > options.maxWords) flush();
    if (lines.length && block.page !== undefined && page !== undefined && block.page !== page && words >= options.minWords) flush();
    if (!lines.length) {
      page = block.page;
      ocr = Boolean(block.ocr);
    }
    lines.push(line);
    words += n;
    if (block.hidden) hidden = true;
  };

  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      flush();
      while (path.length && path[path.length - 1].level >= block.level) path.pop();
      path.push({ level: block.level, text: block.text });
      continue;
    }
    const prefix = block.kind === 'listItem' ? '- ' : '';
    for (const piece of splitLong(block.text, options.maxWords)) add(prefix + piece, block);
  }
  flush();
  return dropTitleBlock(chunks, doc.title);
}

/** Below this many words, text before the first heading is a letterhead or title block. */
const TITLE_BLOCK_WORDS = 15;

/**
 * A letterhead, disclaimer or title block before the first heading ("Stadt X – Der
 * Bürgermeister", "Fiktives Beispiel …") is not a passage of its own: quoted as an answer it
 * would show nothing. It is dropped when the document has real passages after it.
 */
function dropTitleBlock(chunks: Chunk[], title: string): Chunk[] {
  if (chunks.length < 2) return chunks;
  const [first, ...rest] = chunks;
  // Before any heading or directly under the document's title heading, and short.
  // (A document without headings, e.g. a PDF page, has no title block to tell apart: kept.)
  const underTitle = (first.sectionPath.length === 0 && rest.some((c) => c.sectionPath.length > 0)) || (first.sectionPath.length === 1 && first.sectionPath[0] === title);
  if (!underTitle || countWords(first.text) >= TITLE_BLOCK_WORDS) return chunks;
  return rest.map((c, i) => ({ ...c, id: `${c.source}#${i}` }));
}

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/**
 * Sentences: cut after a run of . ! ? that is followed by whitespace or the end. A scan, not a
 * pattern (the former one backtracked quadratically on a long run without a sentence end and
 * dropped the text before a "3.5"-style dot).
 */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i;
    while (j + 1 < text.length && (text[j + 1] === '.' || text[j + 1] === '!' || text[j + 1] === '?')) j++;
    if (j + 1 >= text.length || /\s/.test(text[j + 1])) {
      out.push(text.slice(start, j + 1));
      start = j + 1;
    }
    i = j;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Cuts a text longer than `maxWords` at sentence ends (or hard at the budget if a sentence is longer). */
function splitLong(text: string, maxWords: number): string[] {
  if (countWords(text) <= maxWords) return [text];
  const sentences = sentencesOf(text);
  const out: string[] = [];
  let current: string[] = [];
  let n = 0;
  const push = () => {
    if (current.length) out.push(current.join(' ').trim());
    current = [];
    n = 0;
  };
  for (const raw of sentences) {
    const sentenceWords = raw.trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < sentenceWords.length; i += maxWords) {
      const part = sentenceWords.slice(i, i + maxWords);
      if (n + part.length > maxWords) push();
      current.push(part.join(' '));
      n += part.length;
    }
  }
  push();
  return out.filter(Boolean);
}
