/** Development aid: how the index resolves the words of a question (`npx tsx bench/debug-query.ts "Frage" …`). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { LexicalIndex } from '../src/knowledge/index/lexical-index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';

const dir = process.env.KNOWLEDGE ?? 'knowledge';
const run = await indexKnowledge({ parse: parseDocument, dataDir: mkdtempSync(path.join(tmpdir(), 'dbg-')), maxFileBytes: 5e7 })(dir);
const li = new LexicalIndex(run.snapshot);
for (const q of process.argv.slice(2)) {
  console.log(`\n${q}`);
  for (const c of li.analyzeQuery(q)) console.log(`  ${c.word}: ${c.match} w=${c.weight.toFixed(2)} parts=${c.parts.map((p) => (p >= 0 ? run.snapshot.stems[p] : '?')).join('+')} alts=${c.alts.map((a) => run.snapshot.stems[a]).join(',')}`);
  for (const h of li.search(q, 3)) console.log(`  → ${run.snapshot.chunks[h.chunk].id} cov=${h.coverage.toFixed(2)}`);
}
