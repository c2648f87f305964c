/**
 * Transcript and document parsing on a worker thread, so a big or hostile file never holds the
 * event loop: /healthz and other users' turns stay fast while it is read. A parse that runs longer
 * than its time limit ends its worker (the next parse gets a fresh one) and fails with a German
 * message or a ParseSkip("limit"), as the in-process parsers would.
 */
import { AppError, type AppErrorKind } from '../core/errors.js';
import { createWorkerPool, WorkerTimeoutError, type SerializedError, type WorkerPool } from '../core/worker-pool.js';
import { ParseSkip, type ParseDocument, type ParsedDocument, type SkipReason } from '../knowledge/parsers/types.js';
import type { TranscriptFormat } from '../minutes/parse-transcript.js';
import type { Transcript } from '../minutes/types.js';

export interface OffThreadParsers {
  parseTranscript(data: Buffer | string, format?: TranscriptFormat): Promise<Transcript>;
  /** For files from chat turns and SharePoint downloads: no OCR (a turn cannot wait for it). */
  parseDocument: ParseDocument;
  /** For the local knowledge folder: with OCR as configured, on a worker of its own. */
  parseLocalDocument: ParseDocument;
  close(): Promise<void>;
}

function revive(e: SerializedError): Error {
  if (e.name === 'AppError') return new AppError(e.kind as AppErrorKind, e.message, e.userMessage as string | undefined);
  if (e.name === 'ParseSkip') return new ParseSkip(e.reason as SkipReason, e.message);
  return Object.assign(new Error(e.message), { name: e.name });
}

/** The worker module next to this file (.js in dist/, .ts under tsx and vitest). */
function workerModule(): URL {
  const self = new URL(import.meta.url);
  return new URL(self.pathname.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', self);
}

export interface OffThreadOptions {
  workers?: number;
  transcriptTimeoutMs?: number;
  documentTimeoutMs?: number;
  /** OCR settings for parseLocalDocument; its time limit per file is longer (OCR pages have their own). */
  ocr?: { OCR: 'on' | 'off'; OCR_PAGE_TIMEOUT_S: number };
  localDocumentTimeoutMs?: number;
}

export function createOffThreadParsers(options: OffThreadOptions = {}): OffThreadParsers {
  const pool = (timeoutMs: number): WorkerPool => createWorkerPool({ module: workerModule(), size: options.workers ?? 1, timeoutMs, revive });
  // Separate pools: a slow knowledge file being indexed never delays a clerk's transcript.
  const transcripts = pool(options.transcriptTimeoutMs ?? 60_000);
  const documents = pool(options.documentTimeoutMs ?? 90_000);
  const ocr = options.ocr ?? { OCR: 'off' as const, OCR_PAGE_TIMEOUT_S: 120 };
  const localDocuments = pool(options.localDocumentTimeoutMs ?? (ocr.OCR === 'on' ? 30 * 60_000 : 90_000));

  async function document(target: WorkerPool, bytes: Uint8Array, fileName: string, extra: unknown[]): Promise<ParsedDocument> {
    const payload = new Uint8Array(bytes);
    try {
      return await target.run<ParsedDocument>('document', [payload, fileName, ...extra], [payload.buffer as ArrayBuffer]);
    } catch (e) {
      if (e instanceof WorkerTimeoutError) throw new ParseSkip('limit', `Lesen dauerte länger als ${Math.round(e.timeoutMs / 1000)} s.`);
      if (e instanceof ParseSkip || e instanceof AppError) throw e;
      throw new ParseSkip('unreadable', `Datei nicht lesbar: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return {
    async parseTranscript(data, format) {
      // A copy goes to the worker (transferring would detach the caller's buffer).
      const payload = typeof data === 'string' ? data : new Uint8Array(data);
      try {
        return await transcripts.run<Transcript>('transcript', [payload, format], typeof payload === 'string' ? [] : [payload.buffer as ArrayBuffer]);
      } catch (e) {
        if (e instanceof WorkerTimeoutError) throw new AppError('limit', e.message, 'Das Transkript konnte nicht in angemessener Zeit gelesen werden. Bitte prüfen Sie die Datei oder teilen Sie die Sitzung auf.');
        throw e;
      }
    },
    parseDocument: (bytes, fileName) => document(documents, bytes, fileName, []),
    parseLocalDocument: (bytes, fileName) => document(localDocuments, bytes, fileName, [ocr]),
    async close() {
      await Promise.all([transcripts.close(), documents.close(), localDocuments.close()]);
    },
  };
}
