/**
 * Worker-thread side of the off-thread parsers (see off-thread-parsers.ts): parses transcripts and
 * documents and answers with plain data; errors go back with their kind, so the caller rebuilds
 * AppError and ParseSkip. Imports nothing that does I/O beyond the parsers themselves.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../core/errors.js';
import { ParseSkip } from '../knowledge/parsers/types.js';
import type { TranscriptFormat } from '../minutes/parse-transcript.js';

type OcrConfig = { OCR: 'on' | 'off'; OCR_PAGE_TIMEOUT_S: number };
let localParser: Promise<(bytes: Uint8Array, fileName: string) => Promise<unknown>> | undefined;

// Imported on first use: a transcript worker never loads the PDF/DOCX/mail parsers, and vice versa.
const tasks: Record<string, (...args: never[]) => Promise<unknown>> = {
  transcript: async (data: Uint8Array | string, format?: TranscriptFormat) => {
    const { parseTranscript } = await import('../minutes/parse-transcript.js');
    return parseTranscript(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), format);
  },
  document: async (bytes: Uint8Array, fileName: string, ocr?: OcrConfig) => {
    if (!ocr) return (await import('../knowledge/parsers/parse-document.js')).parseDocument(bytes, fileName);
    // One OCR-capable parser per worker (its tesseract worker is started once and reused).
    localParser ??= import('../knowledge/parsers/from-config.js').then((m) => m.parserFromConfig(ocr).parse);
    return (await localParser)(bytes, fileName);
  },
};

function serialize(e: unknown): Record<string, unknown> {
  if (e instanceof AppError) return { name: 'AppError', kind: e.kind, message: e.message, userMessage: e.userMessage };
  if (e instanceof ParseSkip) return { name: 'ParseSkip', reason: e.reason, message: e.message };
  return { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) };
}

parentPort?.on('message', (msg: { id: number; task: string; args: unknown[] }) => {
  const task = tasks[msg.task];
  const run = task ? task(...(msg.args as never[])) : Promise.reject(new Error(`unknown task ${msg.task}`));
  run.then(
    (result) => parentPort!.postMessage({ id: msg.id, ok: true, result }),
    (e: unknown) => parentPort!.postMessage({ id: msg.id, ok: false, error: serialize(e) }),
  );
});
