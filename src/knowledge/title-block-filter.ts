/**
 * The blocks of a document that are no passage: its letterhead and title block at the top (the
 * authority, unit, address, file number and date lines, and a paragraph that only repeats the
 * title), page numbers and site footers wherever they stand, and a letterhead line a PDF repeats
 * at the top or bottom of its pages. The title and the section headings stay: they rank the
 * passages under them without being quoted. Pure.
 */
import { titleParagraph } from './parsers/document-title.js';
import { cleanText } from './parsers/html-blocks.js';
import { isPageFurniture, isTitleBlockLine } from './parsers/title-block.js';
import type { DocumentBlock } from './parsers/types.js';

const fold = (text: string) => cleanText(text).toLowerCase();

export function withoutTitleBlock(blocks: DocumentBlock[], title: string): DocumentBlock[] {
  const drop = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading' && isPageFurniture(b.text)) drop.add(i);
  });
  for (const i of runningLines(blocks)) drop.add(i);
  // The head: letterhead lines and the title as a paragraph, before and under the document's own heading.
  let passedTitle = false;
  // A title set as a paragraph (a DOCX whose title property says it in other words) goes too, when a heading follows the title block.
  const titleText = titleParagraph(blocks);
  const titleAt = titleText === undefined ? -1 : blocks.findIndex((b) => b.text === titleText);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (drop.has(i)) continue;
    if (b.kind === 'heading') {
      if (passedTitle || !namesDocument(blocks, i, title)) break;
      passedTitle = true;
      continue;
    }
    if (fold(b.text) !== fold(title) && !isTitleBlockLine(b.text) && !(i === titleAt && headingFollows(blocks, i))) break;
    drop.add(i);
  }
  if (!drop.size) return blocks;
  const kept = blocks.filter((_, i) => !drop.has(i));
  // A document that is nothing but such lines keeps them: better a poor passage than none.
  return kept.some((b) => b.kind !== 'heading') ? kept : blocks;
}

/** After block `i` come only title-block lines, then a heading. */
function headingFollows(blocks: DocumentBlock[], i: number): boolean {
  for (const b of blocks.slice(i + 1)) {
    if (b.kind === 'heading') return true;
    if (!isTitleBlockLine(b.text)) return false;
  }
  return false;
}

/** The heading at `i` is the document's title: it reads as the title, or no other heading is as high. */
function namesDocument(blocks: DocumentBlock[], i: number, title: string): boolean {
  const h = blocks[i];
  if (h.kind !== 'heading') return false;
  if (fold(h.text) === fold(title)) return true;
  return !blocks.some((b, j) => j !== i && b.kind === 'heading' && b.level <= h.level);
}

/**
 * Letterhead lines that open or close two pages or more with the same text (page numbers aside):
 * a running header or footer of a PDF.
 */
function runningLines(blocks: DocumentBlock[]): number[] {
  const edges = new Map<number, number[]>();
  blocks.forEach((b, i) => {
    if (b.page === undefined || b.kind === 'heading') return;
    const onPage = edges.get(b.page) ?? [];
    if (onPage.length < 2) onPage.push(i);
    else onPage[1] = i;
    edges.set(b.page, onPage);
  });
  const byText = new Map<string, { pages: Set<number>; at: number[] }>();
  for (const [page, at] of edges) {
    for (const i of new Set(at)) {
      if (!isTitleBlockLine(blocks[i].text)) continue;
      const key = fold(blocks[i].text).replace(/\d+/g, '#');
      const entry = byText.get(key) ?? { pages: new Set<number>(), at: [] };
      entry.pages.add(page);
      entry.at.push(i);
      byText.set(key, entry);
    }
  }
  return [...byText.values()].filter((e) => e.pages.size >= 2).flatMap((e) => e.at);
}
