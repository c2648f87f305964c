/**
 * The local knowledge folder (KNOWLEDGE_DIR) as an indexed source: every run lists the whole
 * folder (a folder is cheap to list); a file's change marker is its size and mtime, its content
 * the bytes for the format parsers. The admins' synonym file travels with the listing.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors.js';
import { parseSynonymFile } from '../analysis/lexicon.js';
import type { IndexedDocument, IndexedSource, ListingProblem, SourceListing } from '../index/indexed-source.js';
import { isSupportedFile, unsupportedMessage } from '../parsers/parse-document.js';
import { ParseSkip } from '../parsers/types.js';

/**
 * Synonyms and abbreviations the admins keep in the knowledge folder's root ("DA = Dienstanweisung",
 * one group per line; see docs/admin-handbuch.md). Read with every index run, never indexed itself.
 */
export const SYNONYM_FILE = 'synonyme.txt';

/**
 * The Prüfkataloge (`pruefkataloge/*.yaml`, src/check/load-catalogs.ts) are checklists of the
 * Antragsvorprüfung, not knowledge documents: not indexed and not reported as skipped files (the
 * checker validates them at start and names a bad file with its line).
 */
export function isChecklistFile(source: string): boolean {
  return /^pruefkataloge\/[^/]+\.ya?ml$/i.test(source);
}

export function createLocalFolderIndexedSource(dir: string, options: { maxFileBytes: number }): IndexedSource {
  return {
    id: 'local',
    async load(): Promise<SourceListing> {
      const listed = await listFiles(dir);
      // The admins' synonym file is configuration of the search, and checklists belong to the check: no documents.
      const files = listed.files.filter((f) => f.source !== SYNONYM_FILE && !isChecklistFile(f.source));
      const synonymFile = listed.files.find((f) => f.source === SYNONYM_FILE);
      const synonyms = synonymFile ? parseSynonymFile(await readFile(synonymFile.absolute, 'utf8')) : [];
      // Unreadable folders are reported every run (not stored: there is no content hash to compare).
      const problems: ListingProblem[] = [
        ...listed.unreadableDirs.map((key) => ({ key, reason: 'unreadable' as const, message: 'Ordner nicht lesbar.' })),
        ...listed.outside.map((key) => ({ key, reason: 'outside' as const, message: 'Verknüpfung zeigt aus dem Wissensordner hinaus; nicht gelesen.' })),
      ];
      return { documents: files.map((f) => fileDocument(f, options.maxFileBytes)), problems, synonyms };
    },
  };
}

function fileDocument(file: FoundFile, maxFileBytes: number): IndexedDocument {
  return {
    key: file.source,
    // Deleted or moved while the run was under way: gone from the index until the next run sees it.
    version: () => stat(file.absolute).then((s) => ({ size: s.size, mtimeMs: s.mtimeMs }), () => undefined),
    async read(version) {
      if (!isSupportedFile(file.source)) throw new ParseSkip('unsupported', unsupportedMessage(file.source));
      if (version.size > maxFileBytes) throw new ParseSkip('too-large', `Datei größer als ${Math.round(maxFileBytes / 1024 / 1024)} MB.`);
      if (version.size === 0) throw new ParseSkip('empty', 'Datei ist leer.');
      try {
        return { kind: 'bytes', bytes: await readFile(file.absolute) };
      } catch (e) {
        throw new ParseSkip('unreadable', `Datei nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
      }
    },
  };
}

export interface FoundFile {
  source: string;
  absolute: string;
}

/**
 * Files below `dir`, recursively; hidden files/folders and Office lock files left out. Symbolic
 * links (to files and to folders) are followed only when their real path lies inside the knowledge
 * folder; a link that leads out of it is reported as "outside" and never read, so a link such as
 * `benutzer.txt → /etc/passwd` cannot publish a file of the server. Each real folder is walked once
 * (no loops). Sources use "/" separators. A sub-folder that cannot be read is reported, not fatal;
 * an unreadable knowledge folder is an error.
 */
export async function listFiles(dir: string): Promise<{ files: FoundFile[]; unreadableDirs: string[]; outside: string[] }> {
  const files: FoundFile[] = [];
  const unreadableDirs: string[] = [];
  const outside: string[] = [];
  const toSource = (absolute: string) => path.relative(dir, absolute).split(path.sep).join('/');
  let root: string;
  try {
    root = await realpath(dir);
  } catch (e) {
    throw new AppError('notFound', `knowledge dir unreadable: ${dir}`, `Wissensordner ${dir} nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, { cause: e });
  }
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  const seen = new Set<string>([root]);
  const walk = async (current: string) => {
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (e) {
      if (current === dir) throw e;
      unreadableDirs.push(`${toSource(current)}/`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const absolute = path.join(current, e.name);
      if (e.isSymbolicLink()) {
        const real = await realpath(absolute).catch(() => undefined);
        if (!real) continue; // dangling link
        const target = await stat(real).catch(() => undefined);
        if (!target) continue;
        if (!inside(real)) {
          outside.push(target.isDirectory() ? `${toSource(absolute)}/` : toSource(absolute));
          continue;
        }
        if (target.isDirectory()) {
          if (seen.has(real)) continue;
          seen.add(real);
          await walk(absolute);
        } else if (target.isFile()) files.push({ absolute: real, source: toSource(absolute) }); // read the checked target
        continue;
      }
      if (e.isDirectory()) {
        const real = await realpath(absolute).catch(() => absolute);
        if (seen.has(real)) continue;
        seen.add(real);
        await walk(absolute);
      } else if (e.isFile()) files.push({ absolute, source: toSource(absolute) });
    }
  };
  try {
    await walk(dir);
  } catch (e) {
    throw new AppError('notFound', `knowledge dir unreadable: ${dir}`, `Wissensordner ${dir} nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, { cause: e });
  }
  return { files: files.sort((a, b) => a.source.localeCompare(b.source)), unreadableDirs: unreadableDirs.sort(), outside: outside.sort() };
}

