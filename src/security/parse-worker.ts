/**
 * Worker-thread side of the off-thread parsers (see off-thread-parsers.ts): parses transcripts and
 * documents and answers with plain data; errors go back with their kind, so the caller rebuilds
 * AppError and ParseSkip. Imports nothing that does I/O beyond the parsers themselves.
 */
import { serveWorkerTasks, type WorkerTasks } from '../core/worker-tasks.js';
import { ParseSkip } from '../knowledge/parsers/types.js';
import type { TranscriptFormat } from '../minutes/parse-transcript.js';

type OcrConfig = { OCR: 'on' | 'off'; OCR_PAGE_TIMEOUT_S: number };
let localParser: Promise<(bytes: Uint8Array, fileName: string) => Promise<unknown>> | undefined;

// Imported on first use: a transcript worker never loads the PDF/DOCX/mail parsers, and vice versa.
const tasks: WorkerTasks = {
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

serveWorkerTasks(tasks, (e) => (e instanceof ParseSkip ? { name: 'ParseSkip', reason: e.reason, message: e.message } : undefined));
