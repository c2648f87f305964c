/**
 * Offline OCR in German with tesseract.js: the wasm core comes from the npm package
 * tesseract.js-core, the trained data from @tesseract.js-data/deu (4.0.0_best_int), the worker
 * script from tesseract.js itself — all resolved in node_modules, never fetched from a CDN, and
 * no cache file is written. Recognition runs in a worker thread (off the event loop), one page
 * at a time, with a per-page time limit: a page that takes too long ends the worker (the only
 * way to stop tesseract), the next page starts a fresh one. An idle worker is ended after a while.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'tesseract.js';

export interface OcrResult {
  text: string;
  /** Mean word confidence 0–100 as tesseract reports it. */
  confidence: number;
}

/** Recognises the text of one image (PNG, JPEG, BMP or PNM bytes). */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<OcrResult>;
  /** Ends the worker thread (a CLI run calls this before it exits). */
  close(): Promise<void>;
}

export class OcrTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`OCR page took longer than ${seconds} s`);
    this.name = 'OcrTimeout';
  }
}

export interface TesseractOptions {
  /** Time limit per image; slower pages are given up. */
  pageTimeoutMs: number;
  /** An unused worker is ended after this long (default 30 s). */
  idleMs?: number;
}

const require = createRequire(import.meta.url);

/** Where tesseract.js finds everything it needs: local files only. */
export function tesseractPaths(): { workerPath: string; corePath: string; langPath: string } {
  return {
    workerPath: require.resolve('tesseract.js/src/worker-script/node/index.js'),
    // In Node the worker loads the core with require('tesseract.js-core/…'); the path is given anyway, so nothing points at a CDN.
    corePath: path.dirname(require.resolve('tesseract.js-core/package.json')),
    langPath: path.join(path.dirname(require.resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int'),
  };
}

export function createTesseractOcr(options: TesseractOptions): OcrEngine {
  const idleMs = options.idleMs ?? 30_000;
  let worker: Promise<Worker> | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  // One page at a time: the 2-core servers this runs on have no room for parallel OCR.
  let queue: Promise<unknown> = Promise.resolve();

  const start = async (): Promise<Worker> => {
    const { createWorker, OEM } = await import('tesseract.js');
    return createWorker('deu', OEM.LSTM_ONLY, { ...tesseractPaths(), cacheMethod: 'none', gzip: true });
  };
  const stop = async () => {
    const w = worker;
    worker = undefined;
    if (w) await w.then((x) => x.terminate()).catch(() => undefined);
  };

  const run = async (image: Uint8Array): Promise<OcrResult> => {
    clearTimeout(idleTimer);
    worker ??= start();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeout(Math.round(options.pageTimeoutMs / 1000))), options.pageTimeoutMs);
    });
    try {
      const w = await Promise.race([worker, timeout]);
      const { data } = await Promise.race([w.recognize(Buffer.from(image)), timeout]);
      return { text: data.text ?? '', confidence: data.confidence ?? 0 };
    } catch (e) {
      // A timed-out or crashed worker is not reused.
      await stop();
      throw e;
    } finally {
      clearTimeout(timer);
      idleTimer = setTimeout(() => void stop(), idleMs);
      idleTimer.unref();
    }
  };

  return {
    recognize(image) {
      const next = queue.then(() => run(image));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      clearTimeout(idleTimer);
      await queue;
      await stop();
    },
  };
}
