/**
 * Question words as typed in chat: clipped function words ("ner", "is", "werd", "übers", "rum")
 * say nothing about the topic and must neither dilute a question's coverage as unknown words nor
 * count as a topic the folder lacks; abbreviations written with a dot or as a unit symbol
 * ("max.", "mtl.", "km") stand for their OpenThesaurus set. Folder and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isColloquialFunctionWord } from '../../src/knowledge/analysis/colloquial.js';
import { createLexicon, germanLexicon } from '../../src/knowledge/analysis/lexicon.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';

const texts: Record<string, string> = {
  'schluessel.md': 'Verlorene Büroschlüssel meldet man sofort beim Hausmeister; der Ersatz kostet höchstens 40 Euro.',
  'kantine.md': 'Die Kantine im Erdgeschoss bietet monatlich wechselnde Essenskarten an.',
  'parken.md': 'Der Parkplatz hinter dem Rathaus liegt 2 Kilometer vom Bahnhof entfernt.',
};

function index(): LexicalIndex {
  const snapshot = snapshotFromDocuments(
    Object.entries(texts).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  return new LexicalIndex(snapshot);
}

const words = (li: LexicalIndex, q: string) => li.analyzeQuery(q).map((c) => c.word);

describe('clipped function words of the chat register', () => {
  const listed = (w: string) => germanLexicon().has(w);

  it('recognises clipped articles, verbs without their last letter and contracted prepositions', () => {
    for (const w of ['ner', 'nes', 'is', 'werd', 'haett', 'jetz', 'uebers', 'durchs', 'unterm', 'vors', 'ists', 'hats']) expect(isColloquialFunctionWord(w, listed), w).toBe(true);
  });

  it('leaves real words alone, also those that end like a contraction', () => {
    for (const w of ['warm', 'kurs', 'haus', 'eis', 'bus', 'schluessel', 'kantine', 'mars']) expect(isColloquialFunctionWord(w, listed), w).toBe(false);
  });

  it('drops them from the question, so the topic words carry its coverage', () => {
    const li = index();
    expect(words(li, 'hab ner kollegin übers wochenende den büroschlüssel verloren, wo meld ich das?')).not.toContain('ner');
    expect(words(li, 'hab ner kollegin übers wochenende den büroschlüssel verloren')).not.toContain('uebers');
    expect(words(li, 'was is mit dem ersatz, werd ich das zahlen?')).toEqual(expect.arrayContaining(['ersatz', 'zahlen']));
    expect(words(li, 'was is mit dem ersatz, werd ich das zahlen?')).not.toEqual(expect.arrayContaining(['is']));
    expect(words(li, 'was is mit dem ersatz, werd ich das zahlen?')).not.toContain('werd');
    const plain = li.search('büroschlüssel verloren ersatz', 1)[0];
    const chatty = li.search('is ner büroschlüssel verloren, werd ersatz', 1)[0];
    expect(texts[li['snapshot'].chunks[chatty.chunk].source]).toContain('Büroschlüssel');
    expect(chatty.coverage).toBeCloseTo(plain.coverage, 5);
  });

  it('does not turn a short directional adverb into a topic the folder lacks', () => {
    const li = index();
    const concepts = li.analyzeQuery('wie komm ich ran an die essenskarten der kantine');
    expect(concepts.map((c) => c.word)).not.toContain('ran');
    expect(concepts.some((c) => c.uncoveredNoun)).toBe(false);
  });
});

describe('abbreviations of the thesaurus', () => {
  it('keeps abbreviations written with a dot and unit symbols as synonyms, not as words of the list', () => {
    const lexicon = createLexicon('max.;maximal;höchstens\nKilometer;km (Einheitenzeichen)\nHerr;Hr. (Abkürzung)\n');
    expect(lexicon.synonyms('max')).toEqual(['maximal', 'hoechstens']);
    expect(lexicon.synonyms('km')).toEqual(['kilometer']);
    expect(lexicon.has('max')).toBe(false);
    // Two letters without a unit label mean too many things ("HR", "MA").
    expect(lexicon.synonyms('hr')).toEqual([]);
  });

  it('finds the passage that writes the word out', () => {
    const li = index();
    const [hit] = li.search('wie viel kostet der ersatz max?', 1);
    expect(li.analyzeQuery('wie viel kostet der ersatz max?').find((c) => c.word === 'max')?.match).toBe('synonym');
    expect(texts[li['snapshot'].chunks[hit.chunk].source]).toContain('höchstens');
    expect(li.analyzeQuery('wie viele km zum bahnhof').find((c) => c.word === 'km')?.match).toBe('synonym');
    expect(li.analyzeQuery('gibt es mtl. neue essenskarten').find((c) => c.word === 'mtl')?.match).toBe('synonym');
  });
});

describe('colloquial words of a set whose head is a phrase', () => {
  // Written for this test: more members than a set may have, the head a noun phrase.
  const text = `Drahtesel (ugs.);Klapperrad (ugs.);Rostgurke (ugs.);Quietschrad (ugs.);Bock (ugs.);Hobelrad (ugs.);Rumpelrad (ugs.);Schepperrad (ugs.);Kurbelkiste (ugs.);Wackelrad (ugs.);Tretmühle (ugs.);Ächzrad (ugs.);Knarzrad (ugs.);Rasselrad (ugs.);Klimperrad (ugs.);altes Fahrrad (Hauptform)\n`;

  it('maps them to the noun the head phrase ends in', () => {
    const lexicon = createLexicon(text);
    expect(lexicon.synonyms('klapperrad')).toEqual(['fahrrad']);
    expect(lexicon.synonyms('rostgurke')).toEqual(['fahrrad']);
  });

  it('not when the head phrase ends in a verb or adjective', () => {
    const lexicon = createLexicon(text.replace('altes Fahrrad (Hauptform)', 'sehr alt sein (Hauptform)'));
    expect(lexicon.synonyms('klapperrad')).toEqual([]);
  });
});

describe('a colloquial word whose standard word the folder lacks', () => {
  // Written for this test: a large set of slang words for a bicycle, and a small set of its standard synonyms.
  const lexicon = createLexicon(
    'Drahtesel (ugs.);Klapperrad (ugs.);Rostgurke (ugs.);Quietschrad (ugs.);Hobelrad (ugs.);Rumpelrad (ugs.);Schepperrad (ugs.);Kurbelkiste (ugs.);Wackelrad (ugs.);Tretmühle (ugs.);Ächzrad (ugs.);Knarzrad (ugs.);Rasselrad (ugs.);Fahrrad (Hauptform)\nFahrrad;Zweirad;Velo\n',
  );
  const folder = (text: string) =>
    new LexicalIndex(snapshotFromDocuments([{ source: 'hof.md', doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } }], (doc, source) => chunkDocument(doc, source)), { lexicon });

  it('stands for the standard word\'s synonyms that the folder uses', () => {
    const li = folder('Zweiräder dürfen nur im Innenhof abgestellt werden.');
    const c = li.analyzeQuery('wo darf ich mein klapperrad abstellen').find((x) => x.word === 'klapperrad');
    expect(c?.match).toBe('synonym');
    expect(li.search('wo darf ich mein klapperrad abstellen', 1)[0].coverage).toBeGreaterThan(0.5);
  });

  it('stands for the standard word alone where the folder uses it', () => {
    const li = folder('Fahrräder und Zweiräder dürfen nur im Innenhof abgestellt werden.');
    const c = li.analyzeQuery('wo darf ich mein klapperrad abstellen').find((x) => x.word === 'klapperrad');
    expect(c?.alts).toHaveLength(1);
  });
});
