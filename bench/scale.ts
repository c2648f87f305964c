/**
 * Scale: a generated corpus of 10,000 Markdown documents (~20 MB of German-like text, fixed
 * seed) indexed through the real pipeline (files → parser → chunks → index → JSON on disk).
 * Measures build time, reload time, query latency p50/p95 and peak RSS; MiniSearch defaults
 * over the same texts are measured in the same run for comparison.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { indexKnowledge } from '../src/knowledge/index/index-knowledge.js';
import { loadIndex } from '../src/knowledge/index/load-or-build-index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import type { Bench } from './benches.js';

const DOCS = 10_000;
const QUERIES = 300;

/** mulberry32: small deterministic PRNG, so every run indexes the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'z', 'st', 'sch', 'br', 'gr', 'kl', 'pf', 'tr', 'fr', 'sp'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'au', 'ei', 'ie', 'eu'];
const CODAS = ['', 'n', 'r', 'l', 'ng', 'nd', 'cht', 'ss', 'ß', 'rt', 'ck', 'st', 'tz', 'mm'];
const SUFFIXES = ['ung', 'heit', 'keit', 'schaft', 'en', 'er', 'e', 'lich', 'ig', 'nis'];
const FUNCTION_WORDS = ['der', 'die', 'das', 'und', 'ist', 'von', 'mit', 'für', 'auf', 'nach', 'bei', 'wird', 'werden', 'nicht', 'eine', 'einer', 'im', 'zur', 'zum', 'sind'];

export function makeCorpus(seed = 20261121): { docs: { name: string; text: string }[]; vocabulary: string[]; pick: () => string } {
  const rnd = prng(seed);
  const choose = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const syllable = () => choose(ONSETS) + choose(VOWELS) + choose(CODAS);
  const base = new Set<string>();
  while (base.size < 12_000) base.add(syllable() + syllable() + (rnd() < 0.5 ? choose(SUFFIXES) : ''));
  const words = [...base];
  // Compounds of two base words, some with a linking "s" (Fugen-s), as in German administrative text.
  for (let i = 0; i < 8_000; i++) words.push(choose(words.slice(0, 3000)) + (rnd() < 0.3 ? 's' : '') + choose(words.slice(0, 6000)));
  // Zipf-like: low indices are much more frequent.
  const pick = () => words[Math.floor(words.length * rnd() ** 3)];
  const sentence = () => {
    const n = 8 + Math.floor(rnd() * 10);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(rnd() < 0.35 ? choose(FUNCTION_WORDS) : rnd() < 0.4 ? cap(pick()) : pick());
    return `${cap(out.join(' '))}.`;
  };
  const docs: { name: string; text: string }[] = [];
  for (let d = 0; d < DOCS; d++) {
    const lines = [`# ${cap(pick())} ${cap(pick())}`, ''];
    const sections = 2 + Math.floor(rnd() * 2);
    for (let s = 0; s < sections; s++) {
      lines.push(`## ${s + 1}. ${cap(pick())}`, '');
      for (let p = 0; p < 2; p++) {
        const sentences = 2 + Math.floor(rnd() * 3);
        lines.push(Array.from({ length: sentences }, sentence).join(' '), '');
      }
      if (rnd() < 0.3) lines.push(...Array.from({ length: 2 }, () => `- ${sentence()}`), '');
    }
    docs.push({ name: `bereich-${d % 50}/dokument-${d}.md`, text: lines.join('\n') });
  }
  return { docs, vocabulary: words, pick };
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;
}

export const scaleBench: Bench = {
  name: 'scale',
  async run(ctx) {
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
    const root = mkdtempSync(path.join(tmpdir(), 'rathaus-scale-'));
    try {
      const { docs, pick } = makeCorpus();
      const dir = path.join(root, 'wissen');
      let bytes = 0;
      for (const d of docs) {
        mkdirSync(path.dirname(path.join(dir, d.name)), { recursive: true });
        writeFileSync(path.join(dir, d.name), d.text);
        bytes += Buffer.byteLength(d.text);
      }
      ctx.log(`Korpus: ${docs.length} Dokumente, ${(bytes / 1e6).toFixed(1)} MB`);
      const dataDir = path.join(root, 'data');

      let t = performance.now();
      const run = await indexKnowledge({ parse: parseDocument, dataDir, maxFileBytes: 50 * 1024 * 1024 })(dir);
      const buildMs = performance.now() - t;
      ctx.log(`Aufbau: ${(buildMs / 1000).toFixed(1)} s, ${run.chunks} Abschnitte`);

      t = performance.now();
      const retriever = await loadIndex(dataDir);
      const reloadMs = performance.now() - t;
      ctx.log(`Neu laden: ${(reloadMs / 1000).toFixed(2)} s`);

      const queries = Array.from({ length: QUERIES }, (_, i) => Array.from({ length: 2 + (i % 4) }, pick).join(' '));
      const latencies: number[] = [];
      let withHits = 0;
      for (const q of queries) {
        const s = performance.now();
        const hits = await retriever.search(q, 10);
        latencies.push(performance.now() - s);
        if (hits.length) withHits++;
      }
      const ours = { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
      ctx.log(`Suche: p50 ${ours.p50} ms, p95 ${ours.p95} ms`);

      // Baseline in the same run: MiniSearch defaults over the same texts (in memory, no persistence).
      t = performance.now();
      const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      mini.addAll(docs.map((d, id) => ({ id, text: d.text })));
      const miniBuildMs = performance.now() - t;
      const miniLat: number[] = [];
      for (const q of queries) {
        const s = performance.now();
        mini.search(q).slice(0, 10);
        miniLat.push(performance.now() - s);
      }
      clearInterval(sampler);
      peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
      const peakMb = Math.round(peakRss / 1024 / 1024);
      ctx.log(`Spitzen-RSS: ${peakMb} MB`);
      const targets = {
        'build ≤ 60 s': buildMs <= 60_000,
        'reload ≤ 3 s': reloadMs <= 3_000,
        'query p95 ≤ 50 ms': ours.p95 <= 50,
        'peak RSS ≤ 1.5 GB': peakMb <= 1536,
      };
      return {
        pass: Object.values(targets).every(Boolean),
        targets,
        results: {
          corpus: { documents: docs.length, megabytes: Math.round(bytes / 1e5) / 10, chunks: run.chunks, seed: 20261121 },
          project: {
            buildMs: Math.round(buildMs),
            reloadMs: Math.round(reloadMs),
            queryP50Ms: ours.p50,
            queryP95Ms: ours.p95,
            queriesWithHitsAboveThreshold: withHits,
            queries: QUERIES,
            peakRssMb: peakMb,
          },
          baseline: { name: 'MiniSearch 7 defaults (in memory, no parsing, no persistence)', buildMs: Math.round(miniBuildMs), queryP50Ms: percentile(miniLat, 50), queryP95Ms: percentile(miniLat, 95) },
          note: 'Peak RSS is for the whole benchmark process (includes the corpus held in memory and the MiniSearch baseline).',
        },
      };
    } finally {
      clearInterval(sampler);
      rmSync(root, { recursive: true, force: true });
    }
  },
};
