/**
 * OCR of scans, offline: real tesseract.js with the German data from node_modules (this machine
 * has no internet, so a pass here also shows nothing is downloaded). Kept small — two little
 * images — because OCR is slow; quality and speed are measured in `npm run bench`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { createTesseractOcr, tesseractPaths } from '../../src/knowledge/parsers/ocr.js';
import { createParseDocument, DEFAULT_PARSE_LIMITS } from '../../src/knowledge/parsers/parse-document.js';
import { OCR_NOTE } from '../../src/knowledge/parsers/types.js';
import { indexKnowledge, type IndexProgress } from '../../src/knowledge/index/index-knowledge.js';
import { makeScannedPdf, renderText } from './make-scans.js';

const engine = createTesseractOcr({ pageTimeoutMs: 120_000 });
afterAll(() => engine.close());
const parse = createParseDocument(DEFAULT_PARSE_LIMITS, { ocr: { engine, pageTimeoutMs: 120_000 } });

describe('OCR set-up', () => {
  it('takes worker, wasm core and German trained data from node_modules, never from a URL', () => {
    const paths = tesseractPaths();
    for (const p of Object.values(paths)) {
      expect(p).not.toMatch(/^https?:/);
      expect(p).toContain(`${path.sep}node_modules${path.sep}`);
      expect(existsSync(p)).toBe(true);
    }
    expect(existsSync(path.join(paths.langPath, 'deu.traineddata.gz'))).toBe(true);
    expect(existsSync(path.join(paths.corePath, 'tesseract-core-simd-lstm.wasm'))).toBe(true);
  });
});

describe('OCR of scans', () => {
  it('reads a PNG of a fee table in German, marks every block as OCR and writes no cache file', async () => {
    const before = readdirSync(process.cwd());
    const png = await renderText(['Gebühren im Bürgerbüro', 'Führungszeugnis: 13,00 €', 'Meldebescheinigung: 10,00 €']);
    const doc = await parse(png, 'aushang.png');
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Führungszeugnis');
    expect(text).toMatch(/13,00 ?€/);
    expect(text).toContain('Meldebescheinigung');
    expect(doc.blocks.every((b) => b.ocr)).toBe(true);
    expect(readdirSync(process.cwd())).toEqual(before);
  }, 120_000);

  it('reads a TIFF scan (as the Posteingang scanner writes it) and marks it as OCR', async () => {
    const png = PNG.sync.read(Buffer.from(await renderText(['Parkausweis für Anwohner', 'Die Gebühr beträgt 30,00 € im Jahr.'])));
    const utif = createRequire(import.meta.url)('utif2') as { encodeImage(rgba: Uint8Array, w: number, h: number): ArrayBuffer };
    const tiff = new Uint8Array(utif.encodeImage(new Uint8Array(png.data), png.width, png.height));
    expect(Buffer.from(tiff.subarray(0, 2)).toString('latin1')).toMatch(/^(II|MM)$/);
    const doc = await parse(tiff, 'eingang.tif');
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Parkausweis');
    expect(text).toMatch(/30,00 ?€/);
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(doc.blocks.every((b) => b.ocr)).toBe(true);
  }, 120_000);

  it('gives a page up after its time limit and reports it, in German', async () => {
    const slow = createTesseractOcr({ pageTimeoutMs: 5 });
    const parseSlow = createParseDocument(DEFAULT_PARSE_LIMITS, { ocr: { engine: slow, pageTimeoutMs: 5 } });
    const pdf = await makeScannedPdf([{ text: ['Seite eins hat eine Textebene mit genug Buchstaben.'] }, { scan: ['Kurzer Text'] }]);
    const doc = await parseSlow(pdf, 'scan.pdf');
    await slow.close();
    expect(doc.problems).toEqual([{ part: 'S. 2', reason: 'limit', message: 'Texterkennung nach 0 s abgebrochen; die Seite fehlt im Index.' }]);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('Seite eins');
  }, 60_000);
});

describe('rathaus index with a scanned PDF page', () => {
  let root: string;
  const io = (env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } => {
    const c = { out: '', err: '', stdout: (t: string) => void (c.out += t), stderr: (t: string) => void (c.err += t), env, cwd: root, isTTY: false };
    return c;
  };
  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'rathaus-ocr-'));
    mkdirSync(path.join(root, 'wissen'));
    const pdf = await makeScannedPdf([
      { text: ['Dienstanweisung Sitzungsgeld', 'Die Dienstanweisung gilt ab dem 1. Januar für alle Ausschüsse.'] },
      { scan: ['Das Sitzungsgeld beträgt 25 Euro je Sitzung.', 'Fahrtkosten werden gesondert erstattet.'], options: { format: 'jpeg' } },
    ]);
    writeFileSync(path.join(root, 'wissen', 'sitzungsgeld.pdf'), pdf);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reports OCR page progress while indexing the scanned page', async () => {
    const progress: IndexProgress[] = [];
    const run = await indexKnowledge({ parse, dataDir: path.join(root, 'd'), maxFileBytes: 50 * 1024 * 1024, onProgress: (p) => progress.push(p) })(path.join(root, 'wissen'));
    expect(run.documents).toBe(1);
    const ocr = progress.filter((p) => p.ocr);
    expect(ocr.length).toBeGreaterThan(0);
    expect(ocr.every((p) => p.source === 'sitzungsgeld.pdf')).toBe(true);
    expect(ocr.at(-1)?.ocr).toEqual({ done: 1, total: 1 });
  }, 120_000);

  it('keeps the text layer of page 1, reads page 2 by OCR and cites it with page and the OCR note', async () => {
    const c = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], c)).toBe(0);
    expect(JSON.parse(c.out)).toMatchObject({ documents: 1, skipped: [] });
    const ask = io();
    await runCli(['ask', 'Wie hoch ist das Sitzungsgeld je Sitzung?', '--data-dir', 'd', '--json'], ask);
    const answer = JSON.parse(ask.out);
    const scanned = answer.citations.find((c: { snippet: string }) => /25 Euro je Sitzung/.test(c.snippet));
    expect(scanned).toBeDefined();
    expect(answer.answer).toContain(`[${scanned.id}] sitzungsgeld, S. 2, ${OCR_NOTE} (sitzungsgeld.pdf)`);
    const layer = io();
    await runCli(['ask', 'Ab wann gilt die Dienstanweisung für die Ausschüsse?', '--data-dir', 'd', '--json'], layer);
    const first = JSON.parse(layer.out);
    expect(first.answer).toMatch(/\[\d\] sitzungsgeld, S\. 1 \(sitzungsgeld\.pdf\)/);
  }, 180_000);

  it('with OCR=off reports the scanned page instead of losing it silently', async () => {
    const c = io({ OCR: 'off' });
    expect(await runCli(['index', 'wissen', '--data-dir', 'd'], c)).toBe(0);
    expect(c.out).toContain('sitzungsgeld.pdf › S. 2: Dateityp nicht unterstützt (Seite(n) ohne Textebene (Scan); die Texterkennung ist ausgeschaltet (OCR=off).)');
  });
});
