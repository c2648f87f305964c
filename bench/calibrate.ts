/**
 * Calibration of the "nicht gefunden" rule on development data only: the `dev` split of the
 * demo-folder set and the tuning half of ragsource-bw (never the test split or the held-out
 * half). Tries the weights of unmatched words (UNKNOWN_WEIGHT) and the coverage threshold on a
 * grid and prints the best combinations. `npx tsx bench/calibrate.ts`; the chosen values are then
 * written into lexical-index.ts / retriever.ts by hand and measured by `npm run bench -- answers`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { UNKNOWN_WEIGHT } from '../src/knowledge/index/lexical-index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../src/knowledge/retriever.js';
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

async function snapshotOf(dir: string) {
  return (await indexKnowledge({ parse: parseDocument, dataDir: mkdtempSync(path.join(tmpdir(), 'cal-')), maxFileBytes: 5e7 })(dir)).snapshot;
}

const demo = (JSON.parse(readFileSync('bench/data/answers-eval/questions.json', 'utf8')) as { questions: Q[] }).questions.filter((q) => q.split === 'dev' && q.category !== 'english');
const rag = (JSON.parse(readFileSync('bench/data/ragsource-bw/questions-dev.json', 'utf8')) as { question: string; gold_file: string }[]).filter((q) => hashSplit(q.question) === 'tune');
const demoSnap = await snapshotOf('knowledge');
const ragSnap = await snapshotOf('bench/data/ragsource-bw/corpus');
const thresholds = [0.3, 0.34, 0.38, 0.42, 0.46, 0.5, 0.55, 0.6];
const rows: string[] = [];
for (const absent of [0.5, 0.75, 1, 1.25]) {
  for (const unknown of [0.1, 0.2, 0.3, 0.5]) {
    UNKNOWN_WEIGHT.absent = absent;
    UNKNOWN_WEIGHT.unknown = unknown;
    const demoR = createRetriever(demoSnap, { minCoverage: 0 });
    const ragR = createRetriever(ragSnap, { minCoverage: 0 });
    const demoHits = await Promise.all(demo.map(async (q) => ({ q, hits: await demoR.search(q.question, 5) })));
    const ragHits = await Promise.all(rag.map(async (q) => ({ q, hits: await ragR.search(q.question, 3) })));
    for (const t of thresholds) {
      let ansN = 0, ansR = 0, unN = 0, unR = 0, ragR3 = 0;
      for (const { q, hits } of demoHits) {
        const passing = hits.filter((h) => h.coverage >= t).slice(0, 3);
        if (!q.expected.length) {
          unN++;
          if (!passing.length) unR++;
        } else {
          ansN++;
          if (passing.some((h) => q.expected.includes(h.chunk.source) && (q.keyFacts ?? []).every((f) => flat(quoteFundstelle(h.chunk.text, q.question, undefined, h.matchTerms).text).includes(flat(f))))) ansR++;
        }
      }
      for (const { q, hits } of ragHits) if (hits.some((h) => h.coverage >= t && h.chunk.source === q.gold_file)) ragR3++;
      const a = ansR / ansN, u = unR / unN, r = ragR3 / rag.length;
      rows.push(`${((a + u) / 2 + r / 2).toFixed(3)}  absent=${absent} unknown=${unknown} t=${t}  demo answerable ${a.toFixed(2)} unanswerable ${u.toFixed(2)} ragsource answered@3 ${r.toFixed(2)}`);
    }
  }
}
rows.sort().reverse();
console.log(rows.slice(0, 15).join('\n'));
