/**
 * German words inside English questions (what an English question is searched for without a
 * model). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { germanWordsOf, isEnglishWord } from '../../src/knowledge/analysis/english.js';

describe('German words in an English question', () => {
  it('finds German nouns, also compounds the word list does not hold whole', () => {
    expect(germanWordsOf('Who signs off a Dienstreise to Berlin?')).toEqual(['Dienstreise', 'Berlin']);
    expect(germanWordsOf('Where do I hand in the Fahrtkostenerstattung form?')).toEqual(['Fahrtkostenerstattung']);
    expect(germanWordsOf('is the gleitzeitkonto capped?')).toEqual(['gleitzeitkonto']);
  });

  it('keeps words with umlauts or ß and folds NFD input like NFC input', () => {
    expect(germanWordsOf('When is the Bürgeramt open?')).toEqual(['Bürgeramt']);
    expect(germanWordsOf('When is the Bu\u0308rgeramt open?')).toEqual(['Bürgeramt']);
    expect(germanWordsOf('What does the Straßenreinigung cost?')).toEqual(['Straßenreinigung']);
  });

  it('finds nothing in plain English, even where an English word is also German ("problem", "team", "kind")', () => {
    expect(germanWordsOf('What kind of problem should I report to the team?')).toEqual([]);
    expect(germanWordsOf('How many days of leave do I get per year?')).toEqual([]);
    expect(germanWordsOf('GDPR request: who answers it?')).toEqual([]);
  });

  it('recognises inflected English words', () => {
    expect(isEnglishWord('employees')).toBe(true);
    expect(isEnglishWord("council's")).toBe(true);
    expect(isEnglishWord('Urlaub')).toBe(false);
  });
});
