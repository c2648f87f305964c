/**
 * Calibration of the "nicht gefunden" rule on development data only: the `dev` split of the
 * demo-folder set (and of set B when vendored), the tuning half of ragsource-bw and XQuAD-de
 * (through the answer threshold, as the bench measures it) — never a test split or the held-out
 * half. Tries the word-class weight (WORD_CLASS_WEIGHT), the weights of unmatched words
 * (UNKNOWN_WEIGHT), the evidence rule (EVIDENCE_RULE) and the coverage threshold on a small grid
 * and prints one line per combination. `npx tsx bench/calibrate.ts`; the chosen values are then
 * written into lexical-index.ts / retriever.ts by hand and measured by `npm run bench -- answers`.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chunkDocument } from '../src/knowledge/chunking.js';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { snapshotFromDocuments, type IndexSnapshot } from '../src/knowledge/index/index-state.js';
import { LexicalIndex, UNKNOWN_WEIGHT, WORD_CLASS_WEIGHT } from '../src/knowledge/index/lexical-index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { EVIDENCE_RULE, passesCoverageRule, QUOTE_RULE, quotedContext, UNCOVERED_RULE } from '../src/knowledge/answer-threshold.js';
import { createRetriever, type RetrievalHit } from '../src/knowledge/retriever.js';
import { quoteFundstelle } from '../src/knowledge/snippet.js';
import { hashSplit } from './answers.js';

interface Q {
  question: string;
  split: string;
  category: string;
  expected: string[];
  keyFacts?: string[];
}

const flat = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();
const snapshotOf = async (dir: string) => (await indexKnowledge({ parse: parseDocument, dataDir: mkdtempSync(path.join(tmpdir(), 'cal-')), maxFileBytes: 5e7 })(dir)).snapshot;
const devOf = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { questions: Q[] }).questions.filter((q) => q.split === 'dev' && q.category !== 'english') : []);

// Both sets are written over the demo folder; measured without the admins' synonym file (see bench/answers.ts).
const demoSnapshot = { ...(await snapshotOf('knowledge')), synonyms: [] };
const sets = [
  { name: 'A', questions: devOf('bench/data/answers-eval/questions.json'), snapshot: demoSnapshot },
  { name: 'B', questions: devOf('bench/data/answers-eval-b/questions.json'), snapshot: demoSnapshot },
].filter((s) => s.questions.length);
const rag = (JSON.parse(readFileSync('bench/data/ragsource-bw/questions-dev.json', 'utf8')) as { question: string; gold_file: string }[]).filter((q) => hashSplit(q.question) === 'tune');
const ragSnap = await snapshotOf('bench/data/ragsource-bw/corpus');
const squad = JSON.parse(readFileSync('bench/data/xquad-de/xquad.de.json', 'utf8')) as { data: { paragraphs: { context: string; qas: { question: string }[] }[] }[] };
const xqDocs: { source: string; text: string }[] = [];
const xq: { question: string; doc: string }[] = [];
squad.data.forEach((a, i) => a.paragraphs.forEach((p, k) => { xqDocs.push({ source: `a${i}p${k}`, text: p.context }); for (const qa of p.qas) xq.push({ question: qa.question, doc: `a${i}p${k}` }); }));
const xqSnap: IndexSnapshot = snapshotFromDocuments(xqDocs.map((d) => ({ source: d.source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: d.text }] } })), (doc, source) => chunkDocument(doc, source));

const thresholds = (process.env.T ?? '0.35,0.4,0.44,0.5').split(',').map(Number);
const grid = (process.env.GRID ?? 'absent=1,1.5 nonNoun=1,0.5 evidence=3,99 evidenceCoverage=0.2 uncovered=1,0 quote=1,0').split(' ').map((g) => g.split('=')[1].split(',').map(Number));
for (const [absent, nonNoun, minMatchedWords] of grid[0].flatMap((a) => grid[1].flatMap((n) => grid[2].map((e) => [a, n, e])))) {
  for (const [evidenceCoverage, uncovered, quote] of grid[3].flatMap((c) => grid[4].flatMap((u) => grid[5].map((q) => [c, u, q])))) {
    UNCOVERED_RULE.on = uncovered === 1;
    QUOTE_RULE.on = quote > 0;
    QUOTE_RULE.minCoverage = quote;
    EVIDENCE_RULE.minCoverage = evidenceCoverage;
    UNKNOWN_WEIGHT.absent = absent;
    WORD_CLASS_WEIGHT.nonNoun = nonNoun;
    EVIDENCE_RULE.minMatchedWords = minMatchedWords;
    const quoteEvidence = new Map<RetrievalHit, { coverage: number; matched: number }>();
    const search = async (snapshot: IndexSnapshot, qs: { question: string }[], top: number) => {
      const r = createRetriever(snapshot, { minCoverage: 0 });
      const index = new LexicalIndex(snapshot);
      return Promise.all(
        qs.map(async (q) => {
          const hits = await r.search(q.question, top);
          const evidenceOf = index.textEvidenceFor(q.question);
          for (const h of hits) quoteEvidence.set(h, evidenceOf(quotedContext(h.chunk, q.question, h.matchTerms)));
          return hits;
        }),
      );
    };
    const setHits = await Promise.all(sets.map((s) => search(s.snapshot, s.questions, 5)));
    const ragHits = await search(ragSnap, rag, 3);
    const xqHits = await search(xqSnap, xq, 10);
    for (const t of thresholds) {
      const passing = (hits: RetrievalHit[]) => hits.filter((h) => passesCoverageRule(h, t) && (!QUOTE_RULE.on || passesCoverageRule(quoteEvidence.get(h) as { coverage: number; matched: number }, Math.min(t, QUOTE_RULE.minCoverage))));
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
        return `${s.name} answerable ${(ansR / ansN).toFixed(2)} unanswerable ${(unR / unN).toFixed(2)}`;
      });
      const ragR3 = rag.filter((q, i) => passing(ragHits[i]).some((h) => h.chunk.source === q.gold_file)).length / rag.length;
      const mrr = xq.reduce((sum, q, i) => { const p = [...new Set(passing(xqHits[i]).map((h) => h.chunk.source))].indexOf(q.doc); return sum + (p >= 0 ? 1 / (p + 1) : 0); }, 0) / xq.length;
      console.log(`absent=${absent} nonNoun=${nonNoun} evidence=${minMatchedWords}@${evidenceCoverage} uncovered=${uncovered} quote=${quote} t=${t}  ${parts.join('  ')}  ragsource answered@3 ${ragR3.toFixed(2)}  XQuAD MRR@10 ${mrr.toFixed(3)}`);
    }
  }
}
