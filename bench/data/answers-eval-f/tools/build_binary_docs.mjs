// Builds the docx and pdf documents of set F from content.mjs (modelled on set E's build script).
// Run: node tools/build_binary_docs.mjs   (uses the project's packages `docx` and `pdf-lib`; no network)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from './deps.mjs';
import { DOCX, PDF } from './content.mjs';

const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, Header, Footer } = await load('docx');
const { PDFDocument, StandardFonts, rgb } = await load('pdf-lib');

const here = path.dirname(fileURLToPath(import.meta.url));
const knowledge = path.join(here, '..', 'knowledge');
const FIXED = new Date('2026-11-20T08:00:00Z');
const TOWN = 'Stadt Hainbrück';

function docxChildren(items) {
  const out = [];
  for (const [kind, value] of items) {
    if (kind === 'table') {
      out.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: value.map((row, i) => new TableRow({
          tableHeader: i === 0,
          children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })] })),
        })),
      }));
      out.push(new Paragraph(''));
    } else if (kind === 'title') out.push(new Paragraph({ text: value, heading: HeadingLevel.TITLE }));
    else if (kind === 'h1') out.push(new Paragraph({ text: value, heading: HeadingLevel.HEADING_1 }));
    else if (kind === 'h2') out.push(new Paragraph({ text: value, heading: HeadingLevel.HEADING_2 }));
    else if (kind === 'meta') out.push(new Paragraph({ children: [new TextRun({ text: value, italics: true, size: 18 })] }));
    else out.push(new Paragraph({ text: value }));
  }
  return out;
}

async function buildDocx(rel, items) {
  const doc = new Document({
    creator: TOWN,
    title: items.find(([k]) => k === 'title')?.[1],
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${TOWN} – Der Bürgermeister`, bold: true, size: 18 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: `${TOWN} · Markt 1 · Telefon 03 63 81 / 57-0 · www.hainbrueck.de`, size: 16 })] })] }) },
      children: docxChildren(items),
    }],
  });
  const file = path.join(knowledge, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await Packer.toBuffer(doc));
}

function wrap(text, font, size, width) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && line) { lines.push(line); line = w; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

async function buildPdf(rel, items) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(items.find(([k]) => k === 'title')?.[1] ?? rel);
  pdf.setAuthor(TOWN);
  pdf.setCreator(TOWN);
  pdf.setProducer(TOWN);
  pdf.setCreationDate(FIXED);
  pdf.setModificationDate(FIXED);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [W, H, M] = [595, 842, 56];
  let page = pdf.addPage([W, H]);
  let y = H - M;
  const need = (h) => { if (y - h < M) { page = pdf.addPage([W, H]); y = H - M; } };
  const draw = (text, font, size, x = M, width = W - 2 * M, gap = 4) => {
    for (const l of wrap(text, font, size, width)) {
      need(size + gap);
      page.drawText(l, { x, y: y - size, size, font, color: rgb(0, 0, 0) });
      y -= size + gap;
    }
  };
  for (const [kind, value] of items) {
    if (kind === 'title') { y -= 8; draw(value, bold, 15, M, W - 2 * M, 5); y -= 4; }
    else if (kind === 'meta') draw(value, regular, 8.5);
    else if (kind === 'h1') { y -= 8; draw(value, bold, 12); }
    else if (kind === 'h2') { y -= 4; draw(value, bold, 10.5); }
    else if (kind === 'li') draw(value, regular, 10, M + 12, W - 2 * M - 12);
    else if (kind === 'table') {
      const cols = value[0].length;
      const colW = (W - 2 * M) / cols;
      value.forEach((row, i) => {
        const f = i === 0 ? bold : regular;
        const cellLines = row.map((c) => wrap(c, f, 9.5, colW - 8));
        const h = Math.max(...cellLines.map((l) => l.length)) * 13 + 4;
        need(h);
        cellLines.forEach((ls, c) => ls.forEach((l, k) => page.drawText(l, { x: M + c * colW + 2, y: y - 11 - k * 13, size: 9.5, font: f })));
        page.drawLine({ start: { x: M, y: y - h + 2 }, end: { x: W - M, y: y - h + 2 }, thickness: 0.4 });
        y -= h;
      });
      y -= 6;
    } else { draw(value, regular, 10); y -= 3; }
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => p.drawText(`${TOWN} - Markt 1 - Seite ${i + 1} von ${pages.length}`, { x: M, y: 30, size: 8, font: regular }));
  const file = path.join(knowledge, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await pdf.save({ useObjectStreams: false }));
}

for (const [rel, items] of Object.entries(DOCX)) await buildDocx(rel, items);
for (const [rel, items] of Object.entries(PDF)) await buildPdf(rel, items);
console.log(`built ${Object.keys(DOCX).length} docx, ${Object.keys(PDF).length} pdf`);
