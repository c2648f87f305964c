/**
 * The Fundstelle of an English question asked without a model, through `rathaus ask`: chosen by
 * the German words its translation matched, not by every dictionary sense the index counted for a
 * word ("phone" → Telefon, anrufen, Hörer …), and for a "where" question the sentence with the room.
 * Documents and questions written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexedCliFolder, type CliAnswer } from '../fakes/cli-folder.js';

let ask: (question: string) => Promise<CliAnswer>;

const MOBILFUNK = `# Mobilfunk und Telefon

## Diensthandys

Das Roaming außerhalb der EU schaltet der IT-Service frei, wenn Sie es spätestens drei Arbeitstage vorher beantragen. Während Reisen und Fahrten ist das Telefon am Arbeitsplatz auf das Telefon der Vertretung umzuleiten; Anrufe auf private Telefone umzuleiten, ist keine Aufgabe der Zentrale und nicht erlaubt.
`;

const BEIRAT = `# Seniorenbeirat

## Geschäftsstelle

Die Geschäftsstelle des Seniorenbeirats bereitet die Sitzungen vor und führt die Niederschrift. Die Geschäftsstelle ist im Bürgerhaus untergebracht, Zimmer 214. Die Geschäftsstelle ist dienstags besetzt.
`;

beforeAll(async () => {
  ({ ask } = await indexedCliFolder('rathaus-ask-en-quote-', { 'mobilfunk.md': MOBILFUNK, 'beirat.md': BEIRAT }));
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
