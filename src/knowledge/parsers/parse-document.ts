/**
 * The one parser entry point for local files and SharePoint/OneDrive downloads: bytes + file
 * name → ParsedDocument, or ParseSkip with a reason. Dispatches by extension and enforces the
 * limits (PDF pages, DOCX unpacked size, parse time).
 */
import path from 'node:path';
import { docxToBlocks } from './docx.js';
import { decodeText } from './decode-text.js';
import { cleanText, htmlToBlocks } from './html-blocks.js';
import { emlToDocument, msgToDocument, textToBlocks } from './mail.js';
import { markdownToBlocks } from './markdown.js';
import { odtToBlocks } from './opendocument-text.js';
import { pdfToBlocks } from './pdf.js';
import { rtfToBlocks } from './rtf.js';
import { odpToBlocks, pptxToBlocks } from './slides.js';
import { csvToBlocks, odsToBlocks, xlsxToBlocks } from './spreadsheet.js';
import { ParseSkip, type DocumentBlock, type ParseDocument, type ParsedDocument } from './types.js';

export interface ParseLimits {
  maxPdfPages: number;
  /** Largest declared unpacked size of a DOCX (zip bomb guard), in bytes. */
  maxUncompressedBytes: number;
  /** Parse time per file; slower files are skipped with reason "limit". */
  timeoutMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxPdfPages: 2000, maxUncompressedBytes: 100 * 1024 * 1024, timeoutMs: 60_000 };

/** File extensions the parser reads (lower case, with dot). */
export const SUPPORTED_EXTENSIONS = [
  '.pdf', '.docx', '.odt', '.rtf', '.md', '.markdown', '.txt', '.csv', '.html', '.htm', '.eml', '.msg', '.xlsx', '.ods', '.pptx', '.odp',
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

export function createParseDocument(limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParseDocument {
  return async (bytes, fileName) => {
    if (bytes.byteLength === 0) throw new ParseSkip('empty', 'Datei ist leer.');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ParseSkip('limit', `Lesen dauerte länger als ${limits.timeoutMs / 1000} s.`)), limits.timeoutMs);
    });
    try {
      const doc = await Promise.race([parseByExtension(bytes, fileName, limits), timeout]);
      const blocks = doc.blocks.filter((b) => b.text.trim());
      if (!blocks.length) throw new ParseSkip('empty', 'Kein lesbarer Text (leer oder nur Bilder).');
      return { ...doc, blocks };
    } catch (e) {
      if (e instanceof ParseSkip) throw e;
      // Library messages are English and technical; the report says in German what failed.
      throw new ParseSkip('unreadable', `${formatName(fileName)} ist beschädigt oder in einem unerwarteten Aufbau und konnte nicht gelesen werden.`);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Parser with the default limits. */
export const parseDocument: ParseDocument = createParseDocument();

async function parseByExtension(bytes: Uint8Array, fileName: string, limits: ParseLimits): Promise<ParsedDocument> {
  const ext = path.extname(fileName).toLowerCase();
  const fallback = titleFromFileName(fileName);
  switch (ext) {
    case '.pdf': {
      const { title, blocks } = await pdfToBlocks(bytes, limits.maxPdfPages);
      return { title: title || firstHeading(blocks) || fallback, blocks };
    }
    case '.docx': {
      const { blocks } = await docxToBlocks(bytes, limits.maxUncompressedBytes);
      return { title: firstHeading(blocks) || fallback, blocks };
    }
    case '.md':
    case '.markdown': {
      const blocks = markdownToBlocks(decodeText(bytes));
      return { title: firstHeading(blocks) || fallback, blocks };
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
      return emlToDocument(bytes, fallback);
    case '.msg':
      return msgToDocument(bytes, fallback);
    default:
      throw new ParseSkip('unsupported', unsupportedMessage(fileName));
  }
}

const FORMAT_NAMES: Record<string, string> = {
  '.pdf': 'PDF', '.docx': 'Word-Dokument', '.odt': 'OpenDocument-Text', '.rtf': 'RTF-Datei', '.xlsx': 'Excel-Datei', '.ods': 'OpenDocument-Tabelle',
  '.pptx': 'PowerPoint-Datei', '.odp': 'OpenDocument-Präsentation', '.eml': 'E-Mail', '.msg': 'Outlook-Nachricht', '.csv': 'CSV-Datei', '.html': 'HTML-Datei', '.htm': 'HTML-Datei',
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
