/**
 * The CPU-heavy part of a Niederschrift draft on a worker thread: the deterministic core
 * (detectors, segmentation, votes — buildCoreDraft, unchanged) and the Word rendering. A
 * maximum-size transcript takes seconds there; on the event loop it would hold /healthz and every
 * other user's turn for as long. The model stage (summaries) stays on the main thread: it waits on
 * the network, not the CPU.
 */
import { AppError, type AppErrorKind } from '../core/errors.js';
import { createWorkerPool, WorkerTimeoutError, type SerializedError } from '../core/worker-pool.js';
import type { CoreInput, CoreResult } from './core-draft.js';
import type { MinutesDraft } from './draft-schema.js';
import type { MinutesFiles } from './minutes-files.js';
import type { MinutesTemplate } from './template.js';

export interface OffThreadDraft {
  /** buildCoreDraft on the worker; same result (the clock answers for every cue start). */
  buildCore(input: CoreInput): Promise<CoreResult>;
  /** renderMinutesFiles on the worker. */
  render(draft: MinutesDraft, template?: MinutesTemplate): Promise<MinutesFiles>;
  close(): Promise<void>;
}

function revive(e: SerializedError): Error {
  if (e.name === 'AppError') return new AppError(e.kind as AppErrorKind, e.message, e.userMessage as string | undefined);
  return Object.assign(new Error(e.message), { name: e.name });
}

/** The worker module next to this file (.js in dist/, .ts under tsx and vitest). */
function workerModule(): URL {
  const self = new URL(import.meta.url);
  return new URL(self.pathname.endsWith('.ts') ? './draft-worker.ts' : './draft-worker.js', self);
}

/** Offsets as "h:mm:ss", for a cue start the worker sent no label for (none in practice). */
const offset = (s: number) => `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

const toBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

export function createOffThreadDraft(options: { timeoutMs?: number } = {}): OffThreadDraft {
  const pool = createWorkerPool({ module: workerModule(), size: 1, timeoutMs: options.timeoutMs ?? 180_000, revive });
  const limit = (e: unknown): never => {
    if (e instanceof WorkerTimeoutError) throw new AppError('limit', e.message, 'Der Entwurf konnte nicht in angemessener Zeit erstellt werden. Bitte teilen Sie die Sitzung auf und versuchen Sie es erneut.');
    throw e;
  };
  return {
    async buildCore(input) {
      const result = await pool.run<Omit<CoreResult, 'clock'> & { clockLabels: [number, string][] }>('core', [input]).catch(limit);
      const { clockLabels, ...rest } = result;
      const labels = new Map(clockLabels);
      return { ...rest, clock: (s: number) => labels.get(s) ?? offset(s) };
    },
    async render(draft, template) {
      const files = await pool.run<MinutesFiles>('render', [draft, template]).catch(limit);
      return {
        public: { name: files.public.name, data: toBuffer(files.public.data) },
        nonpublic: files.nonpublic ? { name: files.nonpublic.name, data: toBuffer(files.nonpublic.data) } : null,
      };
    },
    close: () => pool.close(),
  };
}
