/**
 * Spreadsheets → blocks: XLSX through exceljs, ODS through its content.xml, CSV through
 * csv-parse. Every sheet is a section, every row one passage with its column headers
 * (see table-blocks.ts). Numbers are shown the German way with the cell's decimals and
 * currency, dates as TT.MM.JJJJ, formulas by their last computed result.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { decodeText } from './decode-text.js';
import { tableToBlocks } from './table-blocks.js';
import { ParseSkip, type DocumentBlock } from './types.js';
import { children, findAll, findFirst, openZip, readXml, textOf } from './xml.js';

export async function xlsxToBlocks(bytes: Uint8Array, maxUncompressedBytes: number): Promise<{ title?: string; blocks: DocumentBlock[] }> {
  const zip = await openZip(bytes, maxUncompressedBytes, 'Excel-Datei');
  if (!zip.file('xl/workbook.xml')) throw new ParseSkip('unreadable', 'Excel-Datei ohne Arbeitsmappe (xl/workbook.xml fehlt).');
  // exceljs takes about a second to load: only when a workbook is actually read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ParseSkip('unreadable', 'Excel-Datei ist beschädigt oder in einem unbekannten Format.');
  }
  const blocks: DocumentBlock[] = [];
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value, cell.numFmt);
      });
      rows.push(Array.from(cells, (c) => c ?? ''));
      rowNumbers.push(n);
    });
    blocks.push(...tableToBlocks({ name: sheet.name, rows, rowNumbers }));
  }
  const title = workbook.title?.trim() || undefined;
  return { title, blocks };
}

function cellText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (value instanceof Date) return formatDate(value, numFmt);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue, numFmt);
  if ('error' in value) return '';
  return '';
}

const DE_DATE = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

function formatDate(d: Date, numFmt: string | undefined): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = DE_DATE.format(d);
  return numFmt && /h|ss/i.test(numFmt.replace(/"[^"]*"/g, '')) ? `${date} ${d.toISOString().slice(11, 16)}` : date;
}

/** 37 with format `#,##0.00 "€"` → "37,00 €"; 0.19 with `0%` → "19 %". */
export function formatNumber(n: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').split(';')[0];
  const percent = /%/.test(fmt.replace(/"[^"]*"/g, ''));
  const value = percent ? n * 100 : n;
  const decimals = /\.(0+)/.exec(fmt)?.[1].length;
  const text = value.toLocaleString('de-DE', decimals !== undefined ? { minimumFractionDigits: decimals, maximumFractionDigits: decimals } : { maximumFractionDigits: 10 });
  if (percent) return `${text} %`;
  if (/€|EUR/.test(fmt)) return `${text} €`;
  return text;
}

export async function odsToBlocks(bytes: Uint8Array, maxUncompressedBytes: number): Promise<{ title?: string; blocks: DocumentBlock[] }> {
  const zip = await openZip(bytes, maxUncompressedBytes, 'OpenDocument-Tabelle');
  const content = await readXml(zip, 'content.xml');
  const sheetRoot = content && findFirst(content, 'office:spreadsheet');
  if (!sheetRoot) throw new ParseSkip('unreadable', 'OpenDocument-Tabelle ohne Tabellenblätter (content.xml fehlt oder ist leer).');
  const blocks: DocumentBlock[] = [];
  for (const table of findAll(sheetRoot, 'table:table')) blocks.push(...tableToBlocks(odfTable(table)));
  return { title: await odfTitle(zip), blocks };
}

/** An ODF table (ODS sheet or ODT table) → rows of cell texts; repeated rows/cells expanded only where filled. */
export function odfTable(table: ReturnType<typeof findAll>[number]): { name?: string; rows: string[][]; rowNumbers: number[] } {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let n = 0;
  for (const row of findAll(table, 'table:table-row')) {
    const cells: string[] = [];
    for (const cell of children(row).filter((c) => c.name === 'table:table-cell' || c.name === 'table:covered-table-cell')) {
      const repeat = Math.min(Number(cell.attribs['table:number-columns-repeated'] ?? 1) || 1, 1000);
      const text = children(cell, 'text:p').map(textOf).join(' ').trim();
      // Empty cells repeated to the sheet's edge (16384 columns) are counted, not stored.
      if (!text) cells.length += repeat;
      else for (let k = 0; k < repeat; k++) cells.push(text);
    }
    const repeatRows = Number(row.attribs['table:number-rows-repeated'] ?? 1) || 1;
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some(Boolean)) {
      for (let k = 0; k < Math.min(repeatRows, 1000); k++) {
        rows.push(filled);
        rowNumbers.push(n + k + 1);
      }
    }
    n += repeatRows;
  }
  return { name: table.attribs['table:name'], rows, rowNumbers };
}

export async function odfTitle(zip: Awaited<ReturnType<typeof openZip>>): Promise<string | undefined> {
  const meta = await readXml(zip, 'meta.xml');
  const title = meta && findFirst(meta, 'dc:title');
  return title ? textOf(title).trim() || undefined : undefined;
}

export function csvToBlocks(bytes: Uint8Array): DocumentBlock[] {
  const text = decodeText(bytes);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  // German Excel writes ";" (the comma is the decimal separator); tabs and commas also occur.
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  let rows: string[][];
  try {
    rows = parseCsv(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch {
    throw new ParseSkip('unreadable', 'CSV-Datei ist fehlerhaft (Anführungszeichen oder Spalten passen nicht).');
  }
  return tableToBlocks({ rows });
}
