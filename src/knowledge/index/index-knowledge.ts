/**
 * Use case: bring the index of a knowledge folder up to date. Incremental by content hash:
 * unchanged files (same size and mtime, or same hash) are not parsed again, changed files are
 * re-read, deleted files leave the index. A file that cannot be indexed is recorded with its
 * reason and never stops the run.
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { EmbeddingModel } from '../../llm/chat-model.js';
import { chunkDocument, type ChunkOptions, DEFAULT_CHUNK_OPTIONS } from '../chunking.js';
import { isSupportedFile, unsupportedMessage } from '../parsers/parse-document.js';
import { ParseSkip, type ParseDocument, type SkipReason } from '../parsers/types.js';
import { parseSynonymFile } from '../analysis/lexicon.js';
import { readSnapshot, writeSnapshot } from './index-file.js';
import { IndexState, type DocumentEntry, type IndexSnapshot } from './index-state.js';

export interface IndexProgress {
  phase: 'scan' | 'read' | 'embed' | 'save';
  done: number;
  total: number;
  source?: string;
  /** While a file is read by OCR: pages done of total in that file. */
  ocr?: { done: number; total: number };
}

export interface IndexKnowledgeDeps {
  parse: ParseDocument;
  dataDir: string;
  maxFileBytes: number;
  embedder?: EmbeddingModel;
  logger?: Logger;
  onProgress?: (p: IndexProgress) => void;
  chunkOptions?: ChunkOptions;
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
}

const EMBED_BATCH = 32;

/**
 * Synonyms and abbreviations the admins keep in the knowledge folder's root ("DA = Dienstanweisung",
 * one group per line; see docs/admin-handbuch.md). Read with every index run, never indexed itself.
 */
export const SYNONYM_FILE = 'synonyme.txt';

/**
 * The Prüfkataloge (`pruefkataloge/*.yaml`, src/check/load-catalogs.ts) are checklists of the
 * Antragsvorprüfung, not knowledge documents: not indexed and not reported as skipped files (the
 * checker validates them at start and names a bad file with its line).
 */
export function isChecklistFile(source: string): boolean {
  return /^pruefkataloge\/[^/]+\.ya?ml$/i.test(source);
}

export const indexKnowledge =
  (deps: IndexKnowledgeDeps) =>
  async (dir: string): Promise<IndexRun> => {
    const started = performance.now();
    const stored = await readSnapshot(deps.dataDir);
    if (stored.status === 'corrupt' || stored.status === 'outdated') {
      deps.logger?.warn({ reason: stored.message }, 'Suchindex unbrauchbar, wird neu aufgebaut');
    }
    const state = stored.status === 'ok' ? IndexState.fromSnapshot(stored.snapshot) : new IndexState();
    let changed = stored.status !== 'ok';
    if (deps.embedder && state.embeddingModel !== deps.embedder.name) {
      // Vectors of another model are not comparable: drop them, they are recomputed below.
      for (const doc of state.documents.values()) delete doc.vectors;
      state.embeddingModel = deps.embedder.name;
      changed = true;
    }

    const listed = await listFiles(dir);
    const { unreadableDirs, outside } = listed;
    // The admins' synonym file is configuration of the search, and checklists belong to the check: no documents.
    const files = listed.files.filter((f) => f.source !== SYNONYM_FILE && !isChecklistFile(f.source));
    const synonymFile = listed.files.find((f) => f.source === SYNONYM_FILE);
    const synonyms = synonymFile ? parseSynonymFile(await readFile(synonymFile.absolute, 'utf8')) : [];
    if (JSON.stringify(synonyms) !== JSON.stringify(state.synonyms ?? [])) {
      state.synonyms = synonyms;
      changed = true;
    }
    const present = new Set(files.map((f) => f.source));
    for (const source of [...state.documents.keys()]) {
      if (present.has(source)) continue;
      state.documents.delete(source);
      state.files.delete(source);
      changed = true;
    }
    for (const source of [...state.skipped.keys()]) {
      if (present.has(source)) continue;
      state.skipped.delete(source);
      changed = true;
    }

    deps.onProgress?.({ phase: 'scan', done: 0, total: files.length });
    let done = 0;
    for (const file of files) {
      deps.onProgress?.({ phase: 'read', done, total: files.length, source: file.source });
      if (await updateFile(state, file, deps, { done, total: files.length })) changed = true;
      done++;
    }
    deps.onProgress?.({ phase: 'read', done, total: files.length });

    if (deps.embedder && (await embedMissing(state, deps))) changed = true;

    const snapshot = state.toSnapshot();
    if (changed) {
      deps.onProgress?.({ phase: 'save', done: 0, total: 1 });
      await mkdir(deps.dataDir, { recursive: true });
      await writeSnapshot(deps.dataDir, snapshot);
    }
    // Unreadable folders are reported every run (not stored: there is no content hash to compare).
    // Parts of indexed files (attachments, OCR pages) that could not be read are reported as "<file> › <part>".
    const partProblems = Object.entries(snapshot.files).flatMap(([source, f]) => (f.problems ?? []).map((p) => ({ source: `${source} › ${p.part}`, reason: p.reason, message: p.message })));
    const skipped = [
      ...unreadableDirs.map((source) => ({ source, reason: 'unreadable' as const })),
      ...outside.map((source) => ({ source, reason: 'outside' as const })),
      ...Object.entries(snapshot.skipped).map(([source, s]) => ({ source, reason: s.reason })),
      ...partProblems.map(({ source, reason }) => ({ source, reason })),
    ];
    return {
      documents: Object.keys(snapshot.files).length,
      chunks: snapshot.chunks.length,
      skipped,
      ms: Math.round(performance.now() - started),
      changed,
      snapshot,
      skipMessages: {
        ...Object.fromEntries(unreadableDirs.map((d) => [d, 'Ordner nicht lesbar.'])),
        ...Object.fromEntries(outside.map((d) => [d, 'Verknüpfung zeigt aus dem Wissensordner hinaus; nicht gelesen.'])),
        ...Object.fromEntries(Object.entries(snapshot.skipped).map(([s, e]) => [s, e.message])),
        ...Object.fromEntries(partProblems.map((p) => [p.source, p.message])),
      },
    };
  };

interface FoundFile {
  source: string;
  absolute: string;
}

/**
 * Files below `dir`, recursively; hidden files/folders and Office lock files left out. Symbolic
 * links (to files and to folders) are followed only when their real path lies inside the knowledge
 * folder; a link that leads out of it is reported as "outside" and never read, so a link such as
 * `benutzer.txt → /etc/passwd` cannot publish a file of the server. Each real folder is walked once
 * (no loops). Sources use "/" separators. A sub-folder that cannot be read is reported, not fatal;
 * an unreadable knowledge folder is an error.
 */
export async function listFiles(dir: string): Promise<{ files: FoundFile[]; unreadableDirs: string[]; outside: string[] }> {
  const files: FoundFile[] = [];
  const unreadableDirs: string[] = [];
  const outside: string[] = [];
  const toSource = (absolute: string) => path.relative(dir, absolute).split(path.sep).join('/');
  let root: string;
  try {
    root = await realpath(dir);
  } catch (e) {
    throw new AppError('notFound', `knowledge dir unreadable: ${dir}`, `Wissensordner ${dir} nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, { cause: e });
  }
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  const seen = new Set<string>([root]);
  const walk = async (current: string) => {
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (e) {
      if (current === dir) throw e;
      unreadableDirs.push(`${toSource(current)}/`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const absolute = path.join(current, e.name);
      if (e.isSymbolicLink()) {
        const real = await realpath(absolute).catch(() => undefined);
        if (!real) continue; // dangling link
        const target = await stat(real).catch(() => undefined);
        if (!target) continue;
        if (!inside(real)) {
          outside.push(target.isDirectory() ? `${toSource(absolute)}/` : toSource(absolute));
          continue;
        }
        if (target.isDirectory()) {
          if (seen.has(real)) continue;
          seen.add(real);
          await walk(absolute);
        } else if (target.isFile()) files.push({ absolute: real, source: toSource(absolute) }); // read the checked target
        continue;
      }
      if (e.isDirectory()) {
        const real = await realpath(absolute).catch(() => absolute);
        if (seen.has(real)) continue;
        seen.add(real);
        await walk(absolute);
      } else if (e.isFile()) files.push({ absolute, source: toSource(absolute) });
    }
  };
  try {
    await walk(dir);
  } catch (e) {
    throw new AppError('notFound', `knowledge dir unreadable: ${dir}`, `Wissensordner ${dir} nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, { cause: e });
  }
  return { files: files.sort((a, b) => a.source.localeCompare(b.source)), unreadableDirs: unreadableDirs.sort(), outside: outside.sort() };
}

/** Brings one file up to date; true when the index changed. */
async function updateFile(state: IndexState, file: FoundFile, deps: IndexKnowledgeDeps, at: { done: number; total: number }): Promise<boolean> {
  let info: { size: number; mtimeMs: number };
  try {
    info = await stat(file.absolute);
  } catch {
    // Deleted or moved while the run was under way: gone from the index until the next run sees it.
    const known = state.documents.delete(file.source) || state.skipped.delete(file.source);
    state.files.delete(file.source);
    return known;
  }
  const known = state.files.get(file.source);
  const knownSkip = state.skipped.get(file.source);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return false;
  if (knownSkip && knownSkip.size === info.size && knownSkip.mtimeMs === info.mtimeMs) return false;

  const skip = (reason: SkipReason, message: string, hash?: string) => {
    state.documents.delete(file.source);
    state.files.delete(file.source);
    state.skipped.set(file.source, { reason, message, size: info.size, mtimeMs: info.mtimeMs, ...(hash ? { hash } : {}) });
    deps.logger?.info({ source: file.source, reason }, `Datei übersprungen: ${message}`);
    return true;
  };
  if (!isSupportedFile(file.source)) return skip('unsupported', unsupportedMessage(file.source));
  if (info.size > deps.maxFileBytes) return skip('too-large', `Datei größer als ${Math.round(deps.maxFileBytes / 1024 / 1024)} MB.`);
  if (info.size === 0) return skip('empty', 'Datei ist leer.');

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.absolute);
  } catch (e) {
    return skip('unreadable', `Datei nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (known && known.hash === hash) {
    state.files.set(file.source, { ...known, size: info.size, mtimeMs: info.mtimeMs });
    return true;
  }
  if (knownSkip && knownSkip.hash === hash) {
    state.skipped.set(file.source, { ...knownSkip, size: info.size, mtimeMs: info.mtimeMs });
    return true;
  }
  try {
    const doc = await deps.parse(bytes, file.source, {
      onProgress: (p) => deps.onProgress?.({ phase: 'read', ...at, source: file.source, ocr: { done: p.done, total: p.total } }),
    });
    const chunks = chunkDocument(doc, file.source, deps.chunkOptions ?? DEFAULT_CHUNK_OPTIONS);
    if (!chunks.length) return skip('empty', 'Nur Überschriften, kein Text.', hash);
    state.skipped.delete(file.source);
    state.files.set(file.source, { hash, size: info.size, mtimeMs: info.mtimeMs, title: doc.title, chunkCount: chunks.length, ...(doc.problems?.length ? { problems: doc.problems } : {}) });
    state.documents.set(file.source, { chunks, terms: chunks.map((c) => state.analyzeChunk(c)) });
    return true;
  } catch (e) {
    if (e instanceof ParseSkip) return skip(e.reason, e.message, hash);
    return skip('unreadable', `Datei nicht lesbar: ${(e as Error).message}`, hash);
  }
}

/** Embeds chunks that have no vector yet; a failing model leaves the index lexical-only. */
async function embedMissing(state: IndexState, deps: IndexKnowledgeDeps): Promise<boolean> {
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
