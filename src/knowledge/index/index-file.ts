/** Reads and writes the index snapshot under RATHAUS_DATA_DIR (JSON, written atomically). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ANALYZER_VERSION } from '../analysis/german.js';
import { INDEX_FORMAT, INDEX_VERSION, type IndexSnapshot } from './index-state.js';

export const INDEX_FILE_NAME = 'knowledge-index.json';

/** The index file of a source: the local folder's is INDEX_FILE_NAME, others name their own. */
export function indexFilePath(dataDir: string, fileName = INDEX_FILE_NAME): string {
  return path.join(dataDir, fileName);
}

export type SnapshotRead =
  | { status: 'ok'; snapshot: IndexSnapshot }
  | { status: 'missing' }
  /** Unreadable, damaged or built by another analyzer/format version: rebuild. */
  | { status: 'corrupt' | 'outdated'; message: string };

export async function readSnapshot(dataDir: string, fileName = INDEX_FILE_NAME): Promise<SnapshotRead> {
  let text: string;
  try {
    text = await readFile(indexFilePath(dataDir, fileName), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'corrupt', message: (e as Error).message };
  }
  let data: IndexSnapshot;
  try {
    data = JSON.parse(text) as IndexSnapshot;
  } catch (e) {
    return { status: 'corrupt', message: `JSON: ${(e as Error).message}` };
  }
  if (!data || data.format !== INDEX_FORMAT) return { status: 'corrupt', message: 'kein Suchindex des Rathaus-Assistenten' };
  if (data.version !== INDEX_VERSION || data.analyzerVersion !== ANALYZER_VERSION) {
    return { status: 'outdated', message: `Version ${data.version}/${data.analyzerVersion}, erwartet ${INDEX_VERSION}/${ANALYZER_VERSION}` };
  }
  const n = Array.isArray(data.chunks) ? data.chunks.length : -1;
  const consistent =
    n >= 0 &&
    Array.isArray(data.chunkTerms) && data.chunkTerms.length === n &&
    Array.isArray(data.lengths) && data.lengths.length === n &&
    Array.isArray(data.terms) && Array.isArray(data.expansions) && data.expansions.length === data.terms.length &&
    Array.isArray(data.stems) && typeof data.files === 'object' && typeof data.skipped === 'object' &&
    (data.vectors === undefined || (Array.isArray(data.vectors) && data.vectors.length === n));
  if (!consistent) return { status: 'corrupt', message: 'Struktur unvollständig' };
  return { status: 'ok', snapshot: data };
}

export async function writeSnapshot(dataDir: string, snapshot: IndexSnapshot, fileName = INDEX_FILE_NAME): Promise<void> {
  await writeFileAtomic(indexFilePath(dataDir, fileName), JSON.stringify(snapshot));
}
