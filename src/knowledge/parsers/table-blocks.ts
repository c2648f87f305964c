/**
 * A table (spreadsheet sheet, CSV, ODT table) → blocks, one passage per row: every row becomes
 * its own section "<Blatt>, Zeile n" whose text names each value with its column header
 * ("Leistung: Personalausweis; Gebühr: 37,00 €"), so a fee table row is found and cited alone,
 * with sheet and row as its location. Pure.
 */
import { cleanText } from './html-blocks.js';
import type { DocumentBlock } from './types.js';

export interface TableInput {
  /** Sheet name (spreadsheets) or caption; becomes the section heading. */
  name?: string;
  /** Cell texts, row by row; `rowNumbers[i]` is the row number shown to people (1-based). */
  rows: string[][];
  rowNumbers?: number[];
}

/**
 * `level` is the heading level of the table name; rows sit one level below. Without
 * `rowSections` (a table inside running text) rows are plain paragraphs, so the text after the
 * table does not land in the section of its last row.
 */
export function tableToBlocks(table: TableInput, level = 1, options: { rowSections?: boolean } = {}): DocumentBlock[] {
  const rowSections = options.rowSections ?? true;
  const rows = table.rows.map((r) => r.map((c) => cleanText(c)));
  const numbered = rows.map((cells, i) => ({ cells, n: table.rowNumbers?.[i] ?? i + 1 })).filter((r) => r.cells.some(Boolean));
  if (!numbered.length) return [];
  const blocks: DocumentBlock[] = [];
  if (table.name) blocks.push({ kind: 'heading', level, text: table.name });
  const header = isHeaderRow(numbered[0].cells, numbered[1]?.cells) ? numbered.shift()!.cells : undefined;
  if (header) blocks.push({ kind: 'paragraph', text: `Spalten: ${header.filter(Boolean).join('; ')}` });
  for (const { cells, n } of numbered) {
    const parts = cells
      .map((value, i) => ({ value, head: header?.[i] }))
      .filter((p) => p.value)
      .map((p) => (p.head && p.head !== p.value ? `${p.head}: ${p.value}` : p.value));
    if (rowSections) blocks.push({ kind: 'heading', level: level + 1, text: table.name ? `${table.name}, Zeile ${n}` : `Zeile ${n}` });
    blocks.push({ kind: 'paragraph', text: header ? parts.join('; ') : parts.join(' | ') });
  }
  return blocks;
}

/**
 * A first row is a header when it has at least two filled cells, none of them a number or
 * amount, and a following row exists (a table of one row has nothing to label).
 */
function isHeaderRow(first: string[], next: string[] | undefined): boolean {
  if (!next) return false;
  const filled = first.filter(Boolean);
  return filled.length >= 2 && filled.every((c) => !/^[-+]?[\d.,\s]+(\s?(€|%|EUR))?$/.test(c)) && filled.length >= next.filter(Boolean).length / 2;
}
