/**
 * LexicalIndex keeps each question word's resolved concept (compound parts, synonyms, typo
 * correction) for later questions. What one question marks on a word (the noun an interrogative
 * asks for, a place) must not stick to the shared concept, and an index that has answered many
 * questions must analyse a question exactly as a fresh one does. Folder written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';

const texts: Record<string, string> = {
  'widerspruch.md': 'Die Widerspruchsfrist beträgt einen Monat nach Bekanntgabe des Bescheids. Der Widerspruch ist schriftlich beim Bürgeramt einzulegen.',
  'sperrmuell.md': 'Sperrmüll wird zweimal im Jahr kostenlos abgeholt; die Abholung meldet man beim Abfallamt an.',
  'koeln.md': 'Dienstreisen nach Köln genehmigt die Amtsleitung; die Frist für den Antrag beträgt zwei Wochen.',
  'schwimmbad.md': 'Das Hallenbad öffnet werktags um sieben Uhr, die Sauna kostet drei Euro Aufschlag.',
};

function snapshot() {
  return snapshotFromDocuments(
    Object.entries(texts).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
}

const questions = [
  'Welche Frist gilt für den Widerspruch?',
  'Frist für den Widerspruch',
  'Wann wird Sperrmüll abgeholt?',
  'Wer genehmigt Dienstreisen nach Köln?',
  'Köln Frist Antrag',
  'Was kostet die Sauna im Hallenbad?',
  'Wiederspruchsfrist Bescheid',
  'Sperrmüllabholung anmelden',
  'Welche Frist hat der Antrag?',
  'Frist',
];

describe('LexicalIndex question-word cache', () => {
  it('a word one question asks for ("welche Frist") is no asked noun in the next question', () => {
    const index = new LexicalIndex(snapshot());
    const asked = index.analyzeQuery('Welche Frist gilt für den Widerspruch?').find((c) => c.word === 'frist');
    expect(asked?.asked).toBe(true);
    const plain = index.analyzeQuery('Frist für den Widerspruch').find((c) => c.word === 'frist');
    expect(plain).toBeDefined();
    expect(plain?.asked).toBeUndefined();
  });

  it('a word marked as a place in one question keeps its own weight in another', () => {
    const index = new LexicalIndex(snapshot());
    const fresh = new LexicalIndex(snapshot()).analyzeQuery('Köln Frist Antrag');
    index.analyzeQuery('Wer genehmigt Dienstreisen nach Köln?');
    expect(index.analyzeQuery('Köln Frist Antrag')).toEqual(fresh);
  });

  it('after many questions, every question is analysed and ranked as by a fresh index', () => {
    const used = new LexicalIndex(snapshot());
    for (let round = 0; round < 3; round++) for (const q of questions) used.search(q, 5);
    for (const q of questions) {
      const fresh = new LexicalIndex(snapshot());
      expect(used.analyzeQuery(q), q).toEqual(fresh.analyzeQuery(q));
      expect(used.search(q, 5), q).toEqual(fresh.search(q, 5));
    }
  });
});
