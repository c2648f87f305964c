/**
 * The one parser entry point for local files and SharePoint/OneDrive downloads: bytes + file
 * name → ParsedDocument, or ParseSkip with a reason. Dispatches by extension and enforces the
 * limits (PDF pages, DOCX unpacked size, parse time). With an OCR engine, scanned PDF pages
 * and image files (PNG, JPEG, TIFF) are read by OCR; mail attachments are parsed with the same
 * parser, one level deep.
 */
import path from 'node:path';
import { docxToBlocks } from './docx.js';
import { decodeText } from './decode-text.js';
import { cleanText, htmlToBlocks } from './html-blocks.js';
import { emlToDocument, msgToDocument, textToBlocks } from './mail.js';
import { tiffPages } from './images.js';
import { markdownToBlocks, splitFrontMatter } from './markdown.js';
import { ocrPages, type OcrContext } from './ocr-blocks.js';
import type { OcrEngine } from './ocr.js';
import { odtToBlocks } from './opendocument-text.js';
import { pdfToBlocks } from './pdf.js';
import { rtfToBlocks } from './rtf.js';
import { odpToBlocks, pptxToBlocks } from './slides.js';
import { csvToBlocks, odsToBlocks, xlsxToBlocks } from './spreadsheet.js';
import { ParseSkip, type DocumentBlock, type ParseDocument, type ParsedDocument, type ParseOptions } from './types.js';

export interface ParseLimits {
  maxPdfPages: number;
  /** Largest declared unpacked size of a DOCX (zip bomb guard), in bytes. */
  maxUncompressedBytes: number;
  /** Parse time per file; slower files are skipped with reason "limit". */
  timeoutMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxPdfPages: 2000, maxUncompressedBytes: 100 * 1024 * 1024, timeoutMs: 60_000 };

export interface ParserOcr {
  engine: OcrEngine;
  /** Time limit per OCR page; every OCR page also extends the file's parse-time limit by it. */
  pageTimeoutMs: number;
}

/** Image files read by OCR (when an engine is given). */
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'];

/** File extensions the parser reads (lower case, with dot). */
export const SUPPORTED_EXTENSIONS = [
  '.pdf', '.docx', '.odt', '.rtf', '.md', '.markdown', '.txt', '.csv', '.html', '.htm', '.eml', '.msg', '.xlsx', '.ods', '.pptx', '.odp',
  '.png', '.jpg', '.jpeg', '.tif', '.tiff',
] as const;

export function isSupportedFile(fileName: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(fileName).toLowerCase());
}

/** Old binary Office formats: named, so the report can say what to do with them. */
const LEGACY_OFFICE: Record<string, string> = { '.doc': 'DOCX', '.xls': 'XLSX', '.ppt': 'PPTX' };

/** The German reason for a file type that is not read. */
export function unsupportedMessage(fileName: string): string {
  const ext = path.extname(fileName).toLowerCase();
  const modern = LEGACY_OFFICE[ext];
  if (modern) return `Altes Office-Format (${ext}) wird nicht gelesen; bitte als ${modern} speichern.`;
  return `Dateityp ${ext || '(ohne Endung)'} wird nicht unterstützt.`;
}

interface ParseContext {
  limits: ParseLimits;
  ocr?: OcrContext;
  /** Parses an attachment with the same parser (undefined inside an attachment: one level only). */
  parseAttachment?: (bytes: Uint8Array, fileName: string) => Promise<ParsedDocument>;
}

export function createParseDocument(limits: ParseLimits = DEFAULT_PARSE_LIMITS, options: { ocr?: ParserOcr } = {}): ParseDocument {
  const parse = async (bytes: Uint8Array, fileName: string, parseOptions: ParseOptions = {}, nested = false): Promise<ParsedDocument> => {
    if (bytes.byteLength === 0) throw new ParseSkip('empty', 'Datei ist leer.');
    let timer: NodeJS.Timeout | undefined;
    let rejectTimeout: (e: Error) => void = () => undefined;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => rejectTimeout(new ParseSkip('limit', `Lesen dauerte länger als ${Math.round(limits.timeoutMs / 1000)} s (ohne Texterkennung).`)), ms);
    };
    let deadline = Date.now() + limits.timeoutMs;
    const timeout = new Promise<never>((_, reject) => (rejectTimeout = reject));
    arm(limits.timeoutMs);
    const ocr: OcrContext | undefined = options.ocr && {
      engine: options.ocr.engine,
      pageTimeoutMs: options.ocr.pageTimeoutMs,
      // OCR time is budgeted per page, on top of the file's limit.
      extendDeadline: (ms) => {
        deadline += ms;
        arm(deadline - Date.now());
      },
      onProgress: (done, total) => parseOptions.onProgress?.({ step: 'ocr', done, total }),
    };
    const context: ParseContext = { limits, ocr, parseAttachment: nested ? undefined : (b, name) => parse(b, name, parseOptions, true) };
    try {
      const doc = await Promise.race([parseByExtension(bytes, fileName, context), timeout]);
      const blocks = doc.blocks.filter((b) => b.text.trim());
      if (!blocks.length && !doc.attachments?.length) {
        // Nothing readable: the first problem (an OCR page given up, say) is the better reason.
        const problem = doc.problems?.[0];
        if (problem) throw new ParseSkip(problem.reason, `${problem.part}: ${problem.message}`);
        throw new ParseSkip('empty', 'Kein lesbarer Text (leer oder nur Bilder).');
      }
      return { ...doc, blocks };
    } catch (e) {
      if (e instanceof ParseSkip) throw e;
      // Library messages are English and technical; the report says in German what failed.
      throw new ParseSkip('unreadable', `${formatName(fileName)} ist beschädigt oder in einem unerwarteten Aufbau und konnte nicht gelesen werden.`);
    } finally {
      clearTimeout(timer);
    }
  };
  return (bytes, fileName, parseOptions) => parse(bytes, fileName, parseOptions);
}

/** Parser with the default limits. */
export const parseDocument: ParseDocument = createParseDocument();

async function parseByExtension(bytes: Uint8Array, fileName: string, context: ParseContext): Promise<ParsedDocument> {
  const { limits } = context;
  const ext = path.extname(fileName).toLowerCase();
  const fallback = titleFromFileName(fileName);
  if (IMAGE_EXTENSIONS.includes(ext)) return imageToDocument(bytes, ext, fallback, context.ocr);
  switch (ext) {
    case '.pdf': {
      const { title, blocks, problems } = await pdfToBlocks(bytes, limits.maxPdfPages, context.ocr);
      return { title: title || firstHeading(blocks) || fallback, blocks, ...(problems.length ? { problems } : {}) };
    }
    case '.docx': {
      const { blocks } = await docxToBlocks(bytes, limits.maxUncompressedBytes);
      return { title: firstHeading(blocks) || fallback, blocks };
    }
    case '.md':
    case '.markdown': {
      const { title, body } = splitFrontMatter(decodeText(bytes));
      const blocks = markdownToBlocks(body);
      return { title: title || firstHeading(blocks) || fallback, blocks };
    }
    case '.txt': {
      const blocks = textToBlocks(decodeText(bytes));
      // A short first line without a full stop is the document's title.
      const first = blocks[0];
      if (first && first.kind === 'paragraph' && first.text.length <= 100 && !/[.:;!?]$/.test(first.text)) {
        blocks[0] = { kind: 'heading', level: 1, text: first.text };
        return { title: first.text, blocks };
      }
      return { title: fallback, blocks };
    }
    case '.html':
    case '.htm': {
      const { title, blocks } = htmlToBlocks(decodeText(bytes, { html: true }));
      return { title: title || firstHeading(blocks) || fallback, blocks };
    }
    case '.csv':
      return { title: fallback, blocks: csvToBlocks(bytes) };
    case '.xlsx': {
      const { title, blocks } = await xlsxToBlocks(bytes, limits.maxUncompressedBytes);
      return { title: title || fallback, blocks };
    }
    case '.ods': {
      const { title, blocks } = await odsToBlocks(bytes, limits.maxUncompressedBytes);
      return { title: title || fallback, blocks };
    }
    case '.pptx': {
      const { title, blocks } = await pptxToBlocks(bytes, limits.maxUncompressedBytes);
      return { title: title || fallback, blocks };
    }
    case '.odp': {
      const { title, blocks } = await odpToBlocks(bytes, limits.maxUncompressedBytes);
      return { title: title || fallback, blocks };
    }
    case '.odt': {
      const { title, blocks } = await odtToBlocks(bytes, limits.maxUncompressedBytes);
      return { title: title || firstHeading(blocks) || fallback, blocks };
    }
    case '.rtf': {
      const blocks = await rtfToBlocks(bytes);
      return { title: firstHeading(blocks) || fallback, blocks };
    }
    case '.eml':
      return emlToDocument(bytes, fallback, context.parseAttachment);
    case '.msg':
      return msgToDocument(bytes, fallback, context.parseAttachment);
    default:
      throw new ParseSkip('unsupported', unsupportedMessage(fileName));
  }
}

/** PNG/JPEG go to tesseract as they are; TIFF pages (often several per scan) are decoded first. */
async function imageToDocument(bytes: Uint8Array, ext: string, title: string, ocr: OcrContext | undefined): Promise<ParsedDocument> {
  if (!ocr) throw new ParseSkip('unsupported', 'Bilddatei: die Texterkennung ist ausgeschaltet (OCR=off).');
  if (!looksLikeImage(bytes, ext)) throw new ParseSkip('unreadable', `Bilddatei ist beschädigt oder kein ${ext.slice(1).toUpperCase()}-Bild.`);
  let pages;
  if (ext === '.tif' || ext === '.tiff') {
    let decoded;
    try {
      decoded = tiffPages(bytes);
    } catch {
      throw new ParseSkip('unreadable', 'TIFF-Bild ist beschädigt oder in einer nicht unterstützten Kompression.');
    }
    pages = decoded.map((image, i) => ({ page: decoded.length > 1 ? i + 1 : undefined, images: [image] }));
  } else {
    pages = [{ images: [{ encoded: bytes }] }];
  }
  const { blocks, problems } = await ocrPages(pages, ocr);
  return { title, blocks, ...(problems.length ? { problems } : {}) };
}

function looksLikeImage(b: Uint8Array, ext: string): boolean {
  if (ext === '.png') return b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  if (ext === '.jpg' || ext === '.jpeg') return b[0] === 0xff && b[1] === 0xd8;
  return (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a);
}

const FORMAT_NAMES: Record<string, string> = {
  '.pdf': 'PDF', '.docx': 'Word-Dokument', '.odt': 'OpenDocument-Text', '.rtf': 'RTF-Datei', '.xlsx': 'Excel-Datei', '.ods': 'OpenDocument-Tabelle',
  '.pptx': 'PowerPoint-Datei', '.odp': 'OpenDocument-Präsentation', '.eml': 'E-Mail', '.msg': 'Outlook-Nachricht', '.csv': 'CSV-Datei', '.html': 'HTML-Datei', '.htm': 'HTML-Datei',
  '.png': 'PNG-Bild', '.jpg': 'JPEG-Bild', '.jpeg': 'JPEG-Bild', '.tif': 'TIFF-Bild', '.tiff': 'TIFF-Bild',
};

function formatName(fileName: string): string {
  return FORMAT_NAMES[path.extname(fileName).toLowerCase()] ?? 'Datei';
}

function firstHeading(blocks: DocumentBlock[]): string | undefined {
  const h = blocks.find((b) => b.kind === 'heading' && b.level === 1) ?? blocks.find((b) => b.kind === 'heading');
  return h?.text;
}

function titleFromFileName(fileName: string): string {
  return cleanText(path.basename(fileName, path.extname(fileName)).replace(/[_-]+/g, ' ')) || fileName;
}
