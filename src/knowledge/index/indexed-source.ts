/**
 * A source whose documents are indexed on this server (the local folder, the council information
 * system). Listing is kept apart from searching, and a full listing apart from the changes since
 * the last run (Onyx keeps load and poll apart for the same reason): a folder is cheap to list
 * completely every time; a remote system is listed completely once and then asked what changed.
 * Chunking, the index, ranking and citations are shared by every indexed source.
 */
import type { ParsedDocument, SkipReason } from '../parsers/types.js';
import type { SourceId } from '../types.js';

/** Cheap change marker of a document: a file's size and mtime, or a remote object's size and `modified`. */
export interface DocumentVersion {
  size: number;
  mtimeMs: number;
}

/** What reading a document gives: raw bytes for the format parsers, or a document already built from structured data. */
export type DocumentContent = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'parsed'; doc: ParsedDocument; hash: string };

/** One document a source offers. Reading may throw ParseSkip (the document is recorded as skipped with its reason). */
export interface IndexedDocument {
  /** Unique within the source and stable: a path relative to the folder, an object's URL. */
  key: string;
  /** The current change marker; undefined when the document vanished since it was listed. */
  version(): Promise<DocumentVersion | undefined>;
  read(version: DocumentVersion, onProgress?: (p: { done: number; total: number }) => void): Promise<DocumentContent>;
}

/** Something that could not be listed this run (not stored; reported every run). */
export interface ListingProblem {
  key: string;
  reason: SkipReason;
  message: string;
}

/** Load: everything the source holds now. Documents not listed leave the index. */
export interface SourceListing {
  documents: IndexedDocument[];
  problems: ListingProblem[];
  /** Where a later poll starts (e.g. the time the listing began). */
  checkpoint?: string;
  /** Synonym groups kept with the source (the local folder's synonyme.txt); undefined = none. */
  synonyms?: string[][];
}

/** Poll: what changed since a checkpoint. */
export interface SourceChanges {
  changed: IndexedDocument[];
  /** Keys of documents that were deleted at the source. */
  deleted: string[];
  problems: ListingProblem[];
  checkpoint: string;
}

export interface IndexedSource {
  readonly id: SourceId;
  load(signal?: AbortSignal): Promise<SourceListing>;
  /**
   * Absent for sources where every run is a full load (the local folder). Undefined when the
   * source cannot poll this time (e.g. what it remembers of the last run is gone): then a load runs.
   */
  poll?(since: string, signal?: AbortSignal): Promise<SourceChanges | undefined>;
}
