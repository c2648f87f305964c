/**
 * English questions without a model through `rathaus ask`: two English nouns found as the German
 * compound the documents use, an English weekday name translated, and a question about something
 * the documents do not cover still "nothing found". Documents and questions written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexedCliFolder, type CliAnswer } from '../fakes/cli-folder.js';

let ask: (question: string) => Promise<CliAnswer>;

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

beforeAll(async () => {
  ({ ask } = await indexedCliFolder('rathaus-ask-en-', { 'akten.md': AKTEN, 'buergerbuero.md': BUERO }));
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
