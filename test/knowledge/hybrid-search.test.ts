import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/knowledge/index/index-file.js';
import { loadOrBuildIndex } from '../../src/knowledge/index/load-or-build-index.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import type { EmbeddingModel } from '../../src/llm/chat-model.js';

/**
 * A fake embedding model: each text becomes a vector over a few "meanings", so synonyms the
 * lexical index cannot know ("Smartphone" / "Mobiltelefon": the built-in thesaurus does not list
 * that pair) land close together.
 */
function fakeEmbedder(): EmbeddingModel & { calls: string[][]; fail: boolean } {
  const meanings = [/handy|mobiltelefon|smartphone/i, /urlaub|ferien/i, /reise|fahrt/i, /kantine|essen/i];
  const model = {
    name: 'fake-embed',
    calls: [] as string[][],
    fail: false,
    async embed(texts: string[]) {
      if (model.fail) throw new Error('endpoint down');
      model.calls.push(texts);
      return texts.map((t) => [...meanings.map((m) => (m.test(t) ? 1 : 0)), 0.05]);
    },
  };
  return model;
}

let root: string;
let dir: string;
let dataDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rathaus-hybrid-'));
  dir = path.join(root, 'wissen');
  dataDir = path.join(root, 'data');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'geraete.md'), '# Dienstgeräte\n\nDas Mobiltelefon wird von der IT ausgegeben. Bei Verlust sofort melden.\n');
  writeFileSync(path.join(dir, 'urlaub.md'), '# Urlaub\n\nDer Urlaubsantrag wird zwei Wochen vorher gestellt.\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('hybrid retrieval with an embedding model', () => {
  it('stores vectors and finds a synonym the lexical index misses (reciprocal-rank fusion)', async () => {
    const embedder = fakeEmbedder();
    const { retriever } = await loadOrBuildIndex({ parse: parseDocument, dataDir, maxFileBytes: 1e6, embedder })(dir);
    expect(retriever.hybrid).toBe(true);
    const snapshot = await readSnapshot(dataDir);
    expect(snapshot.status === 'ok' && snapshot.snapshot.vectors?.every((v) => typeof v === 'string')).toBe(true);

    const hits = await retriever.search('Smartphone weg', 3);
    expect(hits[0].chunk.source).toBe('geraete.md');
    expect(hits[0].similarity).toBeGreaterThan(0.8);
    // The purely lexical retriever over the same index does not know "Smartphone".
    const lexical = await loadOrBuildIndex({ parse: parseDocument, dataDir, maxFileBytes: 1e6 })(dir);
    expect((await lexical.retriever.search('Smartphone weg', 3)).filter((h) => h.relevant)).toEqual([]);
  });

  it('embeds only new or changed chunks on the next run', async () => {
    const embedder = fakeEmbedder();
    await loadOrBuildIndex({ parse: parseDocument, dataDir, maxFileBytes: 1e6, embedder })(dir);
    const embeddedFirst = embedder.calls.flat().length;
    writeFileSync(path.join(dir, 'kantine.md'), '# Kantine\n\nDas Essen gibt es ab 11:30 Uhr.\n');
    await loadOrBuildIndex({ parse: parseDocument, dataDir, maxFileBytes: 1e6, embedder })(dir);
    const embeddedSecond = embedder.calls.flat().slice(embeddedFirst);
    expect(embeddedFirst).toBe(2);
    expect(embeddedSecond).toHaveLength(1);
    expect(embeddedSecond[0]).toContain('Kantine');
  });

  it('falls back to lexical search when the embedding model fails at query time', async () => {
    const embedder = fakeEmbedder();
    const { retriever } = await loadOrBuildIndex({ parse: parseDocument, dataDir, maxFileBytes: 1e6, embedder })(dir);
    embedder.fail = true;
    const hits = await retriever.search('Urlaubsantrag', 3);
    expect(hits.map((h) => h.chunk.source)).toEqual(['urlaub.md']);
  });
});
