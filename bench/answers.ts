/**
 * Answer quality on material nobody here tuned the code on, through the same code paths a user
 * gets (`rathaus search` → searchSources, `rathaus ask` → answerQuestion), beside MiniSearch
 * defaults over the same files in the same run:
 *
 * - ragsource-bw (bench/data/ragsource-bw, "RAGSource (amtsschimmel-ai/ragsource)", CC BY 4.0):
 *   107 real statutes, 234 real questions; document-level recall@1/@3 and the share answered
 *   (a hit over the answer threshold). The question set is split once by a fixed hash of the
 *   question text into a tuning half and a held-out half; both are reported.
 * - XQuAD-de through the answer path (threshold applied): recall@1, recall@5, MRR@10.
 * - The demo-folder evaluation sets A (bench/data/answers-eval) and B (bench/data/answers-eval-b),
 *   each written independently of the code, per split and category, with and without the admins'
 *   synonym file: right = the answering document among the top 3 citations and the quoted
 *   Fundstelle contains every key fact; unanswerable right = "nicht gefunden".
 * - Set C (bench/data/answers-eval-c, MIT): another city's knowledge folder (Stadt Rheinfeld) with
 *   its own 220 questions, written independently of the code and of the demo folder; indexed from
 *   its own folder and reported separately per split and category (english-unanswerable included).
 * - Set D (bench/data/answers-eval-d, when vendored): a further city's folder with questions that are
 *   all split "test", written blind — a pure held-out figure, read as totals only, never tuned on.
 * - Set E (bench/data/answers-eval-e, MIT): a further city's folder (Stadt Wulfsbüttel, 31 documents
 *   in md/txt/html/eml/docx/pdf), 130 questions written blind, split once into dev and test (sha1 of
 *   the id within each category); both splits reported separately per category.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { detectLocale } from '../src/core/language.js';
import type { UserContext } from '../src/core/user-context.js';
import { answerQuestion, type AnswerResult } from '../src/knowledge/answer/index.js';
import { chunkDocument } from '../src/knowledge/chunking.js';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { snapshotFromDocuments, type IndexSnapshot } from '../src/knowledge/index/index-state.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../src/knowledge/retriever.js';
import { searchSources } from '../src/knowledge/search.js';
import { createLocalFolderSource } from '../src/knowledge/sources/local-folder-source.js';
import type { KnowledgeSource } from '../src/knowledge/types.js';
import type { Bench } from './benches.js';
import { score } from './retrieval.js';

const USER: UserContext = { userId: 'bench', locale: 'de' };

/** Fixed split of a question set without one: sha256 of the question text, first byte even → tuning half. */
export function hashSplit(question: string): 'tune' | 'heldout' {
  return createHash('sha256').update(question, 'utf8').digest()[0] % 2 === 0 ? 'tune' : 'heldout';
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);

async function localSourceFor(dir: string): Promise<{ source: KnowledgeSource; snapshot: IndexSnapshot; cleanup: () => void }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-bench-answers-'));
  const run = await indexKnowledge({ parse: parseDocument, dataDir, maxFileBytes: 50 * 1024 * 1024 })(dir);
  return { source: createLocalFolderSource(createRetriever(run.snapshot)), snapshot: run.snapshot, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

interface RagQuestion {
  question: string;
  gold_file: string;
}

async function ragsource(log: (l: string) => void) {
  const root = path.resolve('bench', 'data', 'ragsource-bw');
  const corpus = path.join(root, 'corpus');
  const questions = JSON.parse(readFileSync(path.join(root, 'questions-dev.json'), 'utf8')) as RagQuestion[];
  const { source, cleanup } = await localSourceFor(corpus);
  const files = readdirSync(corpus).filter((f) => f.endsWith('.md'));
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  mini.addAll(files.map((f) => ({ id: f, text: readFileSync(path.join(corpus, f), 'utf8') })));
  const perSplit: Record<string, { n: number; r1: number; r3: number; answered: number; answeredRight: number; base1: number; base3: number; misses: string[] }> = {};
  for (const q of questions) {
    const split = hashSplit(q.question);
    const s = (perSplit[split] ??= { n: 0, r1: 0, r3: 0, answered: 0, answeredRight: 0, base1: 0, base3: 0, misses: [] });
    const result = await searchSources([source], q.question, 3, USER);
    const docs = result.hits.map((h) => h.passage.source);
    s.n++;
    if (docs[0] === q.gold_file) s.r1++;
    if (docs.includes(q.gold_file)) s.r3++;
    else if (split === 'tune') s.misses.push(q.question);
    const passing = result.hits.filter((h) => h.passes).map((h) => h.passage.source);
    if (passing.length) s.answered++;
    if (passing.includes(q.gold_file)) s.answeredRight++;
    const base = [...new Set(mini.search(q.question).map((r) => String(r.id)))];
    if (base[0] === q.gold_file) s.base1++;
    if (base.slice(0, 3).includes(q.gold_file)) s.base3++;
  }
  cleanup();
  const out: Record<string, unknown> = {};
  for (const [split, s] of Object.entries(perSplit)) {
    out[split] = {
      questions: s.n,
      project: { recallAt1: ratio(s.r1, s.n), recallAt3: ratio(s.r3, s.n), answered: ratio(s.answered, s.n), answeredWithGoldInTop3: ratio(s.answeredRight, s.n) },
      baseline: { name: 'MiniSearch 7 defaults', recallAt1: ratio(s.base1, s.n), recallAt3: ratio(s.base3, s.n) },
    };
    log(`ragsource-bw ${split} (${s.n}): R@1 ${ratio(s.r1, s.n)} R@3 ${ratio(s.r3, s.n)} beantwortet ${ratio(s.answered, s.n)} | MiniSearch R@1 ${ratio(s.base1, s.n)} R@3 ${ratio(s.base3, s.n)}`);
  }
  if (process.env.BENCH_VERBOSE) for (const m of perSplit.tune?.misses ?? []) log(`  tune miss: ${m}`);
  return out as Record<'tune' | 'heldout', { project: { recallAt1: number; recallAt3: number; answered: number } }>;
}

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string }[] }[] }[];
}

async function xquad(log: (l: string) => void) {
  const squad = JSON.parse(readFileSync(path.resolve('bench', 'data', 'xquad-de', 'xquad.de.json'), 'utf8')) as Squad;
  const docs: { id: string; text: string }[] = [];
  const queries: { question: string; doc: string }[] = [];
  squad.data.forEach((article, a) =>
    article.paragraphs.forEach((p, k) => {
      docs.push({ id: `a${a}p${k}`, text: p.context });
      for (const qa of p.qas) queries.push({ question: qa.question, doc: `a${a}p${k}` });
    }),
  );
  const snapshot = snapshotFromDocuments(
    docs.map((d) => ({ source: d.id, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: d.text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  const source = createLocalFolderSource(createRetriever(snapshot));
  const gated: string[][] = [];
  const ranked: string[][] = [];
  for (const q of queries) {
    const result = await searchSources([source], q.question, 10, USER);
    ranked.push([...new Set(result.hits.map((h) => h.passage.source))]);
    gated.push([...new Set(result.hits.filter((h) => h.passes).map((h) => h.passage.source))]);
  }
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  mini.addAll(docs);
  const base = queries.map((q) => mini.search(q.question).slice(0, 10).map((r) => String(r.id)));
  const expected = queries.map((q) => q.doc);
  const project = score(gated, expected);
  const rankingOnly = score(ranked, expected);
  const baseline = score(base, expected);
  log(`XQuAD-de Antwortpfad: R@1 ${project.recallAt1} R@5 ${project.recallAt5} MRR@10 ${project.mrrAt10} | ohne Schwelle MRR@10 ${rankingOnly.mrrAt10} | MiniSearch MRR@10 ${baseline.mrrAt10}`);
  return { questions: queries.length, project, rankingOnly, baseline: { name: 'MiniSearch 7 defaults', ...baseline } };
}

/** One question of an answers evaluation set (bench/data/answers-eval…/questions.json). */
export interface EvalQuestion {
  id?: string;
  question: string;
  split: 'dev' | 'test';
  category: string;
  expected: string[];
  keyFacts?: string[];
}

/** Normalised for comparing a key fact with a quoted Fundstelle (NFKC, case, whitespace, bold markers). */
function flat(text: string): string {
  return text.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase().trim();
}

/**
 * The scoring rule of every question set: an answerable question is answered right when an expected
 * document is among the first three citations and its Fundstelle holds every key fact; any other
 * question when the answer is "nicht gefunden". Shared with the dev aids.
 */
export function answeredRight(q: Pick<EvalQuestion, 'expected' | 'keyFacts'>, result: Pick<AnswerResult, 'found' | 'citations'>): boolean {
  if (!q.expected.length) return !result.found;
  const top3 = result.found ? result.citations.slice(0, 3) : [];
  return top3.some((c) => q.expected.includes(c.source) && (q.keyFacts ?? []).every((f) => flat(c.snippet).includes(flat(f))));
}

/** One run of a question set through `ask`: right per split and category, misses of the dev split. */
async function runSet(questions: EvalQuestion[], source: KnowledgeSource): Promise<{ table: Record<string, Record<string, { n: number; right: number }>>; devMisses: string[] }> {
  const answer = answerQuestion({ sources: [source], redactPii: false });
  const table: Record<string, Record<string, { n: number; right: number }>> = {};
  const devMisses: string[] = [];
  for (const q of questions) {
    // The language of the question, as `rathaus ask` and the bot detect it.
    const result = await answer({ question: q.question, user: { ...USER, locale: detectLocale(q.question, 'de') } });
    const answerable = q.expected.length > 0;
    const right = answeredRight(q, result);
    const cell = ((table[q.split] ??= {})[q.category] ??= { n: 0, right: 0 });
    cell.n++;
    if (right) cell.right++;
    if (!right && q.split === 'dev') {
      const why = !answerable ? `found ${result.citations.map((c) => c.source).join(', ')}` : !result.found ? 'nicht gefunden' : result.citations.slice(0, 3).some((c) => q.expected.includes(c.source)) ? `fact missing: ${q.keyFacts?.join(' | ')} ⟂ ${result.citations.find((c) => q.expected.includes(c.source))?.snippet}` : `wrong docs ${result.citations.map((c) => c.source).join(', ')}`;
      devMisses.push(`[${q.category}] ${q.question} → ${why}`);
    }
  }
  return { table, devMisses };
}

interface SetFigures {
  categories: Record<string, { questions: number; right: number; share: number }>;
  answerableRight: number;
  unanswerableNotFound: number;
}

function figures(table: Record<string, Record<string, { n: number; right: number }>>, label: string, log: (l: string) => void): Record<string, SetFigures> {
  const out: Record<string, SetFigures> = {};
  for (const split of Object.keys(table).sort()) {
    const rows: SetFigures['categories'] = {};
    let ansN = 0, ansR = 0, unN = 0, unR = 0;
    for (const [cat, c] of Object.entries(table[split])) {
      rows[cat] = { questions: c.n, right: c.right, share: ratio(c.right, c.n) };
      const unanswerableCategory = /unanswer|unbeantwort|near-miss|nicht/i.test(cat);
      if (unanswerableCategory) { unN += c.n; unR += c.right; } else { ansN += c.n; ansR += c.right; }
    }
    out[split] = { categories: rows, answerableRight: ratio(ansR, ansN), unanswerableNotFound: ratio(unR, unN) };
    log(`${label} ${split}: beantwortbar richtig ${ratio(ansR, ansN)}, unbeantwortbar „nicht gefunden“ ${ratio(unR, unN)} | ${Object.entries(rows).map(([cat, r]) => `${cat} ${r.right}/${r.questions}`).join(', ')}`);
  }
  return out;
}

/**
 * The question sets over the demo folder, each written independently of the code (see their
 * READMEs): set A (bench/data/answers-eval) and set B (bench/data/answers-eval-b), reported
 * separately per split and category. Each runs twice: with the folder as shipped, and without
 * the admins' synonym file (knowledge/synonyme.txt), whose colloquial entries (Knöllchen, Perso,
 * Poolauto, gelber Schein) are words of set A's author — the second run is what the built-in
 * resources achieve for a city without such a file, and the targets are judged on it.
 */
async function demoSets(log: (l: string) => void) {
  const sets = [
    { name: 'A', label: 'Set A', file: path.resolve('bench', 'data', 'answers-eval', 'questions.json') },
    { name: 'B', label: 'Set B', file: path.resolve('bench', 'data', 'answers-eval-b', 'questions.json') },
  ].filter((s) => existsSync(s.file));
  if (!sets.length) return undefined;
  const { source, snapshot, cleanup } = await localSourceFor(path.resolve('knowledge'));
  const withoutFile = createLocalFolderSource(createRetriever({ ...snapshot, synonyms: [] }));
  const out: Record<string, { withSynonymFile: Record<string, SetFigures>; withoutSynonymFile: Record<string, SetFigures> }> = {};
  for (const set of sets) {
    const raw = JSON.parse(readFileSync(set.file, 'utf8')) as EvalQuestion[] | { questions: EvalQuestion[] };
    const questions = Array.isArray(raw) ? raw : raw.questions;
    const shipped = await runSet(questions, source);
    const bare = await runSet(questions, withoutFile);
    out[set.name] = { withSynonymFile: figures(shipped.table, `${set.label} (mit synonyme.txt)`, log), withoutSynonymFile: figures(bare.table, `${set.label} (ohne synonyme.txt)`, log) };
    if (process.env.BENCH_VERBOSE) for (const m of bare.devMisses) log(`  ${set.label} dev miss: ${m}`);
  }
  cleanup();
  return out;
}

/**
 * Question sets that bring a knowledge folder of their own (another city's, written independently
 * of the code and of the demo folder): set C (bench/data/answers-eval-c, Stadt Rheinfeld), over its
 * own `knowledge/` — the honest generalisation figure. Such a folder has no synonym file, so the
 * figures are "without synonyme.txt" like the targets of sets A and B.
 */
async function ownFolderSets(log: (l: string) => void) {
  const sets = [
    { name: 'C', label: 'Set C (eigener Ordner)', dir: path.resolve('bench', 'data', 'answers-eval-c') },
    // Set D: a pure held-out set (all questions split "test"), written blind; never tuned on, totals only.
    { name: 'D', label: 'Set D (eigener Ordner, blind)', dir: path.resolve('bench', 'data', 'answers-eval-d') },
    // Set E: written blind with a dev/test split; tune on dev only, test is measured and reported.
    { name: 'E', label: 'Set E (eigener Ordner, blind)', dir: path.resolve('bench', 'data', 'answers-eval-e') },
    // Set F: the same, a further city (Stadt Hainbrück, Thüringen).
    { name: 'F', label: 'Set F (eigener Ordner, blind)', dir: path.resolve('bench', 'data', 'answers-eval-f') },
  ].filter((s) => existsSync(path.join(s.dir, 'questions.json')));
  const out: Record<string, { folder: string; withoutSynonymFile: Record<string, SetFigures> }> = {};
  for (const set of sets) {
    const { source, cleanup } = await localSourceFor(path.join(set.dir, 'knowledge'));
    const raw = JSON.parse(readFileSync(path.join(set.dir, 'questions.json'), 'utf8')) as EvalQuestion[] | { questions: EvalQuestion[] };
    const run = await runSet(Array.isArray(raw) ? raw : raw.questions, source);
    out[set.name] = { folder: path.relative(process.cwd(), path.join(set.dir, 'knowledge')), withoutSynonymFile: figures(run.table, set.label, log) };
    if (process.env.BENCH_VERBOSE) for (const m of run.devMisses) log(`  ${set.label} dev miss: ${m}`);
    cleanup();
  }
  return out;
}

export const answersBench: Bench = {
  name: 'answers',
  async run(ctx) {
    const rag = await ragsource(ctx.log);
    const xq = await xquad(ctx.log);
    // ANSWERS_PUBLIC_ONLY=1: ragsource-bw and XQuAD-de only (a quick check of a rule change on public data; no question set is run).
    const publicOnly = !!process.env.ANSWERS_PUBLIC_ONLY;
    const demo = publicOnly ? undefined : await demoSets(ctx.log);
    const own = publicOnly ? {} : await ownFolderSets(ctx.log);
    const targets: Record<string, boolean> = {
      'ragsource-bw held-out recall@3 ≥ 0.95': rag.heldout.project.recallAt3 >= 0.95,
      'ragsource-bw held-out recall@1 ≥ 0.80': rag.heldout.project.recallAt1 >= 0.8,
      'XQuAD-de MRR@10 through the answer path ≥ 0.93': xq.project.mrrAt10 >= 0.93,
    };
    for (const [name, set] of [...Object.entries(demo ?? {}), ...Object.entries(own)]) {
      const test = set.withoutSynonymFile.test;
      if (!test) continue;
      targets[`set ${name} test (without synonyme.txt): ≥ 90 % of answerable questions answered right`] = test.answerableRight >= 0.9;
      targets[`set ${name} test (without synonyme.txt): ≥ 90 % of unanswerable questions "nicht gefunden"`] = test.unanswerableNotFound >= 0.9;
    }
    return {
      pass: Object.values(targets).every(Boolean),
      targets,
      results: {
        ragsourceBw: { source: 'RAGSource (amtsschimmel-ai/ragsource), CC BY 4.0; split by sha256(question)[0] even → tune', ...rag },
        xquadDe: { source: 'XQuAD de (CC BY-SA 4.0)', ...xq },
        demoSets: demo ?? 'bench/data/answers-eval*/questions.json not present',
        ownFolderSets: own,
      },
    };
  },
};
