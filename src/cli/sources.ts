/**
 * Which knowledge sources a CLI command searches. Today the local folder index; the Graph
 * sources (sharepoint, outlook) need a delegated user token and are added here by their owner
 * together with a `--source` option (see CLI_SOURCE_NAMES).
 */
import path from 'node:path';
import type { AppConfig } from '../config.js';
import { AppError } from '../core/errors.js';
import { loadIndex } from '../knowledge/index/load-or-build-index.js';
import { createLocalFolderSource } from '../knowledge/sources/local-folder-source.js';
import type { KnowledgeSource } from '../knowledge/types.js';
import type { EmbeddingModel } from '../llm/chat-model.js';

/** Source names a CLI user may pick; extend together with createSourcesForCli. */
export const CLI_SOURCE_NAMES = ['local'] as const;
export type CliSourceName = (typeof CLI_SOURCE_NAMES)[number];

export interface CliSourceOptions {
  /** RATHAUS_DATA_DIR override (--data-dir), resolved against cwd. */
  dataDir?: string;
  cwd: string;
  /** Sources to search; default all available to the CLI. */
  sources?: CliSourceName[];
  /** Embedding model for hybrid search, when configured. */
  embedder?: EmbeddingModel;
}

export async function createSourcesForCli(config: AppConfig, options: CliSourceOptions): Promise<KnowledgeSource[]> {
  const wanted = options.sources ?? [...CLI_SOURCE_NAMES];
  const sources: KnowledgeSource[] = [];
  for (const name of wanted) {
    if (name === 'local') {
      const dataDir = path.resolve(options.cwd, options.dataDir ?? config.RATHAUS_DATA_DIR);
      sources.push(createLocalFolderSource(await loadIndex(dataDir, { embedder: options.embedder })));
    } else {
      throw new AppError('invalidInput', `unknown source ${String(name)}`, `Unbekannte Quelle „${String(name)}“.`);
    }
  }
  return sources;
}
