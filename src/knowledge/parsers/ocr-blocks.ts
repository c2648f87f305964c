/**
 * OCR results → blocks: every block keeps its page and is marked `ocr`, so the citation can say
 * "Text per Texterkennung gelesen – bitte im Original prüfen". A page that fails or takes too
 * long becomes a reported problem of the document, not a silent gap.
 */
import { toPgm, type GrayImage } from './images.js';
import { textToBlocks } from './mail.js';
import { OcrTimeout, type OcrEngine } from './ocr.js';
import type { DocumentBlock, PartProblem } from './types.js';

/** What a parser needs to recognise images: the engine, and how to report and budget time. */
export interface OcrContext {
  engine: OcrEngine;
  /** Per-page time limit (also added to the file's parse deadline for every page). */
  pageTimeoutMs: number;
  /** Called before each page: the file's parse-time limit grows by one page's budget. */
  extendDeadline?: (ms: number) => void;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many letters an OCR result is noise (a stamp, a line), not text. */
const MIN_LETTERS = 3;

/** Decoded pixels, or an image file tesseract reads itself (PNG, JPEG, BMP). */
export type OcrImage = GrayImage | { encoded: Uint8Array };

export interface OcrPage {
  /** Page number for PDFs and multi-page TIFFs; absent for a single image file. */
  page?: number;
  images: OcrImage[] | (() => Promise<OcrImage[]>);
}

export async function ocrPages(pages: OcrPage[], ctx: OcrContext): Promise<{ blocks: DocumentBlock[]; problems: PartProblem[] }> {
  const blocks: DocumentBlock[] = [];
  const problems: PartProblem[] = [];
  for (let i = 0; i < pages.length; i++) {
    const { page } = pages[i];
    ctx.onProgress?.(i, pages.length);
    try {
      const source = pages[i].images;
      const images = typeof source === 'function' ? await source() : source;
      for (const image of images) {
        ctx.extendDeadline?.(ctx.pageTimeoutMs);
        const { text } = await ctx.engine.recognize('encoded' in image ? image.encoded : toPgm(image));
        blocks.push(...ocrTextToBlocks(text, page));
      }
    } catch (e) {
      problems.push({
        part: page !== undefined ? `S. ${page}` : 'Bild',
        reason: e instanceof OcrTimeout ? 'limit' : 'unreadable',
        message: e instanceof OcrTimeout ? `Texterkennung nach ${e.seconds} s abgebrochen; die Seite fehlt im Index.` : 'Texterkennung fehlgeschlagen; die Seite fehlt im Index.',
      });
    }
  }
  ctx.onProgress?.(pages.length, pages.length);
  return { blocks, problems };
}

export function ocrTextToBlocks(text: string, page: number | undefined): DocumentBlock[] {
  // Words hyphenated at the end of a line are joined again ("Gebühren-\nordnung").
  const joined = text.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2');
  return textToBlocks(joined)
    .filter((b) => (b.text.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS)
    .map((b) => ({ ...b, ...(page !== undefined ? { page } : {}), ocr: true }));
}
