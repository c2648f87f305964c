/**
 * English questions without a model: phrasal verbs with their complement, abbreviations, and
 * which word pairs are guessed as German compounds. Dictionary tables and sentences written for this test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDictionary, translateEnglishQuestion } from '../../src/knowledge/analysis/english-german.js';

const table = parseDictionary(
  [
    'drop\tfallen;Tropfen',
    'drop in\tvorbeikommen;hereinschauen',
    'drop in late\tverspäten',
    'sign\tZeichen;unterschreiben',
    'sign up\tanmelden',
    'swap\ttauschen',
    'swap out\tauswechseln',
    'shift\tSchicht;Dienst',
    'hand\tHand;reichen',
    'book\tBuch;buchen',
    'room\tRaum;Zimmer',
    'warn\twarnen;Hügel',
    'gdpr\tDSGVO;GDPR;Datenschutzgrundverordnung',
    'ok\tOK',
    'office\tBüro;Amt',
    'laptop\tLaptop;Notebook',
  ].join('\n'),
);
const dictionary = (w: string) => table.get(w);
const terms = (q: string) => translateEnglishQuestion(q, dictionary).terms.map((t) => [t.english, t.german]);

describe('phrasal verbs with the word that completes them', () => {
  it('takes "verb particle complement" before "verb particle"', () => {
    expect(terms('What if I drop in late for the shift?')).toContainEqual(['drop in late', ['verspäten']]);
    expect(terms('What if I drop in late for the shift?').map(([e]) => e)).not.toContain('drop in');
  });

  it('falls back to the two-word phrasal verb when the three words are no entry', () => {
    expect(terms('Can I drop in tomorrow?')).toContainEqual(['drop in', ['vorbeikommen', 'hereinschauen']]);
    expect(terms('Where do I sign up for the course?')).toContainEqual(['sign up', ['anmelden']]);
  });
});

describe('abbreviations and guessed compounds', () => {
  it('translates an abbreviation written in capitals through its entry', () => {
    expect(terms('Which GDPR rules apply?')).toContainEqual(['gdpr', ['DSGVO', 'GDPR', 'Datenschutzgrundverordnung']]);
  });

  it('does not build a German compound with an abbreviation ("office GDPR" is no "Bürodsgvo")', () => {
    const t = terms('Who is the office GDPR contact?');
    expect(t.map(([e]) => e)).not.toContain('office gdpr');
    expect(t).toContainEqual(['gdpr', ['DSGVO', 'GDPR', 'Datenschutzgrundverordnung']]);
  });

  it('builds compounds from nouns only: a word whose first sense is a verb stays a word', () => {
    // "book" is first a noun here (Buch), "warn" a verb (warnen; its rare noun sense must not start a compound).
    expect(terms('Is there a book room?').map(([e]) => e)).toContain('book room');
    const warned = terms('Did they warn office staff?').map(([e]) => e);
    expect(warned).not.toContain('warn office');
    expect(warned).toContain('warn');
  });
});

describe('the built-in dictionary', () => {
  const shipped = parseDictionary(readFileSync(path.resolve('vendor', 'ding-en-de', 'en-de.txt'), 'utf8'));

  it('has English abbreviations with the German ones of their entries', () => {
    expect(shipped.get('gdpr')).toContain('DSGVO');
    expect(shipped.get('ai')).toContain('KI');
  });

  it('has three-word phrasal verbs', () => {
    expect(shipped.get('call in sick')).toContain('krankmelden');
  });

  it('leaves an abbreviation that is a common English word as the word ("it" stays "it")', () => {
    expect(shipped.get('it') ?? []).not.toContain('IT');
  });

  it('has no entry for an abbreviation German writes alike ("PC", "EU"): the word is searched as written', () => {
    expect(shipped.has('pc')).toBe(false);
    expect(shipped.has('eu')).toBe(false);
  });
});
