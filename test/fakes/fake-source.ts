/**
 * A KnowledgeSource with given passages. Ranks them by how many query words they contain
 * (passages without any query word are not returned, like a source's relevance threshold),
 * records every query, and can fail with a SourceFailure value or throw.
 */
import type { UserContext } from '../../src/core/user-context.js';
import type { KnowledgeSource, Passage, Query, SourceFailure, SourceId, SourceResult } from '../../src/knowledge/types.js';

export interface FakeSourceOptions {
  id?: SourceId;
  /** Return this failure (and no passages) instead of searching. */
  failure?: SourceFailure;
  /** Throw this error instead of searching. */
  throws?: Error;
  /** Return every passage regardless of the query (scores in given order). */
  returnAll?: boolean;
}

/** Builds a passage with sensible defaults. */
export function passage(id: string, text: string, extra: Partial<Passage> = {}): Passage {
  return { id, sourceId: 'local', title: `Dokument ${id}`, source: `${id}.md`, sectionPath: [], text, score: 1, ...extra };
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3),
  );

export class FakeSource implements KnowledgeSource {
  readonly id: SourceId;
  readonly queries: { query: Query; user: UserContext }[] = [];

  constructor(
    private readonly passages: Passage[],
    private readonly options: FakeSourceOptions = {},
  ) {
    this.id = options.id ?? passages[0]?.sourceId ?? 'local';
  }

  async search(query: Query, user: UserContext): Promise<SourceResult> {
    this.queries.push({ query, user });
    if (this.options.throws) throw this.options.throws;
    if (this.options.failure) return { passages: [], failures: [this.options.failure] };
    if (this.options.returnAll) {
      return { passages: this.passages.slice(0, query.top).map((p, i) => ({ ...p, score: this.passages.length - i })), failures: [] };
    }
    const q = words(query.text);
    const scored = this.passages
      .map((p) => {
        const w = words(`${p.title} ${p.text}`);
        let hits = 0;
        for (const t of q) if (w.has(t)) hits++;
        return { ...p, score: hits };
      })
      .filter((p) => p.score > 0)
      .sort((a, b) => b.score - a.score);
    return { passages: scored.slice(0, query.top), failures: [] };
  }
}
