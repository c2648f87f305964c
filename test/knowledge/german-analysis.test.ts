import { describe, expect, it } from 'vitest';
import { compoundParts, contentWords, isStopWord, normalizeWord, splitCompound, stem, tokenize } from '../../src/knowledge/analysis/german.js';

const vocab = (...words: string[]) => new Set(words);

describe('German analysis', () => {
  it('folds case, umlauts and ß so both spellings meet', () => {
    expect(normalizeWord('Größe')).toBe('groesse');
    expect(normalizeWord('GROESSE')).toBe('groesse');
    expect(stem(normalizeWord('Ärzte'))).toBe(stem(normalizeWord('Aerzte')));
    expect(stem(normalizeWord('Straße'))).toBe(stem(normalizeWord('Strasse')));
  });

  it('stems inflected forms together, including -igt participles', () => {
    expect(stem('angebote')).toBe(stem('angeboten'));
    expect(stem('genehmigt')).toBe(stem('genehmigung'));
    expect(stem('reisekosten')).not.toBe(stem('reise'));
  });

  it('drops German stop words but keeps numbers that matter ("drei Angebote")', () => {
    expect(contentWords('Ab welchem Betrag brauche ich drei Angebote?')).toEqual(['betrag', 'drei', 'angebote']);
    expect(isStopWord('der')).toBe(true);
    expect(isStopWord('frist')).toBe(false);
  });

  it('tokenizes words and numbers and splits hyphenated words', () => {
    expect(tokenize('E-Mail an Herrn Zimmer')).toEqual(['mail', 'an', 'herrn', 'zimmer']);
  });

  it('keeps amounts, dates and paragraph references as single tokens', () => {
    expect(tokenize('Ab 12.500 Euro, je km 0,35 €, Frist 03.11.2027, nach § 7a und §12')).toEqual(['ab', '12500', 'euro', 'je', 'km', '0,35', 'frist', '03.11.2027', 'nach', '§7a', 'und', '§12']);
    expect(tokenize('12.500')).toEqual(tokenize('12500'));
  });

  it('normalises Unicode: decomposed umlauts and full-width letters equal their composed forms', () => {
    expect(tokenize('Mu\u0308ll Gro\u0308ße')).toEqual(tokenize('Müll Größe'));
    expect(tokenize('ＭＵＬＬ')).toEqual(tokenize('Mull'));
  });

  it('splits compounds into known parts, with linking elements', () => {
    const v = vocab('reisekosten', 'abrechnung', 'reise', 'kosten', 'urlaub', 'antrag', 'ordnung', 'amt');
    expect(splitCompound('reisekostenabrechnung', v)).toEqual(['reisekosten', 'abrechnung']);
    expect(splitCompound('urlaubsantrag', v)).toEqual(['urlaub', 'antrag']);
    expect(splitCompound('ordnungsamt', v)).toEqual(['ordnung', 'amt']);
    expect(compoundParts('reisekostenabrechnung', v)).toEqual(['reisekosten', 'abrechnung', 'reise', 'kosten']);
  });

  it('does not split words that are not compounds of known words', () => {
    const v = vocab('bear', 'arbeit');
    expect(splitCompound('bearbeitung', v)).toEqual([]);
    expect(splitCompound('abc', v)).toEqual([]);
  });

  it('splits a compound whose modifier never stands alone when the head is known', () => {
    expect(splitCompound('auslandsdienstreisen', vocab('dienstreisen'))).toEqual(['ausland', 'dienstreisen']);
  });

  it('of two splits with as many parts, takes the one that leaves the fewest letters to linking elements', () => {
    // "es" and "e" are both linking elements: "Hund-es-teuer" and "Hund-e-steuer" have two parts each.
    const v = vocab('hund', 'teuer', 'steuer', 'ermaessigung', 'katze', 'futter');
    expect(splitCompound('hundesteuerermaessigung', v)).toEqual(['hund', 'steuer', 'ermaessigung']);
    expect(splitCompound('hundesteuer', v)).toEqual(['hund', 'steuer']);
  });

  it('a known part is split further only into known parts', () => {
    // "Dienstwagen" is known; "dienst" + unknown "wagen" would be a guess.
    const v = vocab('fuhrpark', 'dienstwagen', 'dienst');
    expect(compoundParts('fuhrparkdienstwagen', v)).toEqual(['fuhrpark', 'dienstwagen']);
  });

  it('a modifier may drop its final "e" (Farbe → Farb-druck, Schule → Schul-buch)', () => {
    const v = vocab('farbe', 'drucke', 'schule', 'buecher');
    expect(splitCompound('farbdrucke', v)).toEqual(['farbe', 'drucke']);
    expect(splitCompound('schulbuecher', v)).toEqual(['schule', 'buecher']);
    // Only before a head that is one known word: "Sperrmüllabholung" is no "Sperre" + "Müll" + "Abholung".
    expect(splitCompound('sperrmuellabholung', vocab('sperre', 'muell', 'abholung'))).not.toContain('sperre');
  });
});
