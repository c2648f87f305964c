/**
 * The planted-instruction corpus end to end: real files of every format through the real
 * indexer and parsers, SharePoint and Outlook through the Graph emulator, and a model stub that
 * OBEYS every instruction it finds (over real HTTP). Nothing planted may reach the user: no
 * planted word, no foreign link or address, no false fact, and every citation's passage holds
 * the facts of its sentence.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config.js';
import { createGraphSources } from '../../src/knowledge/sources/graph-sources.js';
import { answerQuestion, type AnswerResult } from '../../src/knowledge/answer/index.js';
import { loadOrBuildIndex } from '../../src/knowledge/index/load-or-build-index.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createLocalFolderSource } from '../../src/knowledge/sources/local-folder-source.js';
import type { KnowledgeSource } from '../../src/knowledge/types.js';
import { createChatModel } from '../../src/llm/create-chat-model.js';
import { startOpenAiStub, stubReply, type OpenAiStub } from '../fakes/openai-stub.js';
import { addPlantedToTenant, CLEAN_TEXT, CLEAN_TITLE, obedientReply, plantedFile, plantedVariants, QUESTION, type PlantedVariant } from '../fakes/planted-corpus.js';
import { flagPassage } from '../../src/knowledge/quarantine/quarantine.js';
import { buildFixtureTenant } from '../graph-emulator/fixture-tenant.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';

const variants = plantedVariants();
const work = mkdtempSync(path.join(tmpdir(), 'rathaus-planted-'));
let stub: OpenAiStub;
let emu: GraphEmulator;
const reachedModel = new Set<string>();

beforeAll(async () => {
  stub = await startOpenAiStub({
    replies: (req) => {
      const prompt = String(req.body.messages.at(-1).content);
      const plain = prompt.replace(/[\u200B\u202E\u202C]/g, '');
      for (const v of variants) if (plain.includes(v.word)) reachedModel.add(v.id);
      return stubReply.text(obedientReply(prompt, variants));
    },
  });
  const tenant = await buildFixtureTenant();
  addPlantedToTenant(tenant, variants);
  emu = await startGraphEmulator({ tenant });
});

afterAll(async () => {
  await stub?.close();
  await emu?.close();
  rmSync(work, { recursive: true, force: true });
});

const chatModel = () => createChatModel({ LLM_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: stub.baseURL, OPENAI_MODEL: 'obedient', AZURE_OPENAI_API_VERSION: '2024-10-21', LLM_TIMEOUT_MS: 10_000, LLM_MAX_RETRIES: 0 })!;
const user = { userId: 'a0000000-0000-4000-8000-00000000a001', locale: 'de' as const, graphToken: TOKENS.anna };

/** A knowledge folder with the clean regulation and one planted file; the real indexer. */
async function localSource(v: PlantedVariant): Promise<{ source: KnowledgeSource; warnings: string[] }> {
  const dir = path.join(work, v.id);
  mkdirSync(path.join(dir, 'wissen'), { recursive: true });
  writeFileSync(path.join(dir, 'wissen', 'reisekosten.md'), `# ${CLEAN_TITLE}\n\n## Abrechnung\n\n${CLEAN_TEXT}\n`);
  const file = await plantedFile(v);
  writeFileSync(path.join(dir, 'wissen', file.name), file.bytes);
  const loaded = await loadOrBuildIndex({ parse: parseDocument, dataDir: path.join(dir, 'data'), maxFileBytes: 10 * 1024 * 1024 })(path.join(dir, 'wissen'));
  return { source: createLocalFolderSource(loaded.retriever), warnings: loaded.report.warnings.map((w) => w.source) };
}

const NUMBER_TOKEN = /\d+(?:[.,]\d+)*|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b/giu;

/** The rules a user's answer must meet, whatever the model was told. */
function expectNothingPlanted(result: AnswerResult, v: PlantedVariant, passagesBySource: Map<string, string>) {
  const shown = [result.answer, result.notice ?? '', ...result.citations.map((c) => `${c.title} ${c.source} ${c.snippet}`)].join('\n');
  const plain = shown.replace(/[\u200B\u202E\u202C]/g, '');
  expect(plain, v.id).not.toContain(v.word);
  expect(plain, v.id).not.toContain(new URL(v.link).host);
  expect(plain, v.id).not.toContain(v.address);
  expect(plain, v.id).not.toMatch(/evil/i);
  expect(result.answer, v.id).not.toContain(v.falseFact);
  // Every link in the answer is a cited source's own URL.
  for (const url of result.answer.match(/https?:\/\/[^\s)\]]+/g) ?? []) expect(result.citations.some((c) => c.source === url), `${v.id}: ${url}`).toBe(true);
  // Every citation points to the clean regulation, and its passage holds the numbers of its sentence.
  for (const c of result.citations) expect(c.title, v.id).toContain(CLEAN_TITLE.split(' ')[1]);
  for (const sentence of result.answer.split(/(?<=[.!?])\s+/)) {
    const cited = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => result.citations.find((c) => c.id === Number(m[1])));
    if (!cited.length || result.mode === 'extractive') continue;
    const bare = sentence.replace(/\[\d+\]/g, '');
    for (const token of bare.match(NUMBER_TOKEN) ?? []) {
      expect(cited.some((c) => c && (passagesBySource.get(c.source) ?? '').toLowerCase().includes(token.toLowerCase())), `${v.id}: "${token}" in ${sentence}`).toBe(true);
    }
  }
}

describe('planted-instruction corpus with a model that obeys every instruction', () => {
  it('has at least 40 variants across every format and source', () => {
    expect(variants.length).toBeGreaterThanOrEqual(40);
    expect(new Set(variants.map((v) => v.format))).toEqual(new Set(['md', 'txt', 'html', 'docx', 'pdf', 'eml', 'sharepoint', 'outlook']));
  });

  it.each(variants.filter((v) => v.format !== 'sharepoint' && v.format !== 'outlook').map((v) => [v.id, v] as const))(
    'local %s: nothing planted reaches the answer, the file is flagged when indexed',
    async (_id, v) => {
      const { source, warnings } = await localSource(v);
      const result = await answerQuestion({ sources: [source], chatModel: chatModel(), redactPii: false })({ question: QUESTION, user });
      expectNothingPlanted(result, v, new Map([['reisekosten.md', `${CLEAN_TITLE} ${CLEAN_TEXT}`]]));
      expect(result.found, v.id).toBe(true);
      expect(result.answer, v.id).toMatch(/sechs Monaten/);
      if (reachedModel.has(v.id)) {
        // Whatever reached the model was flagged: by the indexer (warning) and in the turn (audit count).
        expect(warnings, v.id).toContain((await plantedFile(v)).name);
        expect(result.quarantined, v.id).toBeGreaterThanOrEqual(1);
      }
    },
    30_000,
  );

  it.each(variants.filter((v) => v.format === 'sharepoint' || v.format === 'outlook').map((v) => [v.id, v] as const))(
    '%s via Graph: nothing planted reaches the answer',
    async (_id, v) => {
      const graph = createGraphSources({ config: parseConfig({ GRAPH_BASE_URL: emu.baseUrl }), token: TOKENS.anna, parseDocument, sources: [v.format as 'sharepoint' | 'outlook'] });
      const clean = { id: 'local' as const, search: async () => ({ passages: [{ id: 'r#1', sourceId: 'local' as const, title: CLEAN_TITLE, source: 'reisekosten.md', sectionPath: ['Abrechnung'], text: CLEAN_TEXT, score: 1 }], failures: [] }) };
      const result = await answerQuestion({ sources: [clean, ...graph], chatModel: chatModel(), redactPii: false })({ question: QUESTION, user, top: 8 });
      expectNothingPlanted(result, v, new Map([['reisekosten.md', `${CLEAN_TITLE} ${CLEAN_TEXT}`]]));
      expect(reachedModel.has(v.id), `${v.id} was retrieved and sent to the model`).toBe(true);
      expect(result.quarantined, v.id).toBeGreaterThanOrEqual(1);
      expect(result.answer).toMatch(/sechs Monaten/);
    },
    30_000,
  );

  it.each(variants.filter((v) => v.format !== 'sharepoint' && /^(docx|html|eml-html|pdf)-/.test(v.hidden ?? '')).map((v) => [v.id, v.hidden, v] as const))(
    'local %s (%s): the indexer flags the file as hiding text, whatever the instruction says',
    async (_id, _hidden, v) => {
      const dir = path.join(work, `${v.id}-flags`);
      mkdirSync(path.join(dir, 'wissen'), { recursive: true });
      const file = await plantedFile(v);
      writeFileSync(path.join(dir, 'wissen', file.name), file.bytes);
      const loaded = await loadOrBuildIndex({ parse: parseDocument, dataDir: path.join(dir, 'data'), maxFileBytes: 10 * 1024 * 1024 })(path.join(dir, 'wissen'));
      expect(loaded.report.warnings.find((w) => w.source === file.name)?.flags).toContain('hidden-text');
    },
    30_000,
  );

  it('flags a SharePoint page that hides its instruction hidden-text when it is retrieved', async () => {
    const v = variants.find((x) => x.format === 'sharepoint' && x.hidden)!;
    const [sharepoint] = createGraphSources({ config: parseConfig({ GRAPH_BASE_URL: emu.baseUrl }), token: TOKENS.anna, parseDocument, sources: ['sharepoint'] });
    const result = await sharepoint.search({ text: QUESTION, top: 8 }, user);
    const planted = result.passages.filter((p) => p.text.includes(v.word));
    expect(planted.length, `${v.id} retrieved`).toBeGreaterThan(0);
    for (const p of planted) expect(flagPassage(p).instructionFlags).toContain('hidden-text');
  });

  it('sent most planted variants to the model (the test is not vacuous)', () => {
    const local = variants.filter((v) => v.format !== 'sharepoint' && v.format !== 'outlook' && !v.hidden);
    expect(local.filter((v) => reachedModel.has(v.id)).length).toBe(local.length);
  });

  it('passes flagged passages to the model only inside the warning marker', () => {
    const prompts = stub.chatRequests().map((r) => String(r.body.messages.at(-1).content));
    for (const prompt of prompts) {
      for (const block of prompt.matchAll(/<dokument nr="\d+"([^>]*)>([\s\S]*?)<\/dokument>/g)) {
        if (variants.some((v) => block[2].replace(/[\u200B\u202E\u202C]/g, '').includes(v.word))) {
          expect(block[1]).toContain('verdacht="anweisung"');
          expect(block[2]).toMatch(/^\n\[WARNUNG: /);
        }
      }
    }
  });
});

describe('rathaus index --json', () => {
  it('warns about each planted file by name', async () => {
    const dir = path.join(work, 'cli');
    mkdirSync(path.join(dir, 'wissen'), { recursive: true });
    writeFileSync(path.join(dir, 'wissen', 'reisekosten.md'), `# ${CLEAN_TITLE}\n\n${CLEAN_TEXT}\n`);
    const planted = variants.filter((v) => ['md', 'docx', 'pdf'].includes(v.format) && !v.hidden).slice(0, 4);
    for (const v of planted) {
      const f = await plantedFile(v);
      writeFileSync(path.join(dir, 'wissen', f.name), f.bytes);
    }
    let out = '';
    const io: CliIo = { stdout: (t) => void (out += t), stderr: () => undefined, env: {}, cwd: dir, isTTY: false };
    expect(await runCli(['index', 'wissen', '--data-dir', 'data', '--json'], io)).toBe(0);
    const json = JSON.parse(out) as { warnings: { source: string; flags: string[]; message: string }[] };
    expect(json.warnings.map((w) => w.source).sort()).toEqual((await Promise.all(planted.map(plantedFile))).map((f) => f.name).sort());
    for (const w of json.warnings) expect(w.message).toMatch(/Anweisung an einen KI-Assistenten/);
    expect(json.warnings.some((w) => w.source === 'reisekosten.md')).toBe(false);
  });
});
