/**
 * "Scans" for the OCR tests and the bench: known German text rendered into a greyscale image
 * with pureimage (pure JS) and the DejaVu Sans font from the npm package dejavu-fonts-ttf, as PNG
 * or JPEG, and PDFs whose pages are such images only (no text layer), made with pdf-lib.
 */
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import * as PImage from 'pureimage';

const require = createRequire(import.meta.url);
let fontLoaded = false;

function loadFont(): void {
  if (fontLoaded) return;
  PImage.registerFont(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), 'DejaVu Sans').loadSync();
  fontLoaded = true;
}

export interface ScanOptions {
  /** Image width in pixels (A4 at 300 dpi is 2480). */
  width?: number;
  /** Font size in pixels (11 pt at 300 dpi ≈ 46 px). */
  fontPx?: number;
  format?: 'png' | 'jpeg';
}

/** Renders lines of text black on white, one line per entry; returns PNG (default) or JPEG bytes. */
export async function renderText(lines: string[], options: ScanOptions = {}): Promise<Uint8Array> {
  loadFont();
  const fontPx = options.fontPx ?? 32;
  const width = options.width ?? 1400;
  const lineHeight = Math.round(fontPx * 1.6);
  const height = Math.round(lineHeight * (lines.length + 2));
  const img = PImage.make(width, height);
  const ctx = img.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000000';
  ctx.font = `${fontPx}px 'DejaVu Sans'`;
  lines.forEach((line, i) => ctx.fillText(line, Math.round(fontPx * 2), lineHeight * (i + 1) + Math.round(fontPx * 0.5)));
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  if (options.format === 'jpeg') await PImage.encodeJPEGToStream(img, out, 90);
  else await PImage.encodePNGToStream(img, out);
  return new Uint8Array(Buffer.concat(chunks));
}

export type PdfPageSpec = { text: string[] } | { scan: string[]; options?: ScanOptions };

/** A PDF mixing text-layer pages and image-only pages (a scan: one image filling the page, no text). */
export async function makeScannedPdf(pages: PdfPageSpec[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const page = pdf.addPage([595, 842]);
    if ('text' in spec) {
      spec.text.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 16, size: 11, font }));
      continue;
    }
    const bytes = await renderText(spec.scan, spec.options);
    const image = spec.options?.format === 'jpeg' ? await pdf.embedJpg(bytes) : await pdf.embedPng(bytes);
    const w = 595 - 80;
    const h = (image.height / image.width) * w;
    page.drawImage(image, { x: 40, y: 842 - 40 - h, width: w, height: h });
  }
  return pdf.save();
}
