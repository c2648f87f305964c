/**
 * The knowledge index as data: which files were read (with content hash), which were skipped
 * (with reason), their chunks and each chunk's analysed terms. This is what is persisted;
 * the searchable structures (LexicalIndex) are derived from it.
 */
import { ANALYZER_VERSION, compoundParts, contentWords, stem } from '../analysis/german.js';
import { germanLexicon, type Lexicon } from '../analysis/lexicon.js';
import type { Chunk } from '../chunking.js';
import type { ParsedDocument, PartProblem, SkipReason } from '../parsers/types.js';

export const INDEX_FORMAT = 'rathaus-knowledge-index';
export const INDEX_VERSION = 1;

/** A document that is in the index. */
export interface FileEntry {
  hash: string;
  size: number;
  mtimeMs: number;
  title: string;
  chunkCount: number;
  /** Parts left out (an attachment, an OCR page), reported with the skipped files. */
  problems?: PartProblem[];
}

/** A file that was not indexed, remembered so an unchanged one is not re-read every run. */
export interface SkipEntry {
  reason: SkipReason;
  message: string;
  size: number;
  mtimeMs: number;
  hash?: string;
}

/** Chunks of one document with their term counts ([termId, count, termId, count, …]). */
export interface DocumentEntry {
  chunks: Chunk[];
  terms: number[][];
  /** Embedding per chunk (same order), when an embedding model indexed it. */
  vectors?: number[][];
}

/** The persisted form (JSON). Term ids refer to `terms`; `expansions[t]` are stem ids of term t and its compound parts. */
export interface IndexSnapshot {
  format: typeof INDEX_FORMAT;
  version: number;
  analyzerVersion: number;
  builtAt: string;
  embeddingModel?: string;
  files: Record<string, FileEntry>;
  skipped: Record<string, SkipEntry>;
  chunks: Chunk[];
  /** Per chunk: flat [termId, count, …]. */
  chunkTerms: number[][];
  /** Per chunk: base64 Float32 vector or null. */
  vectors?: (string | null)[];
  terms: string[];
  stems: string[];
  expansions: number[][];
  /** Content words per chunk (sum of term counts before compound expansion). */
  lengths: number[];
  /** Synonym groups from the admins' file in the knowledge folder (normalised), if any. */
  synonyms?: string[][];
}

/** Mutable working form used while indexing. */
export class IndexState {
  readonly files = new Map<string, FileEntry>();
  readonly skipped = new Map<string, SkipEntry>();
  readonly documents = new Map<string, DocumentEntry>();
  embeddingModel?: string;
  synonyms?: string[][];
  private readonly vocab = new Map<string, number>();
  private readonly terms: string[] = [];

  /** Counts the content words of a chunk: body once, section headings twice, title once. */
  analyzeChunk(chunk: Chunk): number[] {
    const counts = new Map<number, number>();
    const addText = (text: string, weight: number) => {
      for (const w of contentWords(text)) {
        let id = this.vocab.get(w);
        if (id === undefined) {
          id = this.terms.length;
          this.terms.push(w);
          this.vocab.set(w, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + weight);
      }
    };
    addText(chunk.text, 1);
    addText(chunk.sectionPath.join(' '), 2);
    if (chunk.sectionPath[0] !== chunk.title) addText(chunk.title, 1);
    const flat: number[] = [];
    for (const [id, n] of counts) flat.push(id, n);
    return flat;
  }

  termText(id: number): string {
    return this.terms[id];
  }

  /** Turns the state into its persisted form: vocabulary compacted, stems and compound parts computed once. */
  toSnapshot(): IndexSnapshot {
    const sources = [...this.documents.keys()].sort();
    const chunks: Chunk[] = [];
    const oldTermsPerChunk: number[][] = [];
    const vectors: (string | null)[] = [];
    let anyVector = false;
    for (const source of sources) {
      const doc = this.documents.get(source) as DocumentEntry;
      doc.chunks.forEach((c, i) => {
        chunks.push(c);
        oldTermsPerChunk.push(doc.terms[i]);
        const v = doc.vectors?.[i];
        if (v) anyVector = true;
        vectors.push(v ? encodeVector(v) : null);
      });
    }
    // Compact the vocabulary to terms still in use.
    const remap = new Map<number, number>();
    const terms: string[] = [];
    const lengths: number[] = [];
    const chunkTerms = oldTermsPerChunk.map((flat) => {
      const out: number[] = [];
      let len = 0;
      for (let i = 0; i < flat.length; i += 2) {
        let id = remap.get(flat[i]);
        if (id === undefined) {
          id = terms.length;
          terms.push(this.terms[flat[i]]);
          remap.set(flat[i], id);
        }
        out.push(id, flat[i + 1]);
        len += flat[i + 1];
      }
      lengths.push(len);
      return out;
    });
    const { stems, expansions } = expandTerms(terms);
    const synonyms = this.synonyms?.length ? { synonyms: this.synonyms } : {};
    return {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      analyzerVersion: ANALYZER_VERSION,
      builtAt: new Date().toISOString(),
      ...(this.embeddingModel ? { embeddingModel: this.embeddingModel } : {}),
      files: Object.fromEntries(sources.map((s) => [s, this.files.get(s) as FileEntry])),
      skipped: Object.fromEntries([...this.skipped.entries()].sort(([a], [b]) => a.localeCompare(b))),
      chunks,
      chunkTerms,
      ...(anyVector ? { vectors } : {}),
      terms,
      stems,
      expansions,
      lengths,
      ...synonyms,
    };
  }

  /** Working state from a stored snapshot (for incremental runs). */
  static fromSnapshot(snapshot: IndexSnapshot): IndexState {
    const state = new IndexState();
    state.embeddingModel = snapshot.embeddingModel;
    state.synonyms = snapshot.synonyms;
    snapshot.terms.forEach((t, i) => {
      state.vocab.set(t, i);
      state.terms.push(t);
    });
    for (const [source, entry] of Object.entries(snapshot.files)) {
      state.files.set(source, entry);
      state.documents.set(source, { chunks: [], terms: [] });
    }
    for (const [source, entry] of Object.entries(snapshot.skipped)) state.skipped.set(source, entry);
    snapshot.chunks.forEach((chunk, i) => {
      const doc = state.documents.get(chunk.source);
      if (!doc) return;
      doc.chunks.push(chunk);
      doc.terms.push(snapshot.chunkTerms[i]);
      const v = snapshot.vectors?.[i];
      if (v) (doc.vectors ??= [])[doc.chunks.length - 1] = decodeVector(v);
    });
    return state;
  }
}

/**
 * Stems every term and adds the stems of its compound parts, split against the index's own
 * vocabulary and the general German lexicon: "reisekostenabrechnung" is indexed as
 * reisekostenabrechn, reisekost, abrechn, reis, kost — also when "Abrechnung" never stands alone.
 */
export function expandTerms(terms: string[], lexicon: Lexicon = germanLexicon()): { stems: string[]; expansions: number[][] } {
  const surface = new Set(terms);
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const stemId = (s: string) => {
    let id = stemIds.get(s);
    if (id === undefined) {
      id = stems.length;
      stems.push(s);
      stemIds.set(s, id);
    }
    return id;
  };
  const termStems = terms.map((t) => stemId(stem(t)));
  const knownStems = new Set(stems);
  const vocabulary = {
    has: (w: string) => surface.has(w) || lexicon.has(w),
    hasInflected: (w: string) => knownStems.has(stem(w)) || lexicon.hasInflected(w),
  };
  const expansions = terms.map((t, i) => {
    const ids = [termStems[i]];
    for (const part of compoundParts(t, vocabulary)) {
      const id = stemId(stem(part));
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  });
  return { stems, expansions };
}

export function encodeVector(v: number[]): string {
  return Buffer.from(new Float32Array(v).buffer).toString('base64');
}

export function decodeVector(s: string): number[] {
  // Copied into a fresh buffer: Float32Array needs 4-byte alignment, pooled Buffers do not guarantee it.
  const bytes = Uint8Array.from(Buffer.from(s, 'base64'));
  return Array.from(new Float32Array(bytes.buffer));
}

/**
 * Builds a snapshot straight from parsed documents, without files (benchmarks, SharePoint
 * downloads held in memory). Sources must be unique.
 */
export function snapshotFromDocuments(
  docs: { source: string; doc: ParsedDocument }[],
  chunk: (doc: ParsedDocument, source: string) => Chunk[],
): IndexSnapshot {
  const state = new IndexState();
  for (const { source, doc } of docs) {
    const chunks = chunk(doc, source);
    state.files.set(source, { hash: '', size: 0, mtimeMs: 0, title: doc.title, chunkCount: chunks.length });
    state.documents.set(source, { chunks, terms: chunks.map((c) => state.analyzeChunk(c)) });
  }
  return state.toSnapshot();
}
