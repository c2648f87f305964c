/**
 * PDF → blocks from the text layer (unpdf / PDF.js). Every block keeps its page number.
 * Lines in a clearly larger font than the body become headings; a vertical gap larger than
 * the line spacing starts a new paragraph. Pages without a text layer (scans) are read by OCR
 * from the images they paint; pages with text keep their text layer.
 */
// PDF.js sends font data with ArrayBuffer.prototype.transferToFixedLength (ES2024, Node 22): on
// Node 20 the operator list of any page with text breaks off without it.
import 'core-js/actual/array-buffer/transfer-to-fixed-length.js';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { cleanText } from './html-blocks.js';
import { pdfPageImages } from './images.js';
import { compact, findHiddenPdfText, type OperatorList, type PdfOps } from './pdf-hidden-text.js';
import { ocrPages, type OcrContext } from './ocr-blocks.js';
import { ParseSkip, type DocumentBlock, type PartProblem } from './types.js';

interface Line {
  text: string;
  size: number;
  y: number;
  page: number;
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  height?: number;
  hasEOL?: boolean;
}

/** A page with fewer letters than this in its text layer counts as an image page. */
const MIN_TEXT_LETTERS = 20;

export async function pdfToBlocks(bytes: Uint8Array, maxPages: number, ocr?: OcrContext): Promise<{ title?: string; blocks: DocumentBlock[]; problems: PartProblem[] }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may detach the buffer it is given, so it gets its own copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false });
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new ParseSkip('encrypted', 'PDF ist passwortgeschützt.');
    throw new ParseSkip('unreadable', pdfOpenMessage((e as Error).message ?? ''));
  }
  try {
    if (pdf.numPages > maxPages) throw new ParseSkip('limit', `PDF hat ${pdf.numPages} Seiten (höchstens ${maxPages}).`);
    const lines: Line[] = [];
    const imagePages: number[] = [];
    /** Text each page draws so that no one sees it (white on paper, invisible, tiny). */
    const hiddenByPage = new Map<number, string[]>();
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const pageLines: Line[] = [];
      let current: Line | undefined;
      for (const raw of content.items as TextItemLike[]) {
        if (typeof raw.str !== 'string') continue;
        const size = Math.abs(raw.transform?.[3] ?? raw.height ?? 0) || raw.height || 0;
        const y = raw.transform?.[5] ?? 0;
        if (!current) current = { text: '', size, y, page: p };
        current.text += raw.str;
        if (raw.str.trim()) current.size = Math.max(current.size, size);
        if (raw.hasEOL) {
          pageLines.push(current);
          current = undefined;
        }
      }
      if (current) pageLines.push(current);
      const letters = pageLines.reduce((n, l) => n + (l.text.match(/\p{L}/gu)?.length ?? 0), 0);
      if (letters < MIN_TEXT_LETTERS) imagePages.push(p);
      else {
        lines.push(...pageLines);
        const hidden = await hiddenText(page);
        if (hidden.length) hiddenByPage.set(p, hidden);
      }
      page.cleanup();
    }
    const problems: PartProblem[] = [];
    let ocrBlocks: DocumentBlock[] = [];
    if (imagePages.length && ocr) {
      const result = await ocrPages(
        imagePages.map((p) => ({ page: p, images: async () => pdfPageImages(await pdf.getPage(p)) })),
        ocr,
      );
      ocrBlocks = result.blocks;
      problems.push(...result.problems);
    } else if (imagePages.length && lines.length) {
      problems.push({ part: pagesLabel(imagePages), reason: 'unsupported', message: 'Seite(n) ohne Textebene (Scan); die Texterkennung ist ausgeschaltet (OCR=off).' });
    } else if (imagePages.length) {
      throw new ParseSkip('empty', 'Kein lesbarer Text: nur gescannte Seiten, und die Texterkennung ist ausgeschaltet (OCR=off).');
    }
    let title: string | undefined;
    try {
      const meta = await pdf.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string' && t.trim()) title = cleanText(t);
    } catch {
      // Metadata is optional; the first heading serves as title.
    }
    const textBlocks = markHidden(linesToBlocks(lines.filter((l) => cleanText(l.text))), hiddenByPage);
    // Text-layer and OCR pages in page order (sort is stable, so order within a page is kept).
    const blocks = [...textBlocks, ...ocrBlocks].sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
    return { title, blocks, problems };
  } finally {
    await pdf.destroy();
  }
}

/** The page's hidden text (pdf-hidden-text.ts); a page whose drawing operations cannot be read hides nothing we know of. */
async function hiddenText(page: { getOperatorList(): Promise<OperatorList> }): Promise<string[]> {
  try {
    const { OPS } = await getResolvedPDFJS();
    return findHiddenPdfText(await page.getOperatorList(), OPS as unknown as PdfOps);
  } catch {
    return [];
  }
}

/** Marks the blocks of a page that contain a piece of its hidden text (compared by letters and digits only). */
function markHidden(blocks: DocumentBlock[], hiddenByPage: Map<number, string[]>): DocumentBlock[] {
  if (!hiddenByPage.size) return blocks;
  return blocks.map((b) => {
    const pieces = hiddenByPage.get(b.page ?? 0)?.map(compact).filter(Boolean);
    if (!pieces?.length) return b;
    const own = compact(b.text);
    return pieces.some((piece) => own.includes(piece)) ? { ...b, hidden: true } : b;
  });
}

function linesToBlocks(lines: Line[]): DocumentBlock[] {
  if (!lines.length) return [];
  const sizes = lines.map((l) => Math.round(l.size * 10) / 10);
  // Body size: the font size that carries the most text.
  const body = mode(sizes, lines.map((l) => l.text.length));
  const headingSizes = [...new Set(sizes.filter((s) => s >= body * 1.2))].sort((a, b) => b - a);
  const blocks: DocumentBlock[] = [];
  let para: Line[] = [];
  const flush = () => {
    if (!para.length) return;
    const text = cleanText(para.map((l) => l.text).join(' ').replace(/(\w)- (\p{Ll})/gu, '$1$2'));
    if (text) blocks.push(/^[•\-–▪●]\s/.test(text) ? { kind: 'listItem', text: text.slice(2).trim(), page: para[0].page } : { kind: 'paragraph', text, page: para[0].page });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const size = sizes[i];
    const text = cleanText(line.text);
    if (size >= body * 1.2 && text.length <= 150) {
      flush();
      blocks.push({ kind: 'heading', level: Math.min(6, headingSizes.indexOf(size) + 1), text, page: line.page });
      continue;
    }
    const prev = para[para.length - 1];
    const gap = prev && prev.page === line.page ? prev.y - line.y : 0;
    if (prev && (prev.page !== line.page || gap > line.size * 1.8 || /^[•\-–▪●]\s/.test(text))) flush();
    para.push(line);
  }
  flush();
  return blocks;
}

function mode(values: number[], weights: number[]): number {
  const counts = new Map<number, number>();
  values.forEach((v, i) => counts.set(v, (counts.get(v) ?? 0) + weights[i]));
  let best = values[0];
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** PDF.js reports in English; the skip report names the problem in German. */
function pdfOpenMessage(message: string): string {
  if (/Invalid PDF structure|No PDF header|not a PDF/i.test(message)) return 'PDF ist beschädigt (ungültiger Aufbau, keine PDF-Kennung).';
  if (/Invalid XRef|xref|trailer|startxref/i.test(message)) return 'PDF ist beschädigt (Querverweistabelle fehlerhaft).';
  if (/empty|zero|0 bytes/i.test(message)) return 'PDF ist leer.';
  return 'PDF ist beschädigt oder unvollständig und konnte nicht gelesen werden.';
}

function pagesLabel(pages: number[]): string {
  return pages.length === 1 ? `S. ${pages[0]}` : `S. ${pages.slice(0, 10).join(', ')}${pages.length > 10 ? ' …' : ''}`;
}
