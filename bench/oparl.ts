/**
 * The council information system as a knowledge source (issue #13), over the OParl emulator
 * (test/fakes/oparl-emulator.ts) serving the evaluation set "Stadt Musterhausen"
 * (bench/data/oparl-ris, written independently of the code, CC0):
 *
 * - every served object checked against the vendored OParl 1.1 schemas;
 * - per split (dev = tuning, test = held out) and category: recall@3 over the expected RIS pages
 *   (`rathaus search --source oparl` path: searchSources, top 3), the share answered with the
 *   expected page among the citations and the fact in the quoted Fundstelle (`rathaus ask` path,
 *   no model), and for the unanswerable questions the share answered "nicht gefunden";
 *   beside a baseline in the same run: the same index without the reference lookup;
 * - sync time of 5,000 generated Vorlagen with one downloaded PDF each (full load; the RIS
 *   request count and what it means at the default 2 requests/s), and an incremental sync with
 *   10 changes at the default OPARL_MAX_RPS = 2 (target ≤ 10 s).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { UserContext } from '../src/core/user-context.js';
import { answerQuestion } from '../src/knowledge/answer/index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createRetriever } from '../src/knowledge/retriever.js';
import { searchSources } from '../src/knowledge/search.js';
import { createIndexedSearchSource } from '../src/knowledge/sources/local-folder-source.js';
import type { KnowledgeSource } from '../src/knowledge/types.js';
import { createOparl, type OparlConfig } from '../src/oparl/create-oparl.js';
import { createMemoryStore } from '../test/fakes/memory-store.js';
import { startOparlEmulator, type OparlEmulatorData, type OparlObject } from '../test/fakes/oparl-emulator.js';
import { oparlSchemaErrors } from '../test/fakes/oparl-schema-validator.js';
import type { Bench } from './benches.js';

const USER: UserContext = { userId: 'bench', locale: 'de' };
const DATA = path.resolve('bench/data/oparl-ris');
const API = 'https://ris.musterhausen.example/oparl/v1';

interface Question {
  id: string;
  category: 'reference' | 'body-date' | 'topic' | 'unanswerable';
  question: string;
  expected: string[];
  fact: string;
  /** Why an unanswerable question is unanswerable (written with the data). */
  note?: string;
}

/**
 * The class of an unanswerable question, from its note: a reference that does not exist, the
 * content of a non-public TOP, a meeting (a day without one, or one not held yet), else a topic
 * near existing Vorlagen but not covered.
 */
function unanswerableClass(q: Question): string {
  const note = q.note ?? '';
  if (/referenz|nummer/i.test(note)) return 'reference';
  if (/nicht\s?öffentlich/i.test(note)) return 'non-public';
  if (/sitzung/i.test(note)) return 'meeting';
  return 'topic';
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as T;
}

/** The evaluation set as the emulator serves it: every list of the data folder, files by their URLs. */
export function musterhausen(): OparlEmulatorData {
  const list = (name: string) => readJson<OparlObject[]>(`data/${name}.json`);
  const [system] = list('system');
  const bodies = list('body');
  const objects = ['organizations', 'persons', 'memberships', 'papers', 'oparl10-papers', 'meetings', 'agendaitems', 'consultations', 'files', 'locations', 'legislativeterms'].flatMap(list);
  const files: OparlEmulatorData['files'] = {};
  const fileObjects = new Map<string, OparlObject>();
  const collect = (o: unknown) => {
    if (!o || typeof o !== 'object') return;
    if (Array.isArray(o)) return o.forEach(collect);
    const rec = o as OparlObject;
    if (typeof rec.type === 'string' && rec.type.endsWith('/File')) fileObjects.set(rec.id, rec);
    Object.values(rec).forEach(collect);
  };
  objects.forEach(collect);
  for (const f of fileObjects.values()) {
    const n = /\/file\/(\d+)$/.exec(f.id)?.[1];
    const text = readFileSync(path.join(DATA, 'data', 'files', `${n}.txt`), 'utf8');
    for (const u of [f.accessUrl, f.downloadUrl]) if (typeof u === 'string') files[u] = { text, mimeType: String(f.mimeType ?? 'text/plain') };
  }
  return { apiBase: API, system, bodies, objects, files };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

async function evaluate(sources: KnowledgeSource[], questions: Question[]) {
  const answer = answerQuestion({ sources, redactPii: false });
  const rows = [];
  for (const q of questions) {
    const search = await searchSources(sources, q.question, 3, USER);
    const top3 = search.hits.map((h) => h.passage.source);
    const result = await answer({ question: q.question, user: USER, top: 5 });
    const cited = result.citations.map((c) => c.source);
    const quoted = `${result.answer}\n${result.citations.map((c) => c.snippet).join('\n')}`.toLowerCase();
    rows.push({
      id: q.id,
      category: q.category,
      ...(q.category === 'unanswerable' ? { class: unanswerableClass(q) } : {}),
      recall3: q.expected.length ? top3.some((s) => q.expected.includes(s)) : undefined,
      found: result.found,
      right: q.expected.length ? result.found && cited.some((s) => q.expected.includes(s)) && quoted.includes(q.fact.toLowerCase()) : !result.found,
      top3,
    });
  }
  return rows;
}

function summarise(rows: Awaited<ReturnType<typeof evaluate>>) {
  const by = new Map<string, typeof rows>();
  for (const r of rows) by.set(r.category, [...(by.get(r.category) ?? []), r]);
  const share = (xs: boolean[]) => (xs.length ? round(xs.filter(Boolean).length / xs.length) : null);
  const categories = Object.fromEntries(
    [...by].map(([cat, rs]) => [
      cat,
      cat === 'unanswerable'
        ? { n: rs.length, notFound: share(rs.map((r) => !r.found)) }
        : { n: rs.length, recallAt3: share(rs.map((r) => !!r.recall3)), answeredRight: share(rs.map((r) => r.right)), found: share(rs.map((r) => r.found)) },
    ]),
  );
  const answerable = rows.filter((r) => r.category !== 'unanswerable');
  const classes = new Map<string, boolean[]>();
  for (const r of rows) if (r.class) classes.set(r.class, [...(classes.get(r.class) ?? []), !r.found]);
  return {
    n: rows.length,
    recallAt3: share(answerable.map((r) => !!r.recall3)),
    answeredRight: share(answerable.map((r) => r.right)),
    unanswerableNotFound: share(rows.filter((r) => r.category === 'unanswerable').map((r) => !r.found)),
    unanswerableNotFoundByClass: Object.fromEntries([...classes].sort().map(([c, xs]) => [c, { n: xs.length, notFound: share(xs) }])),
    categories,
    misses: rows.filter((r) => (r.category === 'unanswerable' ? r.found : !r.recall3)).map((r) => ({ id: r.id, top3: r.top3 })),
  };
}

function config(systemUrl: string, dataDir: string, maxRps: number): OparlConfig {
  return { OPARL_SYSTEM_URL: systemUrl, OPARL_CONTACT: 'bench@rathaus-assistent.example', OPARL_MAX_RPS: maxRps, OPARL_ALLOWED_HOSTS: [], RATHAUS_DATA_DIR: dataDir, MAX_FILE_MB: 50, OPARL_BODY_ID: undefined };
}

async function quality(ctx: { log: (l: string) => void }) {
  const data = musterhausen();
  const served = [data.system, ...data.bodies, ...data.objects];
  const invalid = served.filter((o) => oparlSchemaErrors(o).length).map((o) => o.id);
  const emulator = await startOparlEmulator(data, { pageSize: 25 });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-oparl-'));
  try {
    const service = createOparl(config(emulator.systemUrl, dataDir, 50), { parse: parseDocument, store: createMemoryStore() })!;
    const started = performance.now();
    const run = await service.sync();
    const syncMs = Math.round(performance.now() - started);
    ctx.log(`   Musterhausen: ${run.documents} Dokumente, ${run.chunks} Abschnitte, ${service.http.requests} Abrufe, ${syncMs} ms; übersprungen ${run.skipped.length}`);
    const questions = readJson<Question[]>('questions.json');
    const split = readJson<{ dev: string[]; test: string[] }>('split.json');
    const snapshot = JSON.parse(readFileSync(path.join(dataDir, 'oparl-index.json'), 'utf8'));
    const baseline = createIndexedSearchSource('oparl', createRetriever(snapshot));
    const part = async (name: 'dev' | 'test') => {
      const qs = questions.filter((q) => split[name].includes(q.id));
      return { project: summarise(await evaluate([service.source], qs)), baselineWithoutReferenceLookup: summarise(await evaluate([baseline], qs)) };
    };
    const dev = await part('dev');
    const test = await part('test');
    return { served: served.length, schemaInvalid: invalid, documents: run.documents, chunks: run.chunks, skipped: run.skipped, requests: service.http.requests, syncMs, dev, test };
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const T = (name: string) => `https://schema.oparl.org/1.1/${name}`;
const GEN = 'https://ris.generiert.example/oparl';
const TOPICS = ['Radweg', 'Kita', 'Schulhof', 'Spielplatz', 'Straßenbeleuchtung', 'Friedhof', 'Bebauungsplan', 'Glasfaser', 'Feuerwehr', 'Parkhaus', 'Stadtbücherei', 'Sportplatz'];

/**
 * A generated RIS: `n` Vorlagen, each with one downloaded main file of about 150 words — a real
 * PDF (the emulator builds it with pdf-lib), so the sync goes through the PDF parser as with a real RIS.
 */
function generated(n: number): OparlEmulatorData {
  const body = `${GEN}/body/1`;
  const objects: OparlObject[] = [{ id: `${GEN}/org/1`, type: T('Organization'), body, name: 'Rat', modified: '2025-01-01T00:00:00+01:00' }];
  const files: NonNullable<OparlEmulatorData['files']> = {};
  for (let i = 1; i <= n; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const ref = `${2020 + (i % 6)}/${String(i).padStart(4, '0')}`;
    const url = `${GEN}/file/${i}/download`;
    files[url] = { mimeType: 'application/pdf', text: `Vorlage ${ref} zum Thema ${topic} im Ortsteil ${i % 37}. `.repeat(12) + `Die Kosten betragen ${(i * 137) % 100000} Euro.` };
    objects.push({
      id: `${GEN}/paper/${i}`, type: T('Paper'), body, name: `${topic}: Maßnahme ${i}`, reference: ref, date: '2025-03-01', paperType: 'Beschlussvorlage', modified: '2025-03-01T10:00:00+01:00', web: `https://ris.generiert.example/vorlage/${i}`,
      mainFile: { id: `${GEN}/file/${i}`, type: T('File'), name: `Vorlage ${ref}`, fileName: `${i}.pdf`, mimeType: 'application/pdf', accessUrl: url, modified: '2025-03-01T10:00:00+01:00' },
    });
  }
  return {
    apiBase: GEN,
    system: { id: `${GEN}/system`, type: T('System'), oparlVersion: 'https://schema.oparl.org/1.1/', body: `${GEN}/bodies` },
    bodies: [{ id: body, type: T('Body'), name: 'Generierte Stadt', organization: `${GEN}/body/1/orgs`, person: `${GEN}/body/1/people`, meeting: `${GEN}/body/1/meetings`, paper: `${GEN}/body/1/papers`, legislativeTerm: [], agendaItem: `${GEN}/body/1/items`, consultation: `${GEN}/body/1/consultations`, file: `${GEN}/body/1/files`, modified: '2025-01-01T00:00:00+01:00' }],
    objects,
    files,
  };
}

async function scale(ctx: { log: (l: string) => void }) {
  const n = 5000;
  const data = generated(n);
  const emulator = await startOparlEmulator(data, { pageSize: 100 });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-oparl-scale-'));
  const store = createMemoryStore();
  try {
    // The full load at a raised rate (the emulator is local); its request count says what 2/s would take.
    const fast = createOparl(config(emulator.systemUrl, dataDir, 1000), { parse: parseDocument, store })!;
    let started = performance.now();
    const full = await fast.sync();
    const fullMs = Math.round(performance.now() - started);
    ctx.log(`   5.000 Vorlagen: ${full.documents} Dokumente in ${fullMs} ms, ${fast.http.requests} Abrufe`);
    // Ten changes: 6 Vorlagen with a new file version, 2 deleted, 2 new — at the default 2 requests/s.
    const later = new Date(Date.now() + 1000).toISOString();
    for (let i = 1; i <= 6; i++) {
      const url = `${GEN}/file/${i}/download`;
      emulator.setFile(url, { mimeType: 'application/pdf', text: `Geänderte Fassung ${i}: Die Kosten steigen auf ${i * 1000} Euro.` });
      emulator.update(`${GEN}/paper/${i}`, { name: `Geänderte Maßnahme ${i}`, mainFile: { id: `${GEN}/file/${i}`, type: T('File'), name: `Neufassung ${i}`, fileName: `${i}-neu.pdf`, mimeType: 'application/pdf', accessUrl: url, modified: later } }, later);
    }
    emulator.remove(`${GEN}/paper/7`, later);
    emulator.remove(`${GEN}/paper/8`, later);
    for (const i of [n + 1, n + 2]) {
      emulator.add({ id: `${GEN}/paper/${i}`, type: T('Paper'), body: `${GEN}/body/1`, name: `Neue Vorlage ${i}`, reference: `2026/${i}`, paperType: 'Antrag', web: `https://ris.generiert.example/vorlage/${i}` }, later);
    }
    const slow = createOparl(config(emulator.systemUrl, dataDir, 2), { parse: parseDocument, store })!;
    started = performance.now();
    const incremental = await slow.sync();
    const incrementalMs = Math.round(performance.now() - started);
    ctx.log(`   10 Änderungen bei 2 Abrufen/s: ${incrementalMs} ms, ${slow.http.requests} Abrufe, neu gelesen ${incremental.updated}, entfernt ${incremental.removed}`);
    return {
      papers: n,
      mainFiles: 'PDF (built by pdf-lib, read by the PDF parser)',
      full: { ms: fullMs, requests: fast.http.requests, maxRps: 1000, documents: full.documents, chunks: full.chunks, skipped: full.skipped.length, secondsAtDefault2Rps: Math.round(fast.http.requests / 2) },
      incremental: { ms: incrementalMs, requests: slow.http.requests, maxRps: 2, mode: incremental.mode, updated: incremental.updated, removed: incremental.removed, documents: incremental.documents },
    };
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const oparlBench: Bench = {
  name: 'oparl',
  async run(ctx) {
    const q = await quality(ctx);
    const s = await scale(ctx);
    const test = q.test.project;
    const dev = q.dev.project;
    const targets = {
      'every served object validates against the OParl 1.1 schemas': q.schemaInvalid.length === 0,
      'recall@3 ≥ 0.9 on the held-out test split': (test.recallAt3 ?? 0) >= 0.9,
      'recall@3 ≥ 0.9 on the dev split': (dev.recallAt3 ?? 0) >= 0.9,
      'unanswerable: "nicht gefunden" for all (test split)': test.unanswerableNotFound === 1,
      'incremental sync with 10 changes ≤ 10 s at OPARL_MAX_RPS=2': s.incremental.mode === 'poll' && s.incremental.ms <= 10_000,
      'every generated PDF main file read (none skipped)': s.full.skipped === 0 && s.full.chunks >= s.papers,
    };
    return { pass: Object.values(targets).every(Boolean), targets, results: { quality: q, scale: s } };
  },
};
