/**
 * Use case: bring the index of the local knowledge folder up to date — the folder as an indexed
 * source (sources/local-folder-files.ts) through the shared incremental run (sync-index.ts).
 */
import { createLocalFolderIndexedSource } from '../sources/local-folder-files.js';
import { syncIndex, type SyncIndexDeps } from './sync-index.js';

export { isChecklistFile, listFiles, SYNONYM_FILE } from '../sources/local-folder-files.js';
export { embeddingText, type IndexProgress, type IndexReport, type IndexRun } from './sync-index.js';

export interface IndexKnowledgeDeps extends Omit<SyncIndexDeps, 'indexFile' | 'checkpoints'> {
  maxFileBytes: number;
}

export const indexKnowledge = (deps: IndexKnowledgeDeps) => (dir: string) => syncIndex(deps)(createLocalFolderIndexedSource(dir, { maxFileBytes: deps.maxFileBytes }));
