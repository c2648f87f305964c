/** Rules of the main words and of the gap grouping, on questions written for this test. */
import { describe, expect, it } from 'vitest';
import { isGeneralWord, mainWords, topicKeys } from '../../src/knowledge/unanswered/main-words.js';
import { groupGaps } from '../../src/reports/pilot/documentation-gaps.js';

const asked = (texts: string[]) => texts.map((text, i) => ({ at: '2026-11-02T10:00:00.000Z', userIdHash: `person-${i}`, words: mainWords(text) }));

describe('main words of a question', () => {
  it('are its nouns without question words, stop words or numbers', () => {
    expect(mainWords('Wo finde ich das Formular für die Anmeldung eines Wohnsitzes?')).toEqual(['Formular', 'Anmeldung', 'Wohnsitzes']);
    expect(mainWords('Gilt die Frist aus Aktenzeichen 41-2026 auch für den Widerspruch?')).toEqual(['Frist', 'Aktenzeichen', 'Widerspruch']);
  });

  it('fall back to content words when the question is typed in lower case', () => {
    expect(mainWords('wie lange dauert ein führungszeugnis')).toEqual(['dauert', 'führungszeugnis']);
  });

  it('keep one spelling per stem', () => {
    expect(mainWords('Kita-Gebühren und Kita-Gebühr: welche Gebühren?')).toHaveLength(2);
  });

  it('split a compound into its parts in their spelling, the head word as long as the lexicon knows it', () => {
    expect(topicKeys('Hundesteuer').parts.map((p) => p.spelling)).toEqual(['Hund', 'Steuer']);
    expect(topicKeys('Gebührenbescheid').parts.map((p) => p.spelling)).toEqual(['Gebühren', 'Bescheid']);
    // A word of the lexicon is a topic of its own.
    expect(topicKeys('Abmeldung').parts).toEqual([]);
  });

  it('tell general vocabulary from names and codes', () => {
    for (const w of ['Widerspruch', 'Hundesteuer', 'Führungszeugnis']) expect(isGeneralWord(w), w).toBe(true);
    for (const w of ['Kowalczyk', 'Yilmaz', 'XR17B']) expect(isGeneralWord(w), w).toBe(false);
  });
});

describe('documentation gaps', () => {
  it('groups inflected forms of a word under one topic and needs k people', () => {
    const gaps = groupGaps(
      asked([
        'Wie bekomme ich ein Führungszeugnis?',
        'Was kostet das Führungszeugnis?',
        'Führungszeugnisse für Ehrenamtliche kostenlos?',
        'Dauer Führungszeugnis?',
        'Führungszeugnis online beantragen?',
        'Wo ist das Fundbüro?',
      ]),
      { minGroupSize: 5 },
    );
    expect(gaps.topics).toHaveLength(1);
    expect(gaps.topics[0].words[0]).toBe('Führungszeugnis');
    expect(gaps.topics[0]).toMatchObject({ questions: 5, people: 5 });
    expect(gaps.questionsInSmallTopics).toBe(1);
  });

  it('lets compounds meet on a shared part when no whole word reaches k', () => {
    const gaps = groupGaps(asked(['Wann ist die Sperrmüllabholung?', 'Sperrmüllabholung anmelden?', 'Kosten der Sperrmüllanmeldung?', 'Sperrmüllanmeldung online?', 'Sperrmülltermine 2027?']), { minGroupSize: 5 });
    expect(gaps.topics.map((t) => t.words[0])).toEqual(['Sperrmüll']);
    expect(gaps.topics[0].people).toBe(5);
  });

  it('shows nothing of a topic that fewer than k people asked, however often', () => {
    const once = asked(['Parkplatz am Rathaus?']);
    const gaps = groupGaps(Array.from({ length: 9 }, () => once[0]), { minGroupSize: 5 });
    expect(gaps.topics).toEqual([]);
    expect(gaps.questionsInSmallTopics).toBe(9);
  });
});
