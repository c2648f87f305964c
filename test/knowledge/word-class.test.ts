/**
 * A finite verb form of a word that is also a noun ("kostet" of "kosten"/"Kosten", "zahlt",
 * "dauert") is a verb in the question: it frames what is asked and weighs like other verbs, and
 * it is no noun the passage must contain. Folder and questions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';
import { createRetriever } from '../../src/knowledge/retriever.js';

const FOLDER: Record<string, string> = {
  'parken.md': 'Die Gebühr für den Bewohnerparkausweis beträgt 30 Euro im Jahr. Den Antrag nimmt das Bürgerbüro entgegen.',
  'kosten.md': 'Die Kosten einer Fortbildung trägt der Fachbereich aus seinem Budget.',
  'zahlen.md': 'Die Zahlen der Kassenstatistik werden monatlich veröffentlicht.',
  'kantine.md': 'Die Kantine öffnet werktags von 11:30 bis 14:00 Uhr.',
};
const snapshot = snapshotFromDocuments(
  Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
  (doc, source) => chunkDocument(doc, source),
);
const index = new LexicalIndex(snapshot);
const retriever = createRetriever(snapshot);
const concept = (q: string, word: string) => index.analyzeQuery(q).find((c) => c.word === word);

describe('finite verb forms of words that are also nouns', () => {
  it('"kostet", "zahlt", "dauert" are no nouns and weigh half of what the noun form weighs', () => {
    for (const [verb, noun] of [['kostet', 'kosten'], ['zahlt', 'zahlen']] as const) {
      const v = concept(`Was ${verb} der Ausweis?`, verb);
      const n = concept(`Welche ${noun} hat der Ausweis?`, noun);
      expect(v?.noun, verb).toBeFalsy();
      expect(n?.noun, noun).toBe(true);
      expect(v?.weight ?? Infinity, verb).toBeLessThan(n?.weight ?? 0);
    }
    expect(concept('Wie lange dauert die Schulung?', 'dauert')?.noun).toBeFalsy();
  });

  it('a noun the lexicon lists that ends like a verb form stays a noun ("Fahrt", "Dienst")', () => {
    expect(concept('Wer bucht die Fahrt?', 'fahrt')?.noun).toBe(true);
    expect(concept('Welcher Dienst ist zuständig?', 'dienst')?.noun).toBe(true);
  });

  it('"Was kostet X?" is answered by the passage that states the fee of X in other words', async () => {
    const hit = (await retriever.search('Was kostet der Bewohnerparkausweis?', 3))[0];
    expect(hit?.chunk.source).toBe('parken.md');
    expect(hit?.relevant).toBe(true);
  });

  it('a question about something absent stays "nicht gefunden", verb or not', async () => {
    const hits = await retriever.search('Was kostet ein Jahresticket für das Schwimmbad?', 3);
    expect(hits.filter((h) => h.relevant)).toEqual([]);
  });
});
