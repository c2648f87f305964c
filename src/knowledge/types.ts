import type { UserContext } from '../core/user-context.js';
import type { TranslatedTerm } from './analysis/english-german.js';

import type { SourceId } from './source-registry.js';

/** Where a passage came from (the one list: source-registry.ts); every source implements KnowledgeSource. */
export type { SourceId };

/** One retrievable piece of a document, carrying its own link and location. */
export interface Passage {
  /** Unique within its source, stable across re-indexing of an unchanged document. */
  id: string;
  sourceId: SourceId;
  /** Document title (file title, mail subject, heading 1). */
  title: string;
  /** Path relative to KNOWLEDGE_DIR for local files; webUrl/webLink for remote sources. */
  source: string;
  /** Heading path inside the document, e.g. ["Dienstreisen", "3. Abrechnung"]. */
  sectionPath: string[];
  page?: number;
  text: string;
  /** Retrieval score (higher is better); comparable within one source only. */
  score: number;
  /**
   * 0..1: share of the question's informative words the passage matches (same analysis for
   * every source). The answer threshold is applied to it (knowledge/relevance.ts).
   */
  relevance?: number;
  /** Whether the passage passes the answer threshold; a source that cannot tell leaves it unset. */
  relevant?: boolean;
  /**
   * Stems that stood for question words in this passage (synonyms, the admins' synonyms, a typo
   * correction, another form of a word), from the analysis that ranked it: the Fundstelle prefers
   * and marks the sentence with them too.
   */
  matchTerms?: string[];
  /** Extra citation details, e.g. mail sender and date. */
  meta?: Record<string, string>;
  /**
   * Why the text looks like an instruction to an assistant (knowledge/quarantine): set by the
   * indexer or when a Graph passage arrives. Flagged passages rank below clean ones, reach the
   * model only inside a warning marker and never back a generated sentence on their own.
   */
  instructionFlags?: string[];
}

export interface Query {
  text: string;
  /** Maximum number of passages wanted. */
  top: number;
  /**
   * An English question searched without a model: `text` holds the German words it contains, these
   * its other words with German candidates from a dictionary, each counted below a German word.
   * Sources that cannot use them search `text` alone.
   */
  translations?: TranslatedTerm[];
  /**
   * Whether the caller applies the answer threshold (`Passage.relevant`); default true. `false`
   * (a model decides what answers): sources may leave `relevant` unset and skip the quote check
   * behind it, the costly part of a search.
   */
  judge?: boolean;
}

/** A source that could not answer this time (so the answer says which one). */
export interface SourceFailure {
  sourceId: SourceId;
  kind: 'unreachable' | 'timeout' | 'auth' | 'forbidden' | 'throttled' | 'error';
  message: string;
}

export interface SourceResult {
  passages: Passage[];
  failures: SourceFailure[];
}

/** A place knowledge comes from: local folder, SharePoint/OneDrive, Outlook, the council information system (OParl). */
export interface KnowledgeSource {
  readonly id: SourceId;
  search(query: Query, user: UserContext, signal?: AbortSignal): Promise<SourceResult>;
}
