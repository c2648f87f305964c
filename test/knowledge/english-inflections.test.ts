/**
 * English words as a question writes them, looked up in the dictionary: irregular forms reduced
 * to the headword, light verbs left out, and a dictionary phrase preferred to a guessed compound.
 * Sentences and tables written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishBaseForms, parseDictionary, translateEnglishQuestion } from '../../src/knowledge/analysis/english-german.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';

const table = parseDictionary(
  [
    'keep\taufbewahren',
    'invoice\tRechnung',
    'pay\tzahlen;Lohn',
    'child\tKind',
    'ticket\tFahrkarte',
    'leave\tUrlaub;ausscheiden',
    'leaf\tBlatt',
    'write\tschreiben',
    'buy\tkaufen',
    'use\tNutzung;Gebrauch',
    'get\tbekommen;erhalten',
    'take\tnehmen',
    'laptop\tLaptop',
    'parking permit\tParkausweis',
    'side\tSeite',
    'job\tArbeit;Stelle',
    'side job\tNebenjob;Nebentätigkeit',
    'report\tBericht;melden',
  ].join('\n'),
);
const dictionary = (w: string) => table.get(w);
const terms = (q: string) => translateEnglishQuestion(q, dictionary).terms;

describe('irregular English forms are looked up by their headword', () => {
  it('reduces irregular past forms and plurals', () => {
    expect(englishBaseForms('kept')).toContain('keep');
    expect(englishBaseForms('paid')).toContain('pay');
    expect(englishBaseForms('children')).toContain('child');
    expect(englishBaseForms('written')).toContain('write');
    expect(englishBaseForms('bought')).toContain('buy');
  });

  it('keeps both readings of a word that is a plural noun and a verb ("leaves")', () => {
    expect(englishBaseForms('leaves')).toEqual(expect.arrayContaining(['leaves', 'leaf', 'leave']));
    const leaves = terms('What happens to my pension when an employee leaves?').find((t) => t.english === 'leave' || t.english === 'leaf');
    expect(leaves?.german).toEqual(expect.arrayContaining(['Urlaub', 'ausscheiden', 'Blatt']));
  });

  it('translates a question whose content words are all irregular forms', () => {
    const found = terms('Who paid for the children’s tickets that were bought online?');
    // "children’s tickets" becomes a guessed compound that keeps both words translated for the index.
    expect(found.flatMap((t) => [...t.german, ...(t.words ?? []).flatMap((w) => w.german)])).toEqual(expect.arrayContaining(['zahlen', 'Kind', 'Fahrkarte', 'kaufen']));
  });

  it('finds the German passage for an irregular participle', () => {
    const snapshot = snapshotFromDocuments(
      [
        { source: 'rechnungen.md', doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: 'Rechnungen werden zehn Jahre aufbewahrt und dann vernichtet.' }] } },
        { source: 'kantine.md', doc: { title: '', blocks: [{ kind: 'paragraph' as const, text: 'Die Kantine öffnet um elf Uhr; Rechnungen der Kantine zahlt die Kasse.' }] } },
      ],
      (doc, source) => chunkDocument(doc, source),
    );
    const t = translateEnglishQuestion('How long are invoices kept?', dictionary);
    const hits = new LexicalIndex(snapshot).search(t.germanWords.join(' '), 10, t.terms);
    expect(snapshot.chunks[hits[0].chunk].source).toBe('rechnungen.md');
  });
});

describe('light verbs carry no topic', () => {
  it('leaves out get, make, take and use in any form', () => {
    expect(terms('Can I make changes to my laptop?').map((t) => t.english)).toEqual(['changes', 'laptop']);
    expect(terms('How do I get a parking permit?').map((t) => t.english)).toEqual(['parking permit']);
    expect(terms('Where am I getting my parking permit?').map((t) => t.english)).toEqual(['parking permit']);
    expect(terms('Who took my laptop?').map((t) => t.english)).toEqual(['laptop']);
    expect(terms('Is there a parking permit for using my own laptop?').map((t) => t.english)).toEqual(['parking permit', 'laptop']);
  });
});

describe('a dictionary phrase wins over a compound guessed across it', () => {
  it('reads "paid side job" as paid + side job, not as a guessed "paid side"', () => {
    const found = terms('Must I report a paid side job?');
    expect(found.map((t) => t.english)).toEqual(['report', 'pay', 'side job']);
    expect(found.find((t) => t.english === 'side job')?.german).toContain('Nebentätigkeit');
  });
});

describe('phrasal verbs', () => {
  const phrasal = parseDictionary(
    ['hand\tHand;reichen', 'hand in\teinreichen;abgeben', 'pay\tzahlen;Lohn', 'pay back\tzurückzahlen', 'fill\tfüllen', 'fill in\tausfüllen', 'work\tArbeit', 'work in\teinarbeiten', 'town hall\tRathaus', 'form\tFormular', 'sign\tZeichen', 'sign up\tanmelden', 'course\tKurs;Lehrgang'].join('\n'),
  );
  const t = (q: string) => translateEnglishQuestion(q, (w) => phrasal.get(w)).terms;

  it('reads verb and particle as the phrase the dictionary has, also inflected and with a pronoun between', () => {
    expect(t('When is the form handed in?').find((x) => x.english === 'hand in')?.german).toEqual(['einreichen', 'abgeben']);
    expect(t('Do I have to pay it back?').map((x) => x.english)).toEqual(['pay back']);
    expect(t('Who fills it in?').map((x) => x.english)).toEqual(['fill in']);
    expect(t('Where do I sign up for the course?').map((x) => x.english)).toEqual(['sign up', 'course']);
  });

  it('takes a preposition with its noun phrase for a preposition, not a particle', () => {
    expect(t('Do I work in the town hall?').map((x) => x.english)).toEqual(['work', 'town hall']);
  });
});

describe('no compound guessed from a past form', () => {
  const d = parseDictionary(['city\tStadt', 'pay\tBezahlung;zahlen', 'approve\tgenehmigen;Genehmigung', 'request\tAntrag', 'travel\tReise', 'expense\tKosten'].join('\n'));
  const t = (q: string) => translateEnglishQuestion(q, (w) => d.get(w)).terms.map((x) => x.english);

  it('keeps "the city paid" and "approved requests" as words, and still joins two nouns', () => {
    expect(t('What if the city paid for it?')).toEqual(['city', 'pay']);
    expect(t('Where are approved requests filed?')).toEqual(['approve', 'request', 'filed']);
    expect(t('Who refunds travel expenses?')).toContain('travel expenses');
  });
});
