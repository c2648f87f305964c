/**
 * `rathaus ask` through runCli with captured io: a real index of a small knowledge folder,
 * extractive (LLM_PROVIDER=none) and generative against the local OpenAI stub.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { TRANSLATE_QUERY_SYSTEM_PROMPT } from '../../src/llm/prompts/translate-query.js';
import { startOpenAiStub, stubReply, type OpenAiStub } from '../fakes/openai-stub.js';

let root: string;
let dataDir: string;
let stub: OpenAiStub;

const REISEKOSTEN = `# Dienstreisen und Reisekosten

*Fiktives Beispieldokument.*

## Genehmigung

Dienstreisen werden vor Antritt von der unmittelbaren Führungskraft genehmigt. Auslandsdienstreisen genehmigt die Fachbereichsleitung.

## Abrechnung der Reisekosten

Die Reisekostenabrechnung ist innerhalb von sechs Monaten nach Ende der Dienstreise beim Personalamt einzureichen. Später eingereichte Anträge verfallen.
`;

const BESCHAFFUNG = `# Beschaffung

*Fiktives Beispieldokument.*

## Angebote

Ab einem geschätzten Auftragswert von 1.000 Euro netto sind mindestens drei schriftliche Angebote einzuholen und zu dokumentieren.
`;

function io(env: Record<string, string>): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env: { RATHAUS_DATA_DIR: dataDir, ...env }, cwd: root, isTTY: false };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rathaus-ask-'));
  dataDir = path.join(root, 'data');
  await mkdir(path.join(root, 'knowledge'), { recursive: true });
  await writeFile(path.join(root, 'knowledge', 'reisekosten.md'), REISEKOSTEN);
  await writeFile(path.join(root, 'knowledge', 'beschaffung.md'), BESCHAFFUNG);
  const indexIo = io({});
  expect(await runCli(['index', path.join(root, 'knowledge'), '--data-dir', dataDir, '--json'], indexIo)).toBe(0);
  stub = await startOpenAiStub({
    replies: (req) => {
      const body = JSON.stringify(req.body);
      // The English question's translation into a German search query (translate-query prompt).
      if (req.body.messages[0].content === TRANSLATE_QUERY_SYSTEM_PROMPT) return stubReply.text(body.includes('travel expenses') ? 'Bis wann muss ich die Reisekosten abrechnen?' : 'Wie hoch ist die Hundesteuer?');
      if (!body.includes('sechs Monaten')) return stubReply.text('NICHT_GEFUNDEN');
      return stubReply.text(body.includes('Antworten Sie auf Englisch') ? 'The travel expense claim must be submitted within six months after the end of the trip [1].' : 'Innerhalb von sechs Monaten nach Ende der Dienstreise [1].');
    },
  });
});

afterAll(async () => {
  await stub?.close();
  await rm(root, { recursive: true, force: true });
});

const modelEnv = () => ({ LLM_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: stub.baseURL, OPENAI_MODEL: 'stub', LLM_MAX_RETRIES: '0' });

describe('rathaus ask', () => {
  it('--json without a model: extractive Fundstellen with the relative source path', async () => {
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['ask', 'Bis wann muss ich meine Reisekosten abrechnen?', '--json'], cli)).toBe(0);
    const result = JSON.parse(cli.out.join(''));
    expect(result).toMatchObject({ question: 'Bis wann muss ich meine Reisekosten abrechnen?', found: true, mode: 'extractive' });
    expect(result.answer).toContain('[1]');
    expect(result.citations[0]).toEqual({ id: 1, title: expect.any(String), source: 'reisekosten.md', snippet: expect.stringContaining('sechs Monaten') });
  });

  it('--json with an unanswerable question: found false and no citations', async () => {
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['ask', 'Wie hoch ist die Hundesteuer für einen Kampfhund?', '--json'], cli)).toBe(0);
    expect(JSON.parse(cli.out.join(''))).toMatchObject({ found: false, citations: [] });
  });

  it('--json with an OpenAI-compatible model: generated answer with a checked citation', async () => {
    const cli = io(modelEnv());
    expect(await runCli(['ask', 'Bis wann muss ich meine Reisekosten abrechnen?', '--json', '--data-dir', dataDir], cli)).toBe(0);
    const result = JSON.parse(cli.out.join(''));
    expect(result).toMatchObject({ found: true, mode: 'generative', answer: 'Innerhalb von sechs Monaten nach Ende der Dienstreise [1].' });
    expect(result.citations).toEqual([expect.objectContaining({ id: 1, source: 'reisekosten.md' })]);
    expect(stub.chatRequests().at(-1)!.body.messages[1].content).toContain('<dokument nr="1"');
  });

  it('text output lists the sources of a generated answer', async () => {
    const cli = io(modelEnv());
    expect(await runCli(['ask', 'Bis wann muss ich meine Reisekosten abrechnen?'], cli)).toBe(0);
    expect(cli.out.join('')).toMatch(/Quellen:\n\[1\] .+ – reisekosten\.md/);
  });

  it('model down: the German notice and the extractive answer', async () => {
    const cli = io({ ...modelEnv(), OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(await runCli(['ask', 'Ab welchem Auftragswert sind drei Angebote einzuholen?', '--json'], cli)).toBe(0);
    const result = JSON.parse(cli.out.join(''));
    expect(result).toMatchObject({ found: true, mode: 'extractive', notice: expect.stringMatching(/^Das Sprachmodell ist zurzeit nicht erreichbar/) });
    expect(result.citations[0].source).toBe('beschaffung.md');
  });

  it('English question without a model: says the documents are German and quotes the Fundstellen of its German words', async () => {
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['ask', 'Who approves an Auslandsdienstreise?', '--json'], cli)).toBe(0);
    const result = JSON.parse(cli.out.join(''));
    expect(result).toMatchObject({ found: true, mode: 'extractive' });
    expect(result.answer).toMatch(/^The documents are in German.*“Auslandsdienstreise”/);
    expect(result.citations[0]).toMatchObject({ source: 'reisekosten.md', snippet: expect.stringContaining('Auslandsdienstreisen genehmigt') });
  });

  it('English question without a model and without German words: found through the dictionary translation, the reply names it', async () => {
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['ask', 'By when do I have to claim my travel expenses?', '--json'], cli)).toBe(0);
    const result = JSON.parse(cli.out.join(''));
    expect(result).toMatchObject({ found: true, mode: 'extractive' });
    expect(result.answer).toMatch(/^The documents are in German.*dictionary translation.*“travel expenses?” → “Reisekosten”.*please check/s);
    expect(result.citations[0]).toMatchObject({ source: 'reisekosten.md', snippet: expect.stringContaining('innerhalb von sechs Monaten') });
  });

  it('English question without a model whose words the documents do not speak about: an English "nothing found", no citations', async () => {
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['ask', 'Where can I park my bicycle overnight?', '--json'], cli)).toBe(0);
    const result = JSON.parse(cli.out.join(''));
    expect(result).toMatchObject({ found: false, citations: [] });
    expect(result.answer).toMatch(/^The documents are in German.*Nothing in the documents matches/);
  });

  it('English question with a model: searched with the German translation, answered in English', async () => {
    const cli = io(modelEnv());
    const before = stub.chatRequests().length;
    expect(await runCli(['ask', 'By when do I have to claim my travel expenses?', '--json'], cli)).toBe(0);
    const result = JSON.parse(cli.out.join(''));
    expect(result).toMatchObject({ found: true, mode: 'generative', answer: 'The travel expense claim must be submitted within six months after the end of the trip [1].' });
    expect(result.citations).toEqual([expect.objectContaining({ source: 'reisekosten.md' })]);
    const [translation, answer] = stub.chatRequests().slice(before);
    expect(translation.body.messages[1].content).toContain('By when do I have to claim my travel expenses?');
    // The German query found the passage the English words alone could not.
    expect(answer.body.messages[0].content).toContain('Antworten Sie auf Englisch');
    expect(answer.body.messages[1].content).toContain('sechs Monaten');
  });

  it('no index yet: a clear German message, exit code 2', async () => {
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['ask', 'Wie beantrage ich Urlaub?', '--data-dir', path.join(root, 'leer')], cli)).toBe(2);
    expect(cli.err.join('')).toContain('rathaus index');
  });

  it('an empty question is refused with a German hint', async () => {
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['ask', '   '], cli)).toBe(2);
    expect(cli.err.join('')).toContain('Bitte geben Sie eine Frage an');
  });

  it('--help works', async () => {
    const cli = io({});
    expect(await runCli(['ask', '--help'], cli)).toBe(0);
    expect(cli.out.join('')).toContain('--data-dir');
  });
});
