/**
 * Development aid for the found / "nicht gefunden" rule: one line per DEV question of sets A, B
 * (with and without the synonym file), C and E — right or wrong — and the per-category sums, so
 * that two versions of the rule can be compared question by question (`diff`). The test splits
 * are never loaded. `npx tsx bench/answers-dev-outcomes.ts > before.txt`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectLocale } from '../src/core/language.js';
import { answerQuestion } from '../src/knowledge/answer/index.js';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import type { IndexSnapshot } from '../src/knowledge/index/index-state.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../src/knowledge/retriever.js';
import { createLocalFolderSource } from '../src/knowledge/sources/local-folder-source.js';
import { answeredRight, type EvalQuestion } from './answers.js';

async function snapshotOf(folder: string): Promise<IndexSnapshot> {
  return (await indexKnowledge({ parse: parseDocument, dataDir: mkdtempSync(path.join(tmpdir(), 'dev-outcomes-')), maxFileBytes: 5e7 })(folder)).snapshot;
}

function devQuestions(set: string): EvalQuestion[] {
  const raw = JSON.parse(readFileSync(path.join('bench', 'data', set, 'questions.json'), 'utf8')) as { questions: EvalQuestion[] };
  return raw.questions.filter((q) => q.split === 'dev');
}

async function run(label: string, questions: EvalQuestion[], snapshot: IndexSnapshot): Promise<void> {
  const answer = answerQuestion({ sources: [createLocalFolderSource(createRetriever(snapshot))], redactPii: false });
  const table: Record<string, [number, number]> = {};
  for (const q of questions) {
    const r = await answer({ question: q.question, user: { userId: 'dev', locale: detectLocale(q.question, 'de') } });
    const right = answeredRight(q, r);
    const cell = (table[q.category] ??= [0, 0]);
    cell[1]++;
    if (right) cell[0]++;
    console.log(`${label}\t${right ? 'ok  ' : 'MISS'}\t${q.category}\t${q.question}`);
  }
  console.log(`${label}\tSUM\t${Object.entries(table).map(([c, [r, n]]) => `${c} ${r}/${n}`).join('  ')}`);
}

const demo = await snapshotOf('knowledge');
await run('A', devQuestions('answers-eval'), demo);
await run('A-nosyn', devQuestions('answers-eval'), { ...demo, synonyms: [] });
await run('B', devQuestions('answers-eval-b'), demo);
await run('B-nosyn', devQuestions('answers-eval-b'), { ...demo, synonyms: [] });
for (const [label, set] of [['C', 'answers-eval-c'], ['E', 'answers-eval-e']] as const) {
  await run(label, devQuestions(set), await snapshotOf(path.join('bench', 'data', set, 'knowledge')));
}
