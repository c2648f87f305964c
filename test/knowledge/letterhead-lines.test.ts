import { describe, expect, it } from 'vitest';
import { chooseTitle, headingTitle, isSectionHeading, usableTitle } from '../../src/knowledge/parsers/document-title.js';
import { isPageFurniture, isTitleBlockLine, unspaceLetters } from '../../src/knowledge/parsers/title-block.js';

describe('letterhead and title-block lines', () => {
  it.each([
    'GEMEINDE TANNENRODE',
    'Landkreis Oberfeld · Die Landrätin',
    'Der Oberbürgermeister der Stadt Lindmark',
    'Fachdienst 4.2 – Jugend und Familie · Az. 42.10-07',
    'Fachbereich 2 - Team 23 Liegenschaften',
    'Marktstraße 12 · 54321 Lindmark · Telefon 0561 123-0 · info@lindmark.example',
    'Amt für Umwelt und Grünflächen, Postfach 1204',
    'Stand: 3. Mai 2027',
    '(Stand 11/2026)',
    'gültig ab 1. April 2027 · ersetzt die Fassung vom 01.01.2020',
    'vom 17. Oktober 2023, zuletzt geändert durch Satzung vom 2. Juni 2025 · Lesefassung',
    'Lindmark, den 4. Februar 2027',
    'Seite 2 von 7',
    '------------------------------',
  ])('%s is a title-block line', (line) => {
    expect(isTitleBlockLine(line)).toBe(true);
  });

  it.each([
    // Sentences that name the authority, a date or an address are content.
    'Die Gemeinde Tannenrode erhebt für jeden Hund eine jährliche Steuer von 80 Euro.',
    'Anträge sind bis zum 1. März 2027 beim Fachdienst 4.2 einzureichen.',
    'Der Stand der Technik ist bei allen Beschaffungen zu beachten.',
    // A contact line answers "wen frage ich?": not letterhead, even though it has a unit and a number.
    'Auskunft erteilt Frau Demir, Fachdienst 4.2, Telefon 0561 123-420.',
    'Ansprechpartner: Herr Lohse, Team 23, lohse@lindmark.example',
    'Wartezeiten',
  ])('%s is not a title-block line', (line) => {
    expect(isTitleBlockLine(line)).toBe(false);
  });

  it('page numbers and site footers are furniture; an address line alone is not', () => {
    expect(isPageFurniture('Gemeinde Tannenrode · Seite 3 von 4')).toBe(true);
    expect(isPageFurniture('Gemeinde Tannenrode · Marktplatz 1 · Impressum · Barrierefreiheit')).toBe(true);
    expect(isPageFurniture('Gemeinde Tannenrode · Marktplatz 1')).toBe(false);
    expect(isPageFurniture('Die Anlage umfasst Seite 3 von 4 des Antrags und ist vollständig auszufüllen.')).toBe(false);
  });

  it('closes up a title set with spaces between its letters and leaves ordinary text alone', () => {
    expect(unspaceLetters('  H I N W E I S E   Z U R   P A R K K A R T E')).toBe('HINWEISE ZUR PARKKARTE');
    expect(unspaceLetters('A B C')).toBe('A B C');
    expect(unspaceLetters('Die Frist beträgt 2 Wochen.')).toBe('Die Frist beträgt 2 Wochen.');
  });
});

describe('document titles', () => {
  it('passes over Office placeholders and file names', () => {
    expect(usableTitle('Microsoft Word - satzung_final.doc')).toBeUndefined();
    expect(usableTitle('Dokument1')).toBeUndefined();
    expect(usableTitle('   ')).toBeUndefined();
    expect(usableTitle('antrag_parken.pdf')).toBeUndefined();
    expect(usableTitle('  Richtlinie   zur Parkraumbewirtschaftung ')).toBe('Richtlinie zur Parkraumbewirtschaftung');
    expect(chooseTitle(['Microsoft Word - x.docx', undefined, 'Parkordnung'], 'datei')).toBe('Parkordnung');
    expect(chooseTitle([undefined, ''], 'Parkordnung Rathaus')).toBe('Parkordnung Rathaus');
  });

  it('a numbered section heading does not name the document', () => {
    for (const h of ['§ 1 Geltungsbereich', '§§ 3 bis 5', 'Art. 2 Begriffe', '1. Zweck', '2.3 Fristen', 'IV. Schlussbestimmungen']) expect(isSectionHeading(h)).toBe(true);
    expect(isSectionHeading('Satzung über die Reinigung der Straßen')).toBe(false);
    expect(headingTitle([{ kind: 'heading', level: 1, text: '§ 1 Geltungsbereich' }, { kind: 'paragraph', text: 'Text' }, { kind: 'heading', level: 2, text: 'Begriffe' }])).toBeUndefined();
    expect(headingTitle([{ kind: 'heading', level: 2, text: 'Vorbemerkung' }, { kind: 'heading', level: 1, text: 'Parkordnung' }])).toBe('Parkordnung');
  });
});
