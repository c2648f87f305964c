/**
 * PDF → blocks from the text layer (unpdf / PDF.js). Every block keeps its page number.
 * Lines in a clearly larger font than the body become headings; a vertical gap larger than
 * the line spacing starts a new paragraph. Scanned PDFs without text layer end up "empty".
 */
import { getDocumentProxy } from 'unpdf';
import { cleanText } from './html-blocks.js';
import { ParseSkip, type DocumentBlock } from './types.js';

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

export async function pdfToBlocks(bytes: Uint8Array, maxPages: number): Promise<{ title?: string; blocks: DocumentBlock[] }> {
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
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      let current: Line | undefined;
      for (const raw of content.items as TextItemLike[]) {
        if (typeof raw.str !== 'string') continue;
        const size = Math.abs(raw.transform?.[3] ?? raw.height ?? 0) || raw.height || 0;
        const y = raw.transform?.[5] ?? 0;
        if (!current) current = { text: '', size, y, page: p };
        current.text += raw.str;
        if (raw.str.trim()) current.size = Math.max(current.size, size);
        if (raw.hasEOL) {
          lines.push(current);
          current = undefined;
        }
      }
      if (current) lines.push(current);
      page.cleanup();
    }
    let title: string | undefined;
    try {
      const meta = await pdf.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string' && t.trim()) title = cleanText(t);
    } catch {
      // Metadata is optional; the first heading serves as title.
    }
    return { title, blocks: linesToBlocks(lines.filter((l) => cleanText(l.text))) };
  } finally {
    await pdf.destroy();
  }
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
