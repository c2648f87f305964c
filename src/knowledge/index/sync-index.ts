/**
 * Use case: bring the index of an indexed source up to date (the local folder, the council
 * information system). Incremental: a document whose change marker (size and mtime, or
 * `modified`) is unchanged is not read again, one with the same content hash is not parsed
 * again, changed documents are re-read, documents that are gone leave the index. A source that
 * can poll is asked only for its changes since the stored checkpoint. A document that cannot be
 * indexed is recorded with its reason and never stops the run.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Logger } from '../../core/logger.js';
import type { EmbeddingModel } from '../../llm/chat-model.js';
import { chunkDocument, type ChunkOptions, DEFAULT_CHUNK_OPTIONS } from '../chunking.js';
import { ParseSkip, type ParseDocument, type ParsedDocument, type SkipReason } from '../parsers/types.js';
import { INDEX_FILE_NAME, readSnapshot, writeSnapshot } from './index-file.js';
import { IndexState, type DocumentEntry, type IndexSnapshot } from './index-state.js';
import type { IndexedDocument, IndexedSource, ListingProblem } from './indexed-source.js';

export interface IndexProgress {
  phase: 'scan' | 'read' | 'embed' | 'save';
  done: number;
  total: number;
  source?: string;
  /** While a file is read by OCR: pages done of total in that file. */
  ocr?: { done: number; total: number };
}

export interface SyncIndexDeps {
  parse: ParseDocument;
  dataDir: string;
  embedder?: EmbeddingModel;
  logger?: Logger;
  onProgress?: (p: IndexProgress) => void;
  chunkOptions?: ChunkOptions;
  /** Index file under dataDir; default the local folder's (knowledge-index.json). */
  indexFile?: string;
  /** Documents read at once (default 1). */
  readConcurrency?: number;
  /** Where a polling source's checkpoint is kept between runs (e.g. the Store). */
  checkpoints?: CheckpointStore;
}

/** Keeps a polling source's checkpoint, bound to the index it belongs to (its `builtAt`). */
export interface CheckpointStore {
  read(): Promise<{ checkpoint: string; indexBuiltAt: string } | undefined>;
  write(value: { checkpoint: string; indexBuiltAt: string }): Promise<void>;
}

export interface IndexReport {
  documents: number;
  chunks: number;
  skipped: { source: string; reason: SkipReason }[];
  ms: number;
}

export interface IndexRun extends IndexReport {
  /** True when anything was added, changed or removed (and the file was written). */
  changed: boolean;
  snapshot: IndexSnapshot;
  /** Messages per skipped source, for logs and the human CLI output. */
  skipMessages: Record<string, string>;
  /** 'load' = full listing, 'poll' = changes since the stored checkpoint. */
  mode: 'load' | 'poll';
  /** Documents read again this run (new or changed). */
  updated: number;
  /** Documents removed this run. */
  removed: number;
}

const EMBED_BATCH = 32;

/** Brings the index of `source` up to date and writes it when anything changed. */
export const syncIndex =
  (deps: SyncIndexDeps) =>
  async (source: IndexedSource, signal?: AbortSignal): Promise<IndexRun> => {
    const started = performance.now();
    const indexFile = deps.indexFile ?? INDEX_FILE_NAME;
    const stored = await readSnapshot(deps.dataDir, indexFile);
    if (stored.status === 'corrupt' || stored.status === 'outdated') {
      deps.logger?.warn({ reason: stored.message, source: source.id }, 'Suchindex unbrauchbar, wird neu aufgebaut');
    }
    const state = stored.status === 'ok' ? IndexState.fromSnapshot(stored.snapshot) : new IndexState();
    let changed = stored.status !== 'ok';
    if (deps.embedder && state.embeddingModel !== deps.embedder.name) {
      // Vectors of another model are not comparable: drop them, they are recomputed below.
      for (const doc of state.documents.values()) delete doc.vectors;
      state.embeddingModel = deps.embedder.name;
      changed = true;
    }

    // Poll only when the stored checkpoint belongs to this very index file; else list everything.
    const saved = source.poll && stored.status === 'ok' ? await deps.checkpoints?.read() : undefined;
    const poll = saved && stored.status === 'ok' && saved.indexBuiltAt === stored.snapshot.builtAt ? saved.checkpoint : undefined;
    let documents: IndexedDocument[];
    let problems: ListingProblem[];
    let checkpoint: string | undefined;
    let removed = 0;
    const remove = (key: string) => {
      const known = state.documents.delete(key) || state.skipped.delete(key);
      state.files.delete(key);
      if (known) removed++;
      return known;
    };
    const changes = poll !== undefined && source.poll ? await source.poll(poll, signal) : undefined;
    if (changes) {
      ({ problems, checkpoint } = changes);
      documents = changes.changed;
      for (const key of changes.deleted) if (remove(key)) changed = true;
    } else {
      const listing = await source.load(signal);
      ({ documents, problems, checkpoint } = listing);
      if (listing.synonyms && JSON.stringify(listing.synonyms) !== JSON.stringify(state.synonyms ?? [])) {
        state.synonyms = listing.synonyms;
        changed = true;
      }
      const present = new Set(documents.map((d) => d.key));
      for (const key of [...state.documents.keys(), ...state.skipped.keys()]) {
        if (!present.has(key) && remove(key)) changed = true;
      }
    }

    deps.onProgress?.({ phase: 'scan', done: 0, total: documents.length });
    let done = 0;
    let updated = 0;
    // Documents are read one at a time by default (the folder's OCR already uses the workers); a
    // remote source reads a few at once (its HTTP client bounds the rate).
    let nextDoc = 0;
    const worker = async () => {
      while (nextDoc < documents.length) {
        signal?.throwIfAborted();
        const doc = documents[nextDoc++];
        deps.onProgress?.({ phase: 'read', done, total: documents.length, source: doc.key });
        if (await updateDocument(state, doc, deps, { done, total: documents.length })) {
          changed = true;
          updated++;
        }
        done++;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, deps.readConcurrency ?? 1) }, worker));
    deps.onProgress?.({ phase: 'read', done, total: documents.length });

    if (deps.embedder && (await embedMissing(state, deps))) changed = true;

    let snapshot = state.toSnapshot();
    if (changed) {
      deps.onProgress?.({ phase: 'save', done: 0, total: 1 });
      await mkdir(deps.dataDir, { recursive: true });
      await writeSnapshot(deps.dataDir, snapshot, indexFile);
    } else if (stored.status === 'ok') {
      snapshot = { ...snapshot, builtAt: stored.snapshot.builtAt };
    }
    if (checkpoint !== undefined && deps.checkpoints) await deps.checkpoints.write({ checkpoint, indexBuiltAt: snapshot.builtAt });
    // Parts of indexed documents (attachments, OCR pages, files of a Vorlage) that could not be read are reported as "<document> › <part>".
    const partProblems = Object.entries(snapshot.files).flatMap(([key, f]) => (f.problems ?? []).map((p) => ({ source: `${key} › ${p.part}`, reason: p.reason, message: p.message })));
    const skipped = [
      ...problems.map((p) => ({ source: p.key, reason: p.reason })),
      ...Object.entries(snapshot.skipped).map(([key, s]) => ({ source: key, reason: s.reason })),
      ...partProblems.map(({ source, reason }) => ({ source, reason })),
    ];
    return {
      documents: Object.keys(snapshot.files).length,
      chunks: snapshot.chunks.length,
      skipped,
      ms: Math.round(performance.now() - started),
      changed,
      snapshot,
      mode: changes ? 'poll' : 'load',
      updated,
      removed,
      skipMessages: {
        ...Object.fromEntries(problems.map((p) => [p.key, p.message])),
        ...Object.fromEntries(Object.entries(snapshot.skipped).map(([s, e]) => [s, e.message])),
        ...Object.fromEntries(partProblems.map((p) => [p.source, p.message])),
      },
    };
  };

/** Brings one document up to date; true when the index changed. */
async function updateDocument(state: IndexState, doc: IndexedDocument, deps: SyncIndexDeps, at: { done: number; total: number }): Promise<boolean> {
  const key = doc.key;
  const info = await doc.version();
  if (!info) {
    const known = state.documents.delete(key) || state.skipped.delete(key);
    state.files.delete(key);
    return known;
  }
  const known = state.files.get(key);
  const knownSkip = state.skipped.get(key);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return false;
  if (knownSkip && knownSkip.size === info.size && knownSkip.mtimeMs === info.mtimeMs) return false;

  const skip = (reason: SkipReason, message: string, hash?: string) => {
    state.documents.delete(key);
    state.files.delete(key);
    state.skipped.set(key, { reason, message, size: info.size, mtimeMs: info.mtimeMs, ...(hash ? { hash } : {}) });
    deps.logger?.info({ source: key, reason }, `Datei übersprungen: ${message}`);
    return true;
  };
  let content;
  try {
    content = await doc.read(info, (p) => deps.onProgress?.({ phase: 'read', ...at, source: key, ocr: p }));
  } catch (e) {
    if (e instanceof ParseSkip) return skip(e.reason, e.message);
    return skip('unreadable', `Nicht lesbar: ${(e as Error).message}`);
  }
  const hash = content.kind === 'bytes' ? createHash('sha256').update(content.bytes).digest('hex') : content.hash;
  if (known && known.hash === hash) {
    state.files.set(key, { ...known, size: info.size, mtimeMs: info.mtimeMs });
    return true;
  }
  if (knownSkip && knownSkip.hash === hash) {
    state.skipped.set(key, { ...knownSkip, size: info.size, mtimeMs: info.mtimeMs });
    return true;
  }
  try {
    const parsed: ParsedDocument =
      content.kind === 'parsed'
        ? content.doc
        : await deps.parse(content.bytes, key, { onProgress: (p) => deps.onProgress?.({ phase: 'read', ...at, source: key, ocr: { done: p.done, total: p.total } }) });
    const chunks = chunkDocument(parsed, key, deps.chunkOptions ?? DEFAULT_CHUNK_OPTIONS);
    if (!chunks.length) return skip('empty', 'Nur Überschriften, kein Text.', hash);
    state.skipped.delete(key);
    state.files.set(key, { hash, size: info.size, mtimeMs: info.mtimeMs, title: parsed.title, chunkCount: chunks.length, ...(parsed.problems?.length ? { problems: parsed.problems } : {}) });
    state.documents.set(key, { chunks, terms: chunks.map((c) => state.analyzeChunk(c)) });
    return true;
  } catch (e) {
    if (e instanceof ParseSkip) return skip(e.reason, e.message, hash);
    return skip('unreadable', `Datei nicht lesbar: ${(e as Error).message}`, hash);
  }
}

/** Embeds chunks that have no vector yet; a failing model leaves the index lexical-only. */
async function embedMissing(state: IndexState, deps: SyncIndexDeps): Promise<boolean> {
  const embedder = deps.embedder as EmbeddingModel;
  const pending: { doc: DocumentEntry; i: number; text: string }[] = [];
  for (const doc of state.documents.values()) {
    doc.chunks.forEach((c, i) => {
      if (!doc.vectors?.[i]) pending.push({ doc, i, text: embeddingText(c.title, c.sectionPath, c.text) });
    });
  }
  let changed = false;
  for (let start = 0; start < pending.length; start += EMBED_BATCH) {
    deps.onProgress?.({ phase: 'embed', done: start, total: pending.length });
    const batch = pending.slice(start, start + EMBED_BATCH);
    try {
      const vectors = await embedder.embed(batch.map((b) => b.text));
      batch.forEach((b, k) => ((b.doc.vectors ??= [])[b.i] = vectors[k]));
      changed = true;
    } catch (e) {
      deps.logger?.warn({ err: (e as Error).message }, 'Embeddings fehlgeschlagen; Suche bleibt lexikalisch');
      break;
    }
  }
  return changed;
}

/** The text an embedding model sees for a chunk: where it stands, then what it says. */
export function embeddingText(title: string, sectionPath: string[], text: string): string {
  const head = [title, ...sectionPath.filter((s) => s !== title)].join(' › ');
  return `${head}\n${text}`.slice(0, 8000);
}
