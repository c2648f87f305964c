/**
 * Development aid (not part of `npm run bench`): the misses of the DEVELOPMENT splits only —
 * the ragsource-bw tuning half (recall@1/@3 misses with the top documents) and the demo set's dev
 * split (per category). Test-split questions are never printed. `npx tsx bench/dev-ranking.ts [rag|demo] [category]`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectLocale } from '../src/core/language.js';
import { answerQuestion } from '../src/knowledge/answer/index.js';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../src/knowledge/retriever.js';
import { searchSources } from '../src/knowledge/search.js';
import { createLocalFolderSource } from '../src/knowledge/sources/local-folder-source.js';
import { hashSplit } from './answers.js';

const USER = { userId: 'dev', locale: 'de' as const };
const [what = 'all', category] = process.argv.slice(2);

async function sourceFor(dir: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-dev-ranking-'));
  const run = await indexKnowledge({ parse: parseDocument, dataDir, maxFileBytes: 5e7 })(dir);
  rmSync(dataDir, { recursive: true, force: true });
  return createLocalFolderSource(createRetriever(run.snapshot));
}

if (what === 'all' || what === 'rag') {
  const root = path.resolve('bench', 'data', 'ragsource-bw');
  const questions = (JSON.parse(readFileSync(path.join(root, 'questions-dev.json'), 'utf8')) as { question: string; gold_file: string }[]).filter((q) => hashSplit(q.question) === 'tune');
  const source = await sourceFor(path.join(root, 'corpus'));
  let r1 = 0, r3 = 0;
  for (const q of questions) {
    const docs = (await searchSources([source], q.question, 3, USER)).hits.map((h) => h.passage.source);
    if (docs[0] === q.gold_file) r1++;
    if (docs.includes(q.gold_file)) r3++;
    if (docs[0] !== q.gold_file) console.log(`${docs.includes(q.gold_file) ? '@3' : 'XX'} ${q.question}\n     gold ${q.gold_file} | got ${docs.join(', ')}`);
  }
  console.log(`ragsource tune (${questions.length}): R@1 ${(r1 / questions.length).toFixed(3)} R@3 ${(r3 / questions.length).toFixed(3)}`);
}

if (what === 'all' || what === 'demo') {
  type Q = { question: string; split: string; category: string; expected: string[]; keyFacts?: string[] };
  // DEMO_QUESTIONS: another question set over the same folder (e.g. set B); its dev split only.
  const raw = JSON.parse(readFileSync(process.env.DEMO_QUESTIONS ?? path.resolve('bench', 'data', 'answers-eval', 'questions.json'), 'utf8')) as Q[] | { questions: Q[] };
  const questions = (Array.isArray(raw) ? raw : raw.questions).filter((q) => q.split === 'dev' && (!category || q.category === category));
  const answer = answerQuestion({ sources: [await sourceFor(path.resolve('knowledge'))], redactPii: false });
  const flat = (t: string) => t.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();
  const right: Record<string, [number, number]> = {};
  for (const q of questions) {
    const r = await answer({ question: q.question, user: { ...USER, locale: detectLocale(q.question, 'de') } });
    const ok = q.expected.length === 0 ? !r.found : r.found && r.citations.slice(0, 3).some((c) => q.expected.includes(c.source) && (q.keyFacts ?? []).every((f) => flat(c.snippet).includes(flat(f))));
    const cell = (right[q.category] ??= [0, 0]);
    cell[1]++;
    if (ok) cell[0]++;
    else console.log(`[${q.category}] ${q.question}\n     want ${q.expected.join(', ') || '—'} ${q.keyFacts?.join(' | ') ?? ''}\n     got  ${r.found ? r.citations.map((c) => c.source).join(', ') : 'nicht gefunden'} (query: ${r.retrievalQuery})`);
  }
  for (const [c, [n, d]] of Object.entries(right)) console.log(`demo dev ${c}: ${n}/${d}`);
}
