import { describe, expect, it } from 'vitest';
import { compoundParts, splitCompound, stem, type Vocabulary } from '../../src/knowledge/analysis/german.js';
import { passageSplitter, type PassageVocabulary } from '../../src/knowledge/passage-splits.js';

const lexiconWords = new Set(['garten', 'abfall', 'sammlung', 'termin', 'wasser', 'zaehler', 'stand', 'dienst', 'wagen']);
const lexicon: Required<Vocabulary> = { has: (w) => lexiconWords.has(w), hasInflected: (w) => lexiconWords.has(stem(w)) };

function passage(words: string[]): { own: PassageVocabulary; vocabulary: Vocabulary } {
  const own = new Set(words);
  const stems = new Set(words.map(stem));
  return { own: { words: own, stems }, vocabulary: { has: (w) => own.has(w) || lexicon.has(w), hasInflected: (w) => stems.has(stem(w)) || lexicon.hasInflected(w) } };
}

const questionWords = ['gartenabfallsammlung', 'wasserzaehlerstand', 'dienstwagentermin', 'laubsackausgabe', 'sperrgutabholtermin', 'wasser', 'zaehlerstandsmeldung'];
const passages = [
  passage(['bitte', 'melden', 'sie', 'den', 'stand']),
  passage(['laubsack', 'ausgabe', 'im', 'herbst']),
  passage(['sperrgut', 'abhol', 'termine']),
  passage(['zaehlerstands', 'meldungen', 'online']),
  passage([]),
];

describe('compound splits shared between passages', () => {
  it('gives for every passage exactly the split computed against that passage', () => {
    const split = passageSplitter((w, v) => splitCompound(w, v), lexicon);
    const parts = passageSplitter((w, v) => compoundParts(w, v), lexicon);
    for (let round = 0; round < 2; round++) {
      for (const p of passages) {
        for (const word of questionWords) {
          expect(split(word, p.own, p.vocabulary)).toEqual(splitCompound(word, p.vocabulary));
          expect(parts(word, p.own, p.vocabulary)).toEqual(compoundParts(word, p.vocabulary));
        }
      }
    }
  });

  it('splits differently where the passage knows a part the lexicon does not', () => {
    const split = passageSplitter((w, v) => splitCompound(w, v), lexicon);
    const plain = passage(['termin']);
    const withPart = passage(['laubsack', 'ausgabe']);
    expect(split('laubsackausgabe', plain.own, plain.vocabulary)).toEqual([]);
    expect(split('laubsackausgabe', withPart.own, withPart.vocabulary)).toEqual(['laubsack', 'ausgabe']);
    expect(split('laubsackausgabe', plain.own, plain.vocabulary)).toEqual([]);
  });

  it('computes the lexicon split once per word', () => {
    let calls = 0;
    const split = passageSplitter((w, v) => {
      calls++;
      return splitCompound(w, v);
    }, lexicon);
    const p = passage(['bitte', 'stand']);
    const q = passage(['online']);
    split('gartenabfallsammlung', p.own, p.vocabulary);
    split('gartenabfallsammlung', q.own, q.vocabulary);
    split('gartenabfallsammlung', p.own, p.vocabulary);
    expect(calls).toBe(1);
  });
});
