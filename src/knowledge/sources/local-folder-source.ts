/**
 * The embedded knowledge source: the local folder (KNOWLEDGE_DIR) through its index. Until the
 * index is ready it answers with a failure value, so the answer can say so instead of "not found".
 */
import type { UserContext } from '../../core/user-context.js';
import type { Retriever } from '../retriever.js';
import type { KnowledgeSource, Passage, Query, SourceResult } from '../types.js';

/** Returns the current retriever, or undefined while the index is still being built. */
export type RetrieverProvider = () => Retriever | undefined;

export function createLocalFolderSource(provider: RetrieverProvider | Retriever): KnowledgeSource {
  const current: RetrieverProvider = typeof provider === 'function' ? provider : () => provider;
  return {
    id: 'local',
    async search(query: Query, _user: UserContext, signal?: AbortSignal): Promise<SourceResult> {
      const retriever = current();
      if (!retriever) {
        return { passages: [], failures: [{ sourceId: 'local', kind: 'unreachable', message: 'Der Wissensindex wird noch aufgebaut.' }] };
      }
      try {
        const hits = await retriever.search(query.text, query.top, signal);
        const passages: Passage[] = hits.map((h) => ({
          id: h.chunk.id,
          sourceId: 'local',
          title: h.chunk.title,
          source: h.chunk.source,
          sectionPath: h.chunk.sectionPath,
          ...(h.chunk.page !== undefined ? { page: h.chunk.page } : {}),
          text: h.chunk.text,
          score: h.score,
          relevance: h.coverage,
          relevant: h.relevant,
          ...(h.matchTerms?.length ? { matchTerms: h.matchTerms } : {}),
          ...(h.chunk.meta ? { meta: h.chunk.meta } : {}),
        }));
        return { passages, failures: [] };
      } catch (e) {
        return { passages: [], failures: [{ sourceId: 'local', kind: 'error', message: (e as Error).message }] };
      }
    },
  };
}
