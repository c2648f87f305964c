/**
 * Development aid for English questions without a model: the German words and dictionary
 * translations of each question, how the index resolves them, and what `ask` answers.
 * `npx tsx bench/debug-english.ts "Question" …` (KNOWLEDGE=folder, default the demo folder).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { translateEnglishQuestion } from '../src/knowledge/analysis/english-german.js';
import { answerQuestion } from '../src/knowledge/answer/index.js';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { LexicalIndex } from '../src/knowledge/index/lexical-index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../src/knowledge/retriever.js';
import { createLocalFolderSource } from '../src/knowledge/sources/local-folder-source.js';

const dir = process.env.KNOWLEDGE ?? 'knowledge';
const { snapshot } = await indexKnowledge({ parse: parseDocument, dataDir: mkdtempSync(path.join(tmpdir(), 'dbg-en-')), maxFileBytes: 5e7 })(dir);
const li = new LexicalIndex(snapshot);
const answer = answerQuestion({ sources: [createLocalFolderSource(createRetriever(snapshot))], redactPii: false });
for (const q of process.argv.slice(2)) {
  const t = translateEnglishQuestion(q);
  console.log(`\n${q}\n  german words: ${t.germanWords.join(', ')}`);
  for (const term of t.terms) console.log(`  ${term.english} → ${term.german.join(';')}${term.words ? ` | words ${term.words.map((w) => `${w.english}→${w.german.slice(0, 5).join(';')}`).join(' ')}` : ''}`);
  for (const c of li.analyzeQuery(t.germanWords.join(' '), t.terms)) console.log(`    ${c.word}: ${c.match} w=${c.weight.toFixed(2)} alts=${c.alts.map((a) => snapshot.stems[a]).join(',')}`);
  const r = await answer({ question: q, user: { userId: 'dbg', locale: 'en' } });
  console.log(`  found=${r.found} ${r.citations.slice(0, 3).map((c) => `${c.source}: ${c.snippet.slice(0, 160)}`).join('\n    ')}`);
}
