import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';

function index(texts: Record<string, string>): { search: (q: string) => { source: string; coverage: number }[] } {
  const snapshot = snapshotFromDocuments(
    Object.entries(texts).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  const lexical = new LexicalIndex(snapshot);
  return { search: (q) => lexical.search(q, 10).map((h) => ({ source: snapshot.chunks[h.chunk].source, coverage: h.coverage })) };
}

const others = {
  'erstattung.md': 'Die Reisekosten werden nach dem Gesetz erstattet.',
  'monatlich.md': 'Die Abrechnung der Überstunden erfolgt monatlich.',
};

describe('LexicalIndex', () => {
  it('finds "Reisekostenabrechnung" for the question "Abrechnung der Reisekosten"', () => {
    const hits = index({ ...others, 'frist.md': 'Die Reisekostenabrechnung ist binnen sechs Monaten einzureichen.' }).search('Abrechnung der Reisekosten');
    expect(hits[0]).toEqual({ source: 'frist.md', coverage: 1 });
  });

  it('finds "Abrechnung der Reisekosten" for the question "Reisekostenabrechnung"', () => {
    const hits = index({ ...others, 'frist.md': 'Die Abrechnung der Reisekosten ist binnen sechs Monaten einzureichen.' }).search('Reisekostenabrechnung');
    expect(hits[0]).toEqual({ source: 'frist.md', coverage: 1 });
    expect(hits.find((h) => h.source === 'monatlich.md')?.coverage ?? 0).toBeLessThan(1);
  });

  it('treats ä/ae and ß/ss spellings alike', () => {
    const idx = index({ 'a.md': 'Die Straße wird gesperrt.', 'b.md': 'Die Gebühren für Ärzte steigen.' });
    expect(idx.search('Strasse')[0].source).toBe('a.md');
    expect(idx.search('AERZTE Gebuehren')[0]).toEqual({ source: 'b.md', coverage: 1 });
  });

  it('gives a question about something absent a low coverage even when common words match', () => {
    const idx = index({ ...others, 'frist.md': 'Die Reisekostenabrechnung ist binnen sechs Monaten einzureichen.' });
    const hits = idx.search('Wann wird die Hundesteuer abgerechnet?');
    expect(Math.max(0, ...hits.map((h) => h.coverage))).toBeLessThan(0.5);
  });

  it('a short abbreviation in capitals stands for the hyphenated name the folder writes out', () => {
    const search = index({
      'gesetz.md': 'Das Schulgesetz für Rheinland-Pfalz regelt die Schulpflicht. In Rheinland-Pfalz beginnt sie mit sechs Jahren.',
      'satzung.md': 'Die Schulpflicht in Rheinland-Pfalz gilt auch für die Berufsschule.',
      'ticket.md': 'Das Jugendticket RP gilt im Verbund; die Schulpflicht ist dafür kein Nachweis.',
      'verbund.md': 'Das Ticket RP gilt auch am Wochenende.',
    }).search;
    // "RP" appears literally in two passages only; the question means the state the folder names in full.
    const hits = search('Schulpflicht RP?');
    expect(['gesetz.md', 'satzung.md']).toContain(hits[0].source);
    expect(hits.find((h) => h.source === 'verbund.md')?.coverage ?? 0).toBeLessThan(0.5);
  });

  it('among passages with similar word scores, the one covering more of the question ranks first', () => {
    // helfer.md has the higher BM25 score (the rare word twice, a short passage); rettung.md has every question word.
    const filler = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`ort-${i}.md`, `Vor Ort prüft das System die Angaben im System, Fall ${i}.`]));
    const hits = index({
      'helfer.md': 'Helfer werden freigestellt. Helfer erhalten Ersatz ihrer Auslagen.',
      'rettung.md': 'Die Leitstelle alarmiert über das System Helfer vor Ort in der Nähe.',
      ...filler,
    }).search('Helfer vor Ort System');
    expect(hits[0].source).toBe('rettung.md');
  });

  it('corrects a one-letter typo in the second part of a compound whose first part is a known word', () => {
    const search = index({
      'fuhrpark.md': 'Die Dienstwagenbuchung erfolgt im Buchungsportal bis 12 Uhr am Vortag.',
      ...others,
    }).search;
    // "Dienstwagen" + "buchnug": one known part and a guessed rest is no German word the folder lacks.
    const [hit] = search('Bis wann Dienstwagenbuchnug?');
    expect(hit.source).toBe('fuhrpark.md');
    expect(hit.coverage).toBeGreaterThan(0.8);
  });
});

describe('a noun written in both genders', () => {
  const snapshot = snapshotFromDocuments(
    [{ source: 'a.md', doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: 'Kolleginnen und Kollegen der Kämmerei prüfen die Rechnungen der Schulen.' }] } }],
    (doc, source) => chunkDocument(doc, source),
  );
  const words = (q: string) => new LexicalIndex(snapshot).analyzeQuery(q).map((c) => c.word);

  it('is one word of the question: the masculine form stands for both ("und", "oder", either order)', () => {
    expect(words('Welche Rechnungen prüfen Kolleginnen und Kollegen der Kämmerei?')).toEqual(['rechnungen', 'pruefen', 'kollegen', 'kaemmerei']);
    expect(words('Wer prüft, die Kollegin oder der Kollege?')).toEqual(['prueft', 'kollege']);
    expect(words('Prüfen Kollegen und Kolleginnen die Rechnungen?')).toEqual(['pruefen', 'kollegen', 'rechnungen']);
  });

  it('two different nouns joined by "und" stay two words', () => {
    expect(words('Rechnungen und Schulen')).toEqual(['rechnungen', 'schulen']);
  });
});

describe('an attributive participle the lexicon does not list ("ermäßigte", "gespeicherte")', () => {
  const snapshot = snapshotFromDocuments(
    [{ source: 'a.md', doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: 'Die Jahreskarte kostet 40 Euro. Angestellte beantragen sie im Bürgerbüro.' }] } }],
    (doc, source) => chunkDocument(doc, source),
  );
  const nouns = (q: string) => new LexicalIndex(snapshot).analyzeQuery(q).filter((c) => c.noun).map((c) => c.word);

  it('says which kind of the noun is meant: not a noun the question is about', () => {
    expect(nouns('Was kostet eine ermäßigte Jahreskarte?')).toEqual(['jahreskarte']);
    expect(nouns('Wie lange werden gespeicherte Protokolle aufbewahrt?')).toEqual(['protokolle']);
  });

  it('a participle written as a noun stays one ("Angestellte"), and a verb the question capitalises is a noun ("die Ausleihe")', () => {
    expect(nouns('Wie viele Angestellte arbeiten im Bürgerbüro?')).toEqual(['angestellte', 'buergerbuero']);
    expect(nouns('Wie lange ist die Ausleihe der Jahreskarte möglich?')).toEqual(['ausleihe', 'jahreskarte']);
    expect(nouns('wie lange ist die ausleihe der jahreskarte möglich?')).toEqual(['jahreskarte']);
  });
});
