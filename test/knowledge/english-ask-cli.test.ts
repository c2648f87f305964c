/**
 * English questions without a model through `rathaus ask`: two English nouns found as the German
 * compound the documents use, an English weekday name translated, and a question about something
 * the documents do not cover still "nothing found". Documents and questions written for this test.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';

let root: string;
let dataDir: string;

const AKTEN = `# Aktenführung im Personalamt

## Aufbewahrung

Die Personalakten der Beschäftigten liegen verschlossen im Archiv des Personalamts, Raum 104.

## Einsicht

Beschäftigte dürfen ihre eigene Akte nach Terminabsprache einsehen.
`;

const BUERO = `# Bürgerbüro

## Öffnungszeiten

Das Bürgerbüro ist montags bis donnerstags von 8 bis 16 Uhr geöffnet, freitags von 8 bis 12 Uhr.

## Personal

Das Personal des Bürgerbüros trägt Namensschilder.
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
  root = await mkdtemp(path.join(tmpdir(), 'rathaus-ask-en-'));
  dataDir = path.join(root, 'data');
  await mkdir(path.join(root, 'knowledge'), { recursive: true });
  await writeFile(path.join(root, 'knowledge', 'akten.md'), AKTEN);
  await writeFile(path.join(root, 'knowledge', 'buergerbuero.md'), BUERO);
  expect(await runCli(['index', path.join(root, 'knowledge'), '--data-dir', dataDir, '--json'], io())).toBe(0);
});

describe('rathaus ask, English, no model', () => {
  it('two English nouns find the German compound of their translations ("personnel files" → Personalakten)', async () => {
    const r = await ask('Where are the personnel files stored?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ source: 'akten.md', snippet: expect.stringContaining('Raum 104') });
    expect(r.answer).toMatch(/^The documents are in German.*“personnel files” → “Personalakte/s);
  });

  it('an English weekday name is translated, not taken for a German noun', async () => {
    const r = await ask('Until what time is the citizens office open on Fridays?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ source: 'buergerbuero.md', snippet: expect.stringContaining('freitags von 8 bis 12 Uhr') });
  });

  it('a question the documents do not answer stays "nothing found"', async () => {
    const r = await ask('How much parking fee do employees pay?');
    expect(r).toMatchObject({ found: false, citations: [] });
  });
});
