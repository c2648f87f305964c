/**
 * Retrieval quality on German XQuAD (bench/data/xquad-de, CC BY-SA 4.0): every paragraph is a
 * document, every question a query whose answer paragraph should rank first. Compares the
 * project's retriever (German analysis, compounds, BM25) with plain MiniSearch defaults (BM25
 * without German handling) in the same run: recall@1, recall@5, MRR@10.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { chunkDocument } from '../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../src/knowledge/index/index-state.js';
import { createRetriever } from '../src/knowledge/retriever.js';
import type { Bench } from './benches.js';

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string }[] }[] }[];
}

interface Metrics {
  recallAt1: number;
  recallAt5: number;
  mrrAt10: number;
}

/** Ranked document ids per query → metrics. */
export function score(rankings: string[][], expected: string[]): Metrics {
  let r1 = 0;
  let r5 = 0;
  let mrr = 0;
  rankings.forEach((ranked, i) => {
    const pos = ranked.slice(0, 10).indexOf(expected[i]);
    if (pos === 0) r1++;
    if (pos >= 0 && pos < 5) r5++;
    if (pos >= 0) mrr += 1 / (pos + 1);
  });
  const n = rankings.length || 1;
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { recallAt1: round(r1), recallAt5: round(r5), mrrAt10: round(mrr) };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

export const retrievalBench: Bench = {
  name: 'retrieval',
  async run(ctx) {
    const squad = JSON.parse(readFileSync(path.resolve('bench', 'data', 'xquad-de', 'xquad.de.json'), 'utf8')) as Squad;
    const docs: { id: string; title: string; text: string }[] = [];
    const queries: { question: string; doc: string }[] = [];
    squad.data.forEach((article, a) =>
      article.paragraphs.forEach((p, k) => {
        const id = `a${a}p${k}`;
        docs.push({ id, title: article.title, text: p.context });
        for (const qa of p.qas) queries.push({ question: qa.question, doc: id });
      }),
    );
    ctx.log(`XQuAD-de: ${docs.length} Absätze, ${queries.length} Fragen`);

    // Project retriever. Titles are left out on purpose: XQuAD titles are English and would help neither side fairly.
    let t = performance.now();
    const snapshot = snapshotFromDocuments(
      docs.map((d) => ({ source: d.id, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: d.text }] } })),
      (doc, source) => chunkDocument(doc, source),
    );
    const ranker = createRetriever(snapshot, { minCoverage: 0 });
    const gated = createRetriever(snapshot);
    const buildOurs = performance.now() - t;
    t = performance.now();
    const ours: string[][] = [];
    let answeredAboveThreshold = 0;
    for (const q of queries) {
      ours.push(unique((await ranker.search(q.question, 30)).map((h) => h.chunk.source)));
      const top = await gated.search(q.question, 5);
      if (top.some((h) => h.chunk.source === q.doc)) answeredAboveThreshold++;
    }
    const queryOurs = performance.now() - t;

    // Baseline: MiniSearch with its defaults (its own tokenizer, lower-casing, BM25+ ranking).
    t = performance.now();
    const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    mini.addAll(docs.map((d) => ({ id: d.id, text: d.text })));
    const buildBase = performance.now() - t;
    t = performance.now();
    const base = queries.map((q) => mini.search(q.question).slice(0, 30).map((r) => String(r.id)));
    const queryBase = performance.now() - t;

    const expected = queries.map((q) => q.doc);
    const oursMetrics = score(ours, expected);
    const baseMetrics = score(base, expected);
    ctx.log(`Projekt:   R@1 ${oursMetrics.recallAt1}  R@5 ${oursMetrics.recallAt5}  MRR@10 ${oursMetrics.mrrAt10}`);
    ctx.log(`Baseline:  R@1 ${baseMetrics.recallAt1}  R@5 ${baseMetrics.recallAt5}  MRR@10 ${baseMetrics.mrrAt10}`);
    const targets = {
      'recall@1 above baseline': oursMetrics.recallAt1 > baseMetrics.recallAt1,
      'recall@5 above baseline': oursMetrics.recallAt5 > baseMetrics.recallAt5,
      'MRR@10 above baseline': oursMetrics.mrrAt10 > baseMetrics.mrrAt10,
    };
    return {
      pass: Object.values(targets).every(Boolean),
      targets,
      results: {
        dataset: { paragraphs: docs.length, questions: queries.length, source: 'XQuAD de (CC BY-SA 4.0)' },
        project: { ...oursMetrics, recallAt5WithThreshold: Math.round((answeredAboveThreshold / queries.length) * 1000) / 1000, buildMs: Math.round(buildOurs), queryMsTotal: Math.round(queryOurs) },
        baseline: { name: 'MiniSearch 7 defaults', ...baseMetrics, buildMs: Math.round(buildBase), queryMsTotal: Math.round(queryBase) },
      },
    };
  },
};
