import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/knowledge/analysis/german.js';
import { baseForms, compactLexicon, createLexicon, lexiconFromCompact, parseSynonymFile, parseThesaurus } from '../../src/knowledge/analysis/lexicon.js';

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

describe('admin synonym file', () => {
  it('reads "A = B, C" and "A, B" lines, comments and phrases', () => {
    const groups = parseSynonymFile('# Abkürzungen\nDA = Dienstanweisung\nKnöllchen = Verwarnungsgeld, Strafzettel\n\nKita, Kindertagesstätte  # Kinder\nAZ = Arbeitszeit Konto\n');
    expect(groups).toEqual([['da', 'dienstanweisung'], ['knoellchen', 'verwarnungsgeld', 'strafzettel'], ['kita', 'kindertagesstaette'], ['az', 'arbeitszeit konto']]);
  });
});
