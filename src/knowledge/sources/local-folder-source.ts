/**
 * Search over an indexed source's retriever (the local folder, the council information system).
 * Until the index is ready it answers with a failure value, so the answer can say so instead of
 * "not found".
 */
import type { UserContext } from '../../core/user-context.js';
import type { RetrievalHit, Retriever } from '../retriever.js';
import type { KnowledgeSource, Passage, Query, SourceId, SourceResult } from '../types.js';

/** Returns the current retriever, or undefined while the index is still being built. */
export type RetrieverProvider = () => Retriever | undefined;

export interface IndexedSearchOptions {
  /** Notice while the index is not ready yet. */
  notReady?: string;
  /**
   * Source-specific adjustment of the ranked hits (the RIS puts exact reference matches first). It
   * may add, reorder or mark hits not relevant, never make a hit relevant that the shared rule rejected
   * unless it is an exact lookup; scores must stay in rank order.
   */
  rerank?: (query: Query, ranked: RetrievalHit[]) => RetrievalHit[];
}

/** The embedded knowledge source: the local folder (KNOWLEDGE_DIR) through its index. */
export function createLocalFolderSource(provider: RetrieverProvider | Retriever): KnowledgeSource {
  return createIndexedSearchSource('local', provider);
}

export function createIndexedSearchSource(id: SourceId, provider: RetrieverProvider | Retriever, options: IndexedSearchOptions = {}): KnowledgeSource {
  const current: RetrieverProvider = typeof provider === 'function' ? provider : () => provider;
  return {
    id,
    async search(query: Query, _user: UserContext, signal?: AbortSignal): Promise<SourceResult> {
      const retriever = current();
      if (!retriever) {
        return { passages: [], failures: [{ sourceId: id, kind: 'unreachable', message: options.notReady ?? 'Der Wissensindex wird noch aufgebaut.' }] };
      }
      try {
        // A source that re-ranks sees a few more candidates than it returns.
        // A source that re-ranks reads the threshold decision, so it always judges.
        const judge = query.judge !== false || !!options.rerank;
        const ranked = await retriever.search(query.text, options.rerank ? query.top * 3 : query.top, signal, query.translations, { judge });
        const hits = (options.rerank ? options.rerank(query, ranked) : ranked).slice(0, query.top);
        return { passages: hits.map((h) => toPassage(id, h)), failures: [] };
      } catch (e) {
        return { passages: [], failures: [{ sourceId: id, kind: 'error', message: (e as Error).message }] };
      }
    },
  };
}

/** A passage cites the page a person opens (`meta.web` of a remote object), else the chunk's source. */
function toPassage(id: SourceId, h: RetrievalHit): Passage {
  return {
    id: h.chunk.id,
    sourceId: id,
    title: h.chunk.title,
    source: h.chunk.meta?.web ?? h.chunk.source,
    sectionPath: h.chunk.sectionPath,
    ...(h.chunk.page !== undefined ? { page: h.chunk.page } : {}),
    text: h.chunk.text,
    score: h.score,
    relevance: h.coverage,
    ...(h.relevant !== undefined ? { relevant: h.relevant } : {}),
    ...(h.matchTerms?.length ? { matchTerms: h.matchTerms } : {}),
    ...(h.chunk.meta ? { meta: h.chunk.meta } : {}),
  };
}
