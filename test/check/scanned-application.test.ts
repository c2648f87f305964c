/**
 * A scanned application (an image-only PDF, as a Posteingang scanner writes it) is read by OCR,
 * checked like any other, and every finding from it says it came from text recognition. The text
 * is written for this test (not one of the generated bench cases).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../src/check/create-checker.js';
import { createTesseractOcr } from '../../src/knowledge/parsers/ocr.js';
import { createParseDocument, DEFAULT_PARSE_LIMITS } from '../../src/knowledge/parsers/parse-document.js';
import { makeScannedPdf } from '../knowledge/make-scans.js';

const engine = createTesseractOcr({ pageTimeoutMs: 120_000 });
afterAll(() => engine.close());
let checker: Checker;

beforeAll(async () => {
  const parse = createParseDocument(DEFAULT_PARSE_LIMITS, { ocr: { engine, pageTimeoutMs: 120_000 } });
  checker = await createChecker({ knowledgeDir: path.resolve('knowledge'), parse, land: 'NW', today: () => ({ year: 2026, month: 12, day: 1 }) });
}, 60_000);

describe('a scanned application', () => {
  it('is read by OCR: its type is recognised, findings are marked as text recognition, and a missing point is never "erfüllt"', async () => {
    // No "Reiseziel" line at all: that point is missing from the application.
    const pdf = await makeScannedPdf([
      {
        scan: [
          'Dienstreiseantrag',
          'Formular DR-1',
          'Name: Petra Hoffmann',
          'Personalnummer: 318842',
          'Zweck der Reise: Schulung Vergaberecht',
          'Reisebeginn: 14.09.2026',
          'Reiseende: 15.09.2026',
          'Verkehrsmittel: Bahn',
          'Datum des Antrags: 20.08.2026',
        ],
        options: { fontPx: 40, width: 1700 },
      },
    ]);
    const out = await checker.check(pdf, 'scan-dienstreise.pdf');
    expect(out.status).toBe('checked');
    if (out.status !== 'checked') return;
    const r = out.result;
    expect(r.type).toBe('dienstreise');
    expect(r.notices.join(' ')).toMatch(/Texterkennung \(OCR\)/);
    const rules = r.results.filter((x) => x.kind !== 'when');
    const found = rules.filter((x) => x.status === 'erfuellt');
    expect(found.length).toBeGreaterThan(0);
    // Every piece of evidence quoted from the scan is marked as OCR (a computed deadline is not a quote).
    for (const x of found) {
      const quoted = x.evidence.filter((e) => e.via !== 'computed');
      expect(quoted.length, `${x.ruleId} has evidence from the scan`).toBeGreaterThan(0);
      expect(quoted.every((e) => e.ocr === true), `${x.ruleId} evidence marked OCR`).toBe(true);
    }
    expect(rules.find((x) => x.ruleId === 'reiseziel')?.status).not.toBe('erfuellt');
    expect(r.outcome).not.toBe('vollstaendig');
  }, 180_000);
});
