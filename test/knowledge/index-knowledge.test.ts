import { mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexFilePath } from '../../src/knowledge/index/index-file.js';
import { indexKnowledge, type IndexProgress } from '../../src/knowledge/index/index-knowledge.js';
import { loadIndex, loadOrBuildIndex } from '../../src/knowledge/index/load-or-build-index.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import type { ParseDocument } from '../../src/knowledge/parsers/types.js';
import { createLocalFolderSource } from '../../src/knowledge/sources/local-folder-source.js';
import { makeEncryptedDocx, makePdf } from './make-files.js';

let root: string;
let dir: string;
let dataDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rathaus-index-'));
  dir = path.join(root, 'wissen');
  dataDir = path.join(root, 'data');
  mkdirSync(path.join(dir, 'personal'), { recursive: true });
  writeFileSync(path.join(dir, 'personal', 'reisekosten.md'), '# Reisekosten\n\n## Abrechnung\n\nDie Reisekostenabrechnung ist binnen sechs Monaten einzureichen.\n');
  writeFileSync(path.join(dir, 'urlaub.md'), '# Urlaub\n\nDer Urlaubsantrag wird zwei Wochen vorher gestellt.\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Counts parser calls, so tests can tell which files were really re-read. */
function countingParser(): { parse: ParseDocument; calls: string[] } {
  const calls: string[] = [];
  return { calls, parse: (bytes, name) => (calls.push(name), parseDocument(bytes, name)) };
}

const deps = (parse: ParseDocument = parseDocument, extra: Partial<Parameters<typeof indexKnowledge>[0]> = {}) => ({ parse, dataDir, maxFileBytes: 1024 * 1024, ...extra });

describe('indexKnowledge', () => {
  it('indexes a folder recursively with "/" separated sources and reports progress', async () => {
    const progress: IndexProgress[] = [];
    const run = await indexKnowledge(deps(parseDocument, { onProgress: (p) => progress.push(p) }))(dir);
    expect(run.documents).toBe(2);
    expect(run.skipped).toEqual([]);
    expect(run.snapshot.chunks.map((c) => c.source).sort()).toEqual(['personal/reisekosten.md', 'urlaub.md']);
    expect(run.snapshot.chunks.find((c) => c.source === 'personal/reisekosten.md')?.sectionPath).toEqual(['Reisekosten', 'Abrechnung']);
    expect(progress.some((p) => p.phase === 'read' && p.done === 2 && p.total === 2)).toBe(true);
  });

  it('re-reads only changed files, drops deleted ones and skips unchanged ones', async () => {
    await indexKnowledge(deps())(dir);
    const counter = countingParser();
    const unchanged = await indexKnowledge(deps(counter.parse))(dir);
    expect(counter.calls).toEqual([]);
    expect(unchanged.changed).toBe(false);

    writeFileSync(path.join(dir, 'urlaub.md'), '# Urlaub\n\nDer Resturlaub verfällt am 30. April.\n');
    unlinkSync(path.join(dir, 'personal', 'reisekosten.md'));
    const changed = await indexKnowledge(deps(counter.parse))(dir);
    expect(counter.calls).toEqual(['urlaub.md']);
    expect(changed.documents).toBe(1);

    const retriever = await loadIndex(dataDir);
    expect((await retriever.search('Resturlaub verfällt', 5)).map((h) => h.chunk.source)).toEqual(['urlaub.md']);
    expect(await retriever.search('Reisekostenabrechnung', 5)).toEqual([]);
  });

  it('does not re-parse a file that was only touched (same content hash)', async () => {
    await indexKnowledge(deps())(dir);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(dir, 'urlaub.md'), later, later);
    const counter = countingParser();
    await indexKnowledge(deps(counter.parse))(dir);
    expect(counter.calls).toEqual([]);
  });

  it('skips unreadable, encrypted, empty, oversized and unsupported files with their reason and keeps going', async () => {
    writeFileSync(path.join(dir, 'kaputt.pdf'), '%PDF-1.4 kaputt');
    writeFileSync(path.join(dir, 'geheim.docx'), makeEncryptedDocx());
    writeFileSync(path.join(dir, 'leer.md'), '');
    writeFileSync(path.join(dir, 'gross.txt'), 'x'.repeat(2 * 1024 * 1024));
    writeFileSync(path.join(dir, 'foto.jpg'), 'jpeg');
    writeFileSync(path.join(dir, '.versteckt.md'), '# versteckt');
    writeFileSync(path.join(dir, 'nur-titel.md'), '# Nur ein Titel\n\n## Und noch einer\n');
    const run = await indexKnowledge(deps())(dir);
    expect(run.skipped).toEqual([
      { source: 'foto.jpg', reason: 'unsupported' },
      { source: 'geheim.docx', reason: 'encrypted' },
      { source: 'gross.txt', reason: 'too-large' },
      { source: 'kaputt.pdf', reason: 'unreadable' },
      { source: 'leer.md', reason: 'empty' },
      { source: 'nur-titel.md', reason: 'empty' },
    ]);
    expect(run.documents).toBe(2);
    // An unchanged skipped file is not parsed again on the next run.
    const counter = countingParser();
    const again = await indexKnowledge(deps(counter.parse))(dir);
    expect(counter.calls).toEqual([]);
    expect(again.skipped).toHaveLength(6);
  });

  it('follows links only inside the folder: a link to a file outside is skipped as "outside", a loop is walked once', async () => {
    writeFileSync(path.join(root, 'extern.md'), '# Extern\n\nDie Kantine öffnet um 11:30 Uhr.\n');
    symlinkSync(path.join(root, 'extern.md'), path.join(dir, 'verweis.md'));
    symlinkSync(path.join(dir, 'urlaub.md'), path.join(dir, 'urlaub-kopie.md'));
    symlinkSync(dir, path.join(dir, 'schleife'));
    const run = await indexKnowledge(deps())(dir);
    expect(Object.keys(run.snapshot.files)).toEqual(['personal/reisekosten.md', 'urlaub-kopie.md', 'urlaub.md']);
    expect(run.skipped).toContainEqual({ source: 'verweis.md', reason: 'outside' });
  });

  it('keeps page numbers of PDF chunks', async () => {
    writeFileSync(path.join(dir, 'sitzung.pdf'), await makePdf([['# Vorlagen', 'Vorlagen vier Wochen vorher.'], ['# Niederschrift', 'Die Niederschrift binnen zehn Arbeitstagen vorlegen.']]));
    await indexKnowledge(deps())(dir);
    const hits = await (await loadIndex(dataDir)).search('Niederschrift vorlegen', 1);
    expect(hits[0].chunk).toMatchObject({ source: 'sitzung.pdf', page: 2, sectionPath: ['Niederschrift'] });
  });
});

describe('loadOrBuildIndex', () => {
  it('builds when missing, reloads when present, and rebuilds a corrupt index', async () => {
    const first = await loadOrBuildIndex(deps())(dir);
    expect(first.report.changed).toBe(true);
    const second = await loadOrBuildIndex(deps())(dir);
    expect(second.report.changed).toBe(false);
    expect((await second.retriever.search('Urlaubsantrag', 3))[0].chunk.source).toBe('urlaub.md');

    writeFileSync(indexFilePath(dataDir), '{"format":"rathaus-knowledge-index", kaputt');
    const warnings: string[] = [];
    const logger = { warn: (_o: unknown, m: string) => warnings.push(m), info: () => undefined } as never;
    const rebuilt = await loadOrBuildIndex(deps(parseDocument, { logger }))(dir);
    expect(warnings).toEqual(['Suchindex unbrauchbar, wird neu aufgebaut']);
    expect(rebuilt.report.documents).toBe(2);
    await expect(loadIndex(dataDir)).resolves.toBeDefined();
  });

  it('reports a missing index to the CLI path as a German error', async () => {
    await expect(loadIndex(dataDir)).rejects.toMatchObject({ kind: 'notFound', userMessage: expect.stringContaining('rathaus index') });
  });
});

describe('LocalFolderSource', () => {
  it('returns passages with source, section path and score, and a failure while the index is not ready', async () => {
    const { retriever } = await loadOrBuildIndex(deps())(dir);
    const user = { userId: 'u', locale: 'de' as const };
    const result = await createLocalFolderSource(retriever).search({ text: 'Abrechnung der Reisekosten', top: 3 }, user);
    expect(result.failures).toEqual([]);
    expect(result.passages[0]).toMatchObject({ sourceId: 'local', source: 'personal/reisekosten.md', title: 'Reisekosten', sectionPath: ['Reisekosten', 'Abrechnung'] });
    expect(result.passages[0].score).toBeGreaterThan(0);
    const notReady = await createLocalFolderSource(() => undefined).search({ text: 'x', top: 3 }, user);
    expect(notReady.failures[0]).toMatchObject({ sourceId: 'local', kind: 'unreachable' });
  });
});
