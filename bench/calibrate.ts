/**
 * Calibration of the "nicht gefunden" rule on development data only: the `dev` split of the
 * demo-folder sets A and B and of set C (over its own folder, when vendored), the tuning half of
 * ragsource-bw and XQuAD-de (through the answer threshold, as the bench measures it) — never a
 * test split or the held-out half. English questions are left out here (they are searched through
 * translations; see bench/answers-dev-diagnose.ts). Tries the parts of the answer rule
 * (AnswerRules: evidence, uncovered noun, quote, main noun, answer type, fact of the focus noun,
 * typed focus) and the coverage
 * threshold on a small grid, passed in as options, and prints one line per combination; the
 * weights of unmatched words (UNKNOWN_WEIGHT) and of verbs and adjectives (WORD_CLASS_WEIGHT) of
 * lexical-index.ts on the same grid. `npx tsx bench/calibrate.ts`; the chosen values are then
 * written into answer-threshold.ts / lexical-index.ts by hand and measured by
 * `npm run bench -- answers`.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chunkDocument } from '../src/knowledge/chunking.js';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { snapshotFromDocuments, type IndexSnapshot } from '../src/knowledge/index/index-state.js';
import { LexicalIndex, UNKNOWN_WEIGHT, WORD_CLASS_WEIGHT } from '../src/knowledge/index/lexical-index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { ANSWER_RULES, answerTypeOf, passesAnswerRule, quoteEvidenceOf, type AnswerRules, type QuoteEvidence } from '../src/knowledge/answer-threshold.js';
import { createRetriever, type RetrievalHit } from '../src/knowledge/retriever.js';
import { quoteFundstelle } from '../src/knowledge/snippet.js';
import { answerQuestion } from '../src/knowledge/answer/index.js';
import { createLocalFolderSource } from '../src/knowledge/sources/local-folder-source.js';
import { hashSplit, type EvalQuestion as Q } from './answers.js';

const flat = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();
const snapshotOf = async (dir: string) => (await indexKnowledge({ parse: parseDocument, dataDir: mkdtempSync(path.join(tmpdir(), 'cal-')), maxFileBytes: 5e7 })(dir)).snapshot;
const devOf = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { questions: Q[] }).questions.filter((q) => q.split === 'dev' && !q.category.startsWith('english')) : []);

// Sets A and B are written over the demo folder; measured without the admins' synonym file (see bench/answers.ts).
const demoSnapshot = { ...(await snapshotOf('knowledge')), synonyms: [] };
const setC = path.join('bench', 'data', 'answers-eval-c');
const sets = [
  { name: 'A', questions: devOf('bench/data/answers-eval/questions.json'), snapshot: demoSnapshot },
  { name: 'B', questions: devOf('bench/data/answers-eval-b/questions.json'), snapshot: demoSnapshot },
  ...(existsSync(path.join(setC, 'questions.json')) ? [{ name: 'C', questions: devOf(path.join(setC, 'questions.json')), snapshot: { ...(await snapshotOf(path.join(setC, 'knowledge'))), synonyms: [] } }] : []),
].filter((s) => s.questions.length);
const rag = (JSON.parse(readFileSync('bench/data/ragsource-bw/questions-dev.json', 'utf8')) as { question: string; gold_file: string }[]).filter((q) => hashSplit(q.question) === 'tune');
const ragSnap = await snapshotOf('bench/data/ragsource-bw/corpus');
const squad = JSON.parse(readFileSync('bench/data/xquad-de/xquad.de.json', 'utf8')) as { data: { paragraphs: { context: string; qas: { question: string }[] }[] }[] };
const xqDocs: { source: string; text: string }[] = [];
const xq: { question: string; doc: string }[] = [];
squad.data.forEach((a, i) => a.paragraphs.forEach((p, k) => { xqDocs.push({ source: `a${i}p${k}`, text: p.context }); for (const qa of p.qas) xq.push({ question: qa.question, doc: `a${i}p${k}` }); }));
const xqSnap: IndexSnapshot = snapshotFromDocuments(xqDocs.map((d) => ({ source: d.source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: d.text }] } })), (doc, source) => chunkDocument(doc, source));

const list = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map(Number);
const thresholds = list('T', '0.4,0.44,0.5');

/**
 * `ENGLISH=1`: the English dev questions of every set (english and english-unanswerable) through
 * `ask` as a user gets it (German words and dictionary translations, no model), for the weight of
 * an English word none of whose German translations the folder uses (UNKNOWN_WEIGHT.absentTranslation)
 * and the threshold; prints answerable right / unanswerable "not found" per set.
 */
if (process.env.ENGLISH) {
  const englishOf = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { questions: Q[] }).questions.filter((q) => q.split === 'dev' && q.category.startsWith('english')) : []);
  const englishSets = [
    { name: 'A', questions: englishOf('bench/data/answers-eval/questions.json'), snapshot: demoSnapshot },
    { name: 'B', questions: englishOf('bench/data/answers-eval-b/questions.json'), snapshot: demoSnapshot },
    ...sets.filter((x) => x.name === 'C').map((x) => ({ ...x, questions: englishOf(path.join(setC, 'questions.json')) })),
  ].filter((x) => x.questions.length);
  for (const weight of list('ABSENT_TRANSLATION', '0.3,0.6,1')) {
    UNKNOWN_WEIGHT.absentTranslation = weight;
    for (const t of thresholds) {
      const parts: string[] = [];
      for (const set of englishSets) {
        const answer = answerQuestion({ sources: [createLocalFolderSource(createRetriever(set.snapshot, { minCoverage: t }))], redactPii: false });
        let ansN = 0, ansR = 0, unN = 0, unR = 0;
        for (const q of set.questions) {
          const r = await answer({ question: q.question, user: { userId: 'calibrate', locale: 'en' } });
          if (!q.expected.length) {
            unN++;
            if (!r.found) unR++;
          } else {
            ansN++;
            if (r.found && r.citations.slice(0, 3).some((c) => q.expected.includes(c.source) && (q.keyFacts ?? []).every((f) => flat(c.snippet.replace(/\*\*/g, '')).includes(flat(f))))) ansR++;
          }
        }
        parts.push(`${set.name} ${ansN ? (ansR / ansN).toFixed(2) : '-'}/${unN ? (unR / unN).toFixed(2) : '-'}`);
      }
      console.log(`english absentTranslation=${weight} t=${t}  ${parts.join('  ')}  (answerable/unanswerable)`);
    }
  }
  process.exit(0);
}
const grid = {
  absent: list('ABSENT', '1'),
  nonNoun: list('NON_NOUN', '0.5'),
  evidence: list('EVIDENCE', '3'),
  evidenceCoverage: list('EVIDENCE_COVERAGE', '0.2'),
  uncovered: list('UNCOVERED', '1'),
  quote: list('QUOTE', '0.25'),
  focus: list('FOCUS', '0,1,1.2'),
  // 0: the main-noun rule on the chunk, 1: on the quote the user sees.
  focusInQuote: list('FOCUS_IN_QUOTE', '0,1'),
  answerType: list('ANSWER_TYPE', '0,1'),
  // AnswerRules.factOfFocus (0/1) and AnswerRules.typedFocus (ratio; 0: off).
  factOfFocus: list('FACT_OF_FOCUS', '1'),
  typedFocus: list('TYPED_FOCUS', '1.5'),
};
const product = <T,>(lists: T[][]): T[][] => lists.reduce<T[][]>((acc, l) => acc.flatMap((a) => l.map((x) => [...a, x])), [[]]);

for (const [absent, nonNoun] of product([grid.absent, grid.nonNoun])) {
  UNKNOWN_WEIGHT.absent = absent;
  WORD_CLASS_WEIGHT.nonNoun = nonNoun;
  // Hits and quotes depend on the weights only; the rules are applied to them below.
  const quotes = new Map<RetrievalHit, QuoteEvidence>();
  const search = async (snapshot: IndexSnapshot, qs: { question: string }[], top: number) => {
    const r = createRetriever(snapshot, { minCoverage: 0 });
    const index = new LexicalIndex(snapshot);
    return Promise.all(
      qs.map(async (q) => {
        const hits = await r.search(q.question, top);
        const evidenceOf = index.textEvidenceFor(q.question);
        for (const h of hits) quotes.set(h, quoteEvidenceOf(evidenceOf, h.chunk, q.question, h.matchTerms));
        return { hits, asked: answerTypeOf(q.question) };
      }),
    );
  };
  const setHits = await Promise.all(sets.map((s) => search(s.snapshot, s.questions, 5)));
  const ragHits = await search(ragSnap, rag, 3);
  const xqHits = await search(xqSnap, xq, 10);
  for (const [minMatchedWords, evidenceCoverage, uncovered, quote, focus, focusInQuote, answerType, factOfFocus, typedFocus] of product([grid.evidence, grid.evidenceCoverage, grid.uncovered, grid.quote, grid.focus, grid.focusInQuote, grid.answerType, grid.factOfFocus, grid.typedFocus])) {
    if (!focus && focusInQuote) continue;
    const rules: AnswerRules = {
      ...ANSWER_RULES,
      evidence: { minMatchedWords, minCoverage: evidenceCoverage },
      uncovered: uncovered === 1,
      quote: quote > 0 ? { minCoverage: quote } : false,
      focus: focus > 0 ? { ratio: focus, in: focusInQuote ? 'quote' : 'chunk' } : false,
      answerType: answerType === 1,
      factOfFocus: factOfFocus === 1,
      typedFocus: typedFocus > 0 ? { ratio: typedFocus } : false,
    };
    for (const t of thresholds) {
      const passing = ({ hits, asked }: { hits: RetrievalHit[]; asked: ReturnType<typeof answerTypeOf> }) => hits.filter((h) => passesAnswerRule(h, () => quotes.get(h) as QuoteEvidence, t, rules, asked));
      const parts = sets.map((s, k) => {
        let ansN = 0, ansR = 0, unN = 0, unR = 0;
        s.questions.forEach((q, i) => {
          const top3 = passing(setHits[k][i]).slice(0, 3);
          if (!q.expected.length) {
            unN++;
            if (!top3.length) unR++;
          } else {
            ansN++;
            if (top3.some((h) => q.expected.includes(h.chunk.source) && (q.keyFacts ?? []).every((f) => flat(quoteFundstelle(h.chunk.text, q.question, undefined, h.matchTerms).text).includes(flat(f))))) ansR++;
          }
        });
        return `${s.name} ${(ansR / ansN).toFixed(2)}/${(unR / unN).toFixed(2)}`;
      });
      const ragR3 = rag.filter((q, i) => passing(ragHits[i]).some((h) => h.chunk.source === q.gold_file)).length / rag.length;
      const mrr = xq.reduce((sum, q, i) => { const p = [...new Set(passing(xqHits[i]).map((h) => h.chunk.source))].indexOf(q.doc); return sum + (p >= 0 ? 1 / (p + 1) : 0); }, 0) / xq.length;
      console.log(`absent=${absent} nonNoun=${nonNoun} evidence=${minMatchedWords}@${evidenceCoverage} uncovered=${uncovered} quote=${quote} focus=${focus}${focus ? (focusInQuote ? '@quote' : '@chunk') : ''} type=${answerType} factOfFocus=${factOfFocus} typedFocus=${typedFocus} t=${t}  ${parts.join('  ')}  (answerable/unanswerable)  ragsource answered@3 ${ragR3.toFixed(2)}  XQuAD MRR@10 ${mrr.toFixed(3)}`);
    }
  }
}
