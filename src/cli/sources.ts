/**
 * The local folder source for CLI commands: the stored index, loaded only when a command's
 * `--source` asks for it (see resolveCliSources in src/knowledge/sources/cli-sources.ts for the Graph sources).
 */
import path from 'node:path';
import type { AppConfig } from '../config.js';
import { AppError } from '../core/errors.js';
import type { ParseDocument } from '../knowledge/parsers/types.js';
import { createOparl } from '../oparl/create-oparl.js';
import { createStore } from '../storage/create-store.js';
import { loadIndex } from '../knowledge/index/load-or-build-index.js';
import { createLocalFolderSource } from '../knowledge/sources/local-folder-source.js';
import type { KnowledgeSource } from '../knowledge/types.js';
import type { EmbeddingModel } from '../llm/chat-model.js';

export interface CliSourceOptions {
  /** RATHAUS_DATA_DIR override (--data-dir), resolved against cwd. */
  dataDir?: string;
  cwd: string;
  /** Embedding model for hybrid search, when configured. */
  embedder?: EmbeddingModel;
}

/**
 * A loader for the council information system's stored index (`rathaus index --source oparl`
 * writes it); undefined when OPARL_SYSTEM_URL is not set. Searching never asks the RIS itself.
 */
export function oparlSourceForCli(config: AppConfig, options: CliSourceOptions & { parse: ParseDocument }): (() => Promise<KnowledgeSource>) | undefined {
  const dataDir = path.resolve(options.cwd, options.dataDir ?? config.RATHAUS_DATA_DIR);
  const service = createOparl({ ...config, RATHAUS_DATA_DIR: dataDir }, { parse: options.parse, store: createStore({ ...config, RATHAUS_DATA_DIR: dataDir }), embedder: options.embedder });
  if (!service) return undefined;
  return async () => {
    if (!(await service.loadStored())) {
      throw new AppError('notFound', 'no oparl index', `Noch kein Index des Ratsinformationssystems in ${dataDir}. Bitte zuerst „rathaus index --source oparl“ ausführen.`);
    }
    return service.source;
  };
}

/** A loader for the local source; a missing or broken index is a German AppError when it runs. */
export function localSourcesForCli(config: Pick<AppConfig, 'RATHAUS_DATA_DIR'>, options: CliSourceOptions): () => Promise<KnowledgeSource[]> {
  const dataDir = path.resolve(options.cwd, options.dataDir ?? config.RATHAUS_DATA_DIR);
  return async () => [createLocalFolderSource(await loadIndex(dataDir, { embedder: options.embedder }))];
}
