/**
 * Start-up path for the bot: load the stored index, bring it up to date with the knowledge
 * folder (missing → full build, stale → incremental, corrupt → rebuilt with a warning) and
 * return a ready retriever. Progress goes to the callback (the bot logs it, /readyz waits).
 */
import { AppError } from '../../core/errors.js';
import type { EmbeddingModel } from '../../llm/chat-model.js';
import { createRetriever, type Retriever, type RetrieverOptions } from '../retriever.js';
import { instructionWarnings, type InstructionWarning } from '../quarantine/quarantine.js';
import { readSnapshot } from './index-file.js';
import { indexKnowledge, type IndexKnowledgeDeps, type IndexReport } from './index-knowledge.js';

export interface LoadedIndex {
  retriever: Retriever;
  report: IndexReport & { changed: boolean; warnings: InstructionWarning[] };
}

export const loadOrBuildIndex =
  (deps: IndexKnowledgeDeps & { retrieverOptions?: Omit<RetrieverOptions, 'embedder'> }) =>
  async (knowledgeDir: string): Promise<LoadedIndex> => {
    const run = await indexKnowledge(deps)(knowledgeDir);
    const retriever = createRetriever(run.snapshot, { ...deps.retrieverOptions, embedder: deps.embedder });
    const { documents, chunks, skipped, ms, changed } = run;
    deps.logger?.info({ documents, chunks, skipped: skipped.length, ms, changed }, 'Wissensindex bereit');
    // Planted instructions are kept findable but quarantined; each file is named in the log.
    const warnings = instructionWarnings(run.snapshot.chunks);
    for (const w of warnings) deps.logger?.warn({ source: w.source, flags: w.flags }, 'planted instruction in a knowledge file (quarantined)');
    return { retriever, report: { documents, chunks, skipped, ms, changed, warnings } };
  };

/** Loads the stored index without re-indexing (CLI search); a missing or broken index is an error. */
export async function loadIndex(dataDir: string, options: RetrieverOptions & { embedder?: EmbeddingModel } = {}): Promise<Retriever> {
  const read = await readSnapshot(dataDir);
  if (read.status === 'ok') return createRetriever(read.snapshot, options);
  if (read.status === 'missing') {
    throw new AppError('notFound', `no index in ${dataDir}`, `Kein Suchindex in ${dataDir} gefunden. Bitte zuerst „rathaus index“ ausführen.`);
  }
  throw new AppError('notFound', `index ${read.status}: ${read.message}`, `Der Suchindex in ${dataDir} ist unbrauchbar (${read.message}). Bitte „rathaus index“ erneut ausführen.`);
}
