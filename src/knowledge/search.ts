/**
 * Use case of `rathaus search`: every source searched, hits merged into one ranking (by
 * reciprocal rank across sources), each hit with its relevance and whether it would pass the
 * answer threshold. Unlike `ask`, nothing is hidden: a question just below the threshold still
 * shows where the folder comes close. A failing source is a failure value, never an exception.
 */
import type { UserContext } from '../core/user-context.js';
import { mergeResults } from './merge-results.js';
import { passesAnswerThreshold } from './relevance.js';
import { makeSnippet } from './snippet.js';
import type { KnowledgeSource, Passage, SourceFailure, SourceResult } from './types.js';

export interface SearchHit {
  passage: Passage;
  /** 0..1 share of the question's informative words matched (when the source can tell). */
  relevance?: number;
  /** Whether `ask` would quote this hit as an answer. */
  passes: boolean;
  /** The best-matching sentence(s) of the passage. */
  snippet: string;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  failures: SourceFailure[];
}

export async function searchSources(sources: KnowledgeSource[], query: string, top: number, user: UserContext, signal?: AbortSignal): Promise<SearchResult> {
  const results = await Promise.all(sources.map((s) => searchSafely(s, query, top, user, signal)));
  const merged = mergeResults(results, top);
  return {
    query,
    hits: merged.passages.map((p) => ({
      passage: p,
      ...(p.relevance !== undefined ? { relevance: p.relevance } : {}),
      passes: passesAnswerThreshold(p),
      snippet: makeSnippet(p.text, query, undefined, p.matchTerms),
    })),
    failures: merged.failures,
  };
}

async function searchSafely(source: KnowledgeSource, text: string, top: number, user: UserContext, signal?: AbortSignal): Promise<SourceResult> {
  try {
    return await source.search({ text, top }, user, signal);
  } catch (e) {
    return { passages: [], failures: [{ sourceId: source.id, kind: 'error', message: e instanceof Error ? e.message : String(e) }] };
  }
}
