/**
 * Development aid for the found / "nicht gefunden" rule: runs the DEV split of question set A,
 * B, C, E or F (never the test split: its questions are not even loaded) through `ask` and prints each miss
 * with how the index resolved the question's words and what the top hits matched.
 * `npx tsx bench/answers-dev-diagnose.ts [A|B|C] [category,…]`; `ALL=1` prints right answers too; `SENTENCES=1` the sentence scores of a
 * passage that holds the key fact when the quote missed it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectLocale } from '../src/core/language.js';
import { answerQuestion } from '../src/knowledge/answer/index.js';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { LexicalIndex } from '../src/knowledge/index/lexical-index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../src/knowledge/retriever.js';
import { scoredSentences } from '../src/knowledge/snippet.js';
import { createLocalFolderSource } from '../src/knowledge/sources/local-folder-source.js';
import { answeredRight, type EvalQuestion as Q } from './answers.js';


const set = process.argv[2] === 'B' ? 'answers-eval-b' : process.argv[2] === 'C' ? 'answers-eval-c' : process.argv[2] === 'E' ? 'answers-eval-e' : process.argv[2] === 'F' ? 'answers-eval-f' : 'answers-eval';
// Set C brings its own knowledge folder (another city's); A and B are written over the demo folder.
const folder = set === 'answers-eval-c' || set === 'answers-eval-e' || set === 'answers-eval-f' ? path.join('bench', 'data', set, 'knowledge') : 'knowledge';
const categories = (process.argv[3] ?? '').split(',').filter(Boolean);
const dev = (JSON.parse(readFileSync(path.join('bench', 'data', set, 'questions.json'), 'utf8')) as { questions: Q[] }).questions.filter((q) => q.split === 'dev');
const { snapshot } = await indexKnowledge({ parse: parseDocument, dataDir: mkdtempSync(path.join(tmpdir(), 'diag-')), maxFileBytes: 5e7 })(folder);
const index = new LexicalIndex(snapshot);
const retriever = createRetriever(process.env.NO_SYNONYM_FILE ? { ...snapshot, synonyms: [] } : snapshot);
const answer = answerQuestion({ sources: [createLocalFolderSource(retriever)], redactPii: false });
const flat = (t: string) => t.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase().trim();
const table: Record<string, [number, number]> = {};
for (const q of dev) {
  const r = await answer({ question: q.question, user: { userId: 'diag', locale: detectLocale(q.question, 'de') } });
  const right = answeredRight(q, r);
  const cell = (table[q.category] ??= [0, 0]);
  cell[1]++;
  if (right) cell[0]++;
  if ((right && !process.env.ALL) || (categories.length && !categories.includes(q.category))) continue;
  console.log(`\n${right ? 'ok  ' : 'MISS'} [${q.category}] ${q.question}  expected ${q.expected.join(', ') || '—'} facts ${(q.keyFacts ?? []).join(' | ')}`);
  for (const c of index.analyzeQuery(q.question)) console.log(`   ${c.word}: ${c.match}${c.uncoveredNoun ? ' (uncovered noun)' : ''} w=${c.weight.toFixed(2)} parts=${c.parts.map((p) => (p >= 0 ? snapshot.stems[p] : '?')).join('+')} alts=${c.alts.slice(0, 6).map((a) => snapshot.stems[a]).join(',')}`);
  for (const h of await retriever.search(q.question, 5)) console.log(`   → ${h.chunk.source} ${h.chunk.sectionPath.join(' > ')} coverage ${h.coverage} matched ${h.matched} uncovered ${h.uncovered} ${h.relevant ? 'PASS' : ''}`);
  if (r.found) for (const c of r.citations.slice(0, 3)) console.log(`   „${c.source}: ${c.snippet.slice(0, 220)}“`);
  // The expected document found but its quote without the fact: how the sentences of its passages scored.
  if (process.env.SENTENCES && !right) {
    for (const h of await retriever.search(q.question, 5)) {
      if (!q.expected.includes(h.chunk.source) || !(q.keyFacts ?? []).every((f) => flat(h.chunk.text).includes(flat(f)))) continue;
      for (const s of scoredSentences(h.chunk.text, q.question, h.matchTerms ?? [])) console.log(`     ${s.score.toFixed(2)} ${s.sentence.slice(0, 160)}`);
    }
  }
}
console.log(`\n${Object.entries(table).map(([c, [r, n]]) => `${c} ${r}/${n}`).join('  ')}`);
