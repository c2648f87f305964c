import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/knowledge/analysis/german.js';
import { baseForms, compactLexicon, createLexicon, lexiconFromCompact, lexiconStems, parseSynonymFile, parseThesaurus } from '../../src/knowledge/analysis/lexicon.js';

const dir = path.resolve('vendor', 'openthesaurus-de');

describe('built-in lexicon (OpenThesaurus)', () => {
  it('ships compact files that match openthesaurus.txt (regenerate with scripts/build-lexicon.ts)', () => {
    const { words, sets, colloquial, lowercase } = parseThesaurus(readFileSync(path.join(dir, 'openthesaurus.txt'), 'utf8'));
    expect(readFileSync(path.join(dir, 'words.txt'), 'utf8')).toBe(`${[...words].sort().join('\n')}\n`);
    expect(readFileSync(path.join(dir, 'synsets.txt'), 'utf8')).toBe(`${sets.map((s) => s.join(';')).join('\n')}\n`);
    expect(readFileSync(path.join(dir, 'colloquial.txt'), 'utf8')).toBe(compactLexicon(words, sets, colloquial).colloquial);
    expect(readFileSync(path.join(dir, 'lowercase.txt'), 'utf8')).toBe(compactLexicon(words, sets, colloquial, lowercase).lowercase);
    const stems = new Set(readFileSync(path.join(dir, 'stems.txt'), 'utf8').split('\n'));
    // Stemming all 70,000 words is the script's job; a sample shows the file fits the current stemmer.
    const sample = [...words].filter((_, i) => i % 250 === 0);
    for (const w of sample) expect(stems.has(stem(w)), w).toBe(true);
  });

  it('stems every lexicon word as the stemmer that wrote stems.txt did (the same set of stems, none more, none less)', () => {
    // stems.txt was written with the snowball-stemmers port; the stemmer now in use must give exactly its stems.
    const { words } = parseThesaurus(readFileSync(path.join(dir, 'openthesaurus.txt'), 'utf8'));
    const shipped = readFileSync(path.join(dir, 'stems.txt'), 'utf8').split('\n').filter(Boolean);
    expect(lexiconStems(words)).toEqual([...new Set(shipped)].sort());
  });

  it('ships its licence', () => {
    expect(readFileSync(path.join(dir, 'LICENSE-LGPL-2.1.txt'), 'utf8')).toContain('GNU LESSER GENERAL PUBLIC LICENSE');
  });

  it('reads synonym sets, drops annotations and labelled (e.g. outdated) entries, finds inflected forms', () => {
    const lexicon = createLexicon('# comment\nFahrrad;Velo (schweiz.);Drahtesel (ugs.);Veloziped (veraltet)\nRechnung;Faktura\n');
    expect(lexicon.synonyms('fahrrad')).toEqual(['velo', 'drahtesel']);
    expect(lexicon.has('veloziped')).toBe(true);
    expect(lexicon.synonyms('rechnungen')).toEqual(['faktura']);
    expect(lexicon.hasInflected('rechnungen')).toBe(true);
    expect(baseForms('angeboten')).toContain('angebot');
  });
});

describe('colloquial words of large synonym sets', () => {
  // A set written for this test: one standard word and more colloquial ones than a set may have.
  const text = `Moos (ugs.);Zaster (ugs.);Geld;Kröten (ugs.);Penunzen (ugs.);Mäuse (ugs.);Piepen (ugs.);Flocken (ugs.);Pinke (ugs.);Moneten (ugs.);Kies (ugs.);Heu (ugs.);Knete (ugs.);Mammon (abwertend)\n`;

  it('maps each colloquial word to the standard word, in one direction only', () => {
    const lexicon = createLexicon(text);
    expect(lexicon.synonyms('zaster')).toEqual(['geld']);
    expect(lexicon.synonyms('knete')).toEqual(['geld']);
    // The standard word is not widened into slang, and a derogatory label is left out.
    expect(lexicon.synonyms('geld')).toEqual([]);
    expect(lexicon.synonyms('mammon')).toEqual([]);
  });

  it('survives the compact form', () => {
    const { words, sets, colloquial } = parseThesaurus(text);
    expect(lexiconFromCompact(compactLexicon(words, sets, colloquial)).synonyms('moneten')).toEqual(['geld']);
  });
});

describe('colloquial words of large sets with a head word', () => {
  // Sets written for this test: more members than a set may have, and more standard words than the
  // fallback accepts, so only the "(Hauptform)" entry can give their colloquial words a meaning.
  const members = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String.fromCharCode(97 + i)}wort`).join(';');
  const text = [
    `Fahrzeugmittel;${members(10, 'Fahr')};Automobil (Hauptform);Blechkiste (ugs.);Rostlaube (ugs.);Benzinkutsche (scherzh.);Kraftwagen (veraltet)`,
    `${members(12, 'Sach')};Schlurferei (ugs.)`,
  ].join('\n');

  it('maps colloquial members to the head word only, not to the many standard words', () => {
    const lexicon = createLexicon(text);
    expect(lexicon.synonyms('blechkiste')).toEqual(['automobil']);
    expect(lexicon.synonyms('rostlaube')).toEqual(['automobil']);
    // A joking or outdated entry stays out; the head word is not widened into slang.
    expect(lexicon.synonyms('benzinkutsche')).toEqual([]);
    expect(lexicon.synonyms('kraftwagen')).toEqual([]);
    expect(lexicon.synonyms('automobil')).toEqual([]);
  });

  it('leaves colloquial words of a large set without head word and with many standard words unmapped', () => {
    expect(createLexicon(text).synonyms('schlurferei')).toEqual([]);
  });

  it('survives the compact form', () => {
    const { words, sets, colloquial } = parseThesaurus(text);
    expect(lexiconFromCompact(compactLexicon(words, sets, colloquial)).synonyms('blechkiste')).toEqual(['automobil']);
  });
});

describe('admin synonym file', () => {
  it('reads "A = B, C" and "A, B" lines, comments and phrases', () => {
    const groups = parseSynonymFile('# Abkürzungen\nDA = Dienstanweisung\nKnöllchen = Verwarnungsgeld, Strafzettel\n\nKita, Kindertagesstätte  # Kinder\nAZ = Arbeitszeit Konto\n');
    expect(groups).toEqual([['da', 'dienstanweisung'], ['knoellchen', 'verwarnungsgeld', 'strafzettel'], ['kita', 'kindertagesstaette'], ['az', 'arbeitszeit konto']]);
  });
});
