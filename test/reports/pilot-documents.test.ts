/** The Word and Excel files and the charts of a generated quarter, checked part by part. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../src/reports/pilot/render-xlsx.js';
import { renderPilotReport, type PilotReportFiles } from '../../src/reports/pilot/generate-pilot-report.js';
import { parseModelPrices, type ModelPrice } from '../../src/reports/pilot/prices.js';
import { GAP_QUESTIONS, generatePilotRecords } from '../fakes/pilot-records.js';

const OUT = path.join(import.meta.dirname, '..', '..', 'test-results', 'pilotbericht');
const prices = (parseModelPrices('chat=0.15/0.60;embedding=0.02/0;chat=0.12/0.48@2026-11-16') as { prices: ModelPrice[] }).prices;

let files: PilotReportFiles;
beforeAll(async () => {
  const { inputs } = generatePilotRecords({ from: '2026-10-01', days: 92, users: 300 });
  files = await renderPilotReport(inputs, {
    from: '2026-10-01',
    to: '2026-12-31',
    prices,
    operatingCostEurMonth: 31,
    baselineMinutesQuestion: 5,
    baselineMinutesMinutesDraft: 60,
    quoteComments: false,
    generatedAt: '2027-01-05T09:00:00.000Z',
  });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, files.docx.name), files.docx.data);
  writeFileSync(path.join(OUT, files.xlsx.name), files.xlsx.data);
  for (const c of files.charts) {
    writeFileSync(path.join(OUT, `${c.name}.png`), c.png);
    writeFileSync(path.join(OUT, `${c.name}.svg`), c.svg);
  }
});

describe('Pilotbericht charts', () => {
  it('renders the four charts as SVG with German labels and as PNG images', () => {
    expect(files.charts.map((c) => c.name)).toEqual(['fragen-je-woche', 'anteil-beantwortet', 'rueckmeldungen', 'kosten-je-monat']);
    for (const c of files.charts) {
      expect(c.svg.startsWith('<svg')).toBe(true);
      expect(c.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(c.width).toBeGreaterThan(800);
    }
    const weekly = files.charts[0].svg;
    expect(weekly).toContain('KW 40/2026');
    expect(weekly).toContain('beantwortet');
    // Bars are drawn: one path per week and status.
    expect((weekly.match(/<path/g) ?? []).length).toBeGreaterThan(14);
    expect(files.charts[3].svg).toContain('Oktober 2026');
  });
});

describe('Pilotbericht Word file', () => {
  it('is an annex with title, period, summary, the four chart images, method and limits — and no personal data', async () => {
    const zip = await JSZip.loadAsync(files.docx.data);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    expect(media).toHaveLength(4);
    for (const m of media) {
      const png = await zip.file(m)!.async('nodebuffer');
      expect(files.charts.some((c) => c.png.equals(png))).toBe(true);
    }
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<pic:pic/g) ?? []).length).toBe(4);
    const text = xml.replace(/<[^>]+>/g, ' ');
    for (const s of ['Pilotbericht Rathaus-Assistent', '01.10.2026 bis 31.12.2026', 'Zusammenfassung', 'Methode', 'Grenzen der Aussagekraft', 'Angenommene Zeitersparnis', 'berichtete Zeitersparnis', 'Dokumentationslücken', 'Anwohnerparkausweis']) {
      expect(text).toContain(s);
    }
    const footer = Object.keys(zip.files).filter((n) => /word\/footer\d*\.xml/.test(n));
    expect(await Promise.all(footer.map((f) => zip.file(f)!.async('string')))).toEqual(expect.arrayContaining([expect.stringContaining('Automatisch erstellt')]));
    for (const q of GAP_QUESTIONS) expect(text).not.toContain(q);
    expect(text).not.toMatch(/aad-user-|[0-9a-f]{32}/);
  });
});

describe('Pilotbericht Excel file', () => {
  it('has one sheet per section and stores numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files.xlsx.data as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SHEET_NAMES]);
    const usage = wb.getWorksheet('Nutzung')!;
    expect(usage.getRow(2).getCell(1).value).toBe('Oktober 2026');
    for (let col = 2; col <= 10; col++) expect(typeof usage.getRow(2).getCell(col).value, `Nutzung column ${col}`).toBe('number');
    expect(usage.getRow(2).getCell(3).value).toBe(files.report.months[0].figures!.use.questions);
    const cost = wb.getWorksheet('Kosten')!;
    const total = cost.getRow(5);
    expect(total.getCell(1).value).toBe('Zeitraum');
    expect(total.getCell(8).value).toBeCloseTo(files.report.totalCost.totalEur, 8);
    expect(cost.getColumn(8).numFmt).toContain('€');
    const savings = wb.getWorksheet('Zeitersparnis')!;
    const rows = savings.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.filter((r) => r[1] === 'Annahme')).toHaveLength(3);
    expect(rows.filter((r) => r[1] === 'Berichtet').every((r) => r[3] === null || typeof r[3] === 'number')).toBe(true);
    const summary = wb.getWorksheet('Zusammenfassung')!;
    expect(typeof summary.getRow(3).getCell(2).value).toBe('number');
  });
});
