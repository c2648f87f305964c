/**
 * The document parser as the configuration wants it: with OCR (one tesseract worker, per-page
 * time limit) unless OCR=off. `close` ends the OCR worker; a CLI run calls it before it exits.
 */
import type { AppConfig } from '../../config.js';
import { createTesseractOcr } from './ocr.js';
import { createParseDocument, DEFAULT_PARSE_LIMITS } from './parse-document.js';
import type { ParseDocument } from './types.js';

export function parserFromConfig(config: Pick<AppConfig, 'OCR' | 'OCR_PAGE_TIMEOUT_S'>): { parse: ParseDocument; close(): Promise<void> } {
  if (config.OCR === 'off') return { parse: createParseDocument(DEFAULT_PARSE_LIMITS), close: async () => undefined };
  const pageTimeoutMs = config.OCR_PAGE_TIMEOUT_S * 1000;
  const engine = createTesseractOcr({ pageTimeoutMs });
  return { parse: createParseDocument(DEFAULT_PARSE_LIMITS, { ocr: { engine, pageTimeoutMs } }), close: () => engine.close() };
}
