/**
 * The Fundstelle of an English question asked without a model, through `rathaus ask`: chosen by
 * the German words its translation matched, not by every dictionary sense the index counted for a
 * word ("phone" → Telefon, anrufen, Hörer …), and for a "where" question the sentence with the room.
 * Documents and questions written for this test.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';

let root: string;
let dataDir: string;

const MOBILFUNK = `# Mobilfunk und Telefon

## Diensthandys

Das Roaming außerhalb der EU schaltet der IT-Service frei, wenn Sie es spätestens drei Arbeitstage vorher beantragen. Während Reisen und Fahrten ist das Telefon am Arbeitsplatz auf das Telefon der Vertretung umzuleiten; Anrufe auf private Telefone umzuleiten, ist keine Aufgabe der Zentrale und nicht erlaubt.
`;

const BEIRAT = `# Seniorenbeirat

## Geschäftsstelle

Die Geschäftsstelle des Seniorenbeirats bereitet die Sitzungen vor und führt die Niederschrift. Die Geschäftsstelle ist im Bürgerhaus untergebracht, Zimmer 214. Die Geschäftsstelle ist dienstags besetzt.
`;

function io(): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => void out.push(t), stderr: () => undefined, env: { RATHAUS_DATA_DIR: dataDir, LLM_PROVIDER: 'none' }, cwd: root, isTTY: false };
}

async function ask(question: string) {
  const cli = io();
  expect(await runCli(['ask', question, '--json'], cli)).toBe(0);
  return JSON.parse(cli.out.join('')) as { found: boolean; answer: string; citations: { source: string; snippet: string }[] };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rathaus-ask-en-quote-'));
  dataDir = path.join(root, 'data');
  await mkdir(path.join(root, 'knowledge'), { recursive: true });
  await writeFile(path.join(root, 'knowledge', 'mobilfunk.md'), MOBILFUNK);
  await writeFile(path.join(root, 'knowledge', 'beirat.md'), BEIRAT);
  expect(await runCli(['index', path.join(root, 'knowledge'), '--data-dir', dataDir, '--json'], io())).toBe(0);
});

describe('rathaus ask, English, no model: the sentence quoted', () => {
  it('quotes the sentence with the period asked for, not the one with the most senses of "phone"', async () => {
    const r = await ask('I travel outside the EU for work: how early must I request roaming on my work phone?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ source: 'mobilfunk.md', snippet: expect.stringContaining('drei Arbeitstage') });
    expect(r.answer).toMatch(/^The documents are in German/);
  });

  it('quotes the sentence with the room for a "where" question', async () => {
    const r = await ask('Where is the office of the senior citizens council?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ source: 'beirat.md', snippet: expect.stringContaining('Zimmer 214') });
  });
});
