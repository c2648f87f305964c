/**
 * How question words people type meet the words of the documents: verb forms ("reservier",
 * "gemeldet"), numbers in digits or words, compounds whose part the folder names with a synonym,
 * and the Fundstelle that follows the same resolution. Folders and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { numberTwin, participleInfinitive, verbForms } from '../../src/knowledge/analysis/german.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';
import { createRetriever } from '../../src/knowledge/retriever.js';
import { quoteFundstelle } from '../../src/knowledge/snippet.js';

const FOLDER: Record<string, string> = {
  'fahrrad.md': 'Die Reservierung der Diensträder erfolgt im Mobilitätsportal. Die Räder stehen im Hof.',
  'zugang.md': 'Nach vier Fehlversuchen wird das Benutzerkonto gesperrt. Die Entsperrung veranlasst der Servicedesk nach einer Meldung.',
  'wagen.md': 'Der Dienstwagen wird an der Pforte abgeholt und dort nach der Fahrt zurückgegeben.',
  'kantine.md': 'Die Kantine öffnet werktags um 11:30 Uhr.',
};

function folder() {
  const snapshot = snapshotFromDocuments(
    Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  return { snapshot, index: new LexicalIndex(snapshot), retriever: createRetriever(snapshot) };
}

describe('question words in the form people type them', () => {
  it('derives base forms of shortened, conjugated and participle verb forms', () => {
    expect(verbForms('reservier')).toEqual(expect.arrayContaining(['reservieren', 'reservierung']));
    expect(verbForms('zahlst')).toContain('zahlen');
    expect(verbForms('getippt')).toContain('tippen');
    expect(verbForms('abgerechnet')).toContain('abrechnen');
    expect(verbForms('abholen')).toContain('abgeholt');
    expect(verbForms('melden')).toContain('gemeldet');
    expect(participleInfinitive('gebucht')).toBe('buchen');
    expect(participleInfinitive('angemeldet')).toBe('anmelden');
    expect(participleInfinitive('buchung')).toBeUndefined();
  });

  it('a shortened verb form finds the noun of the same root ("reservier" → Reservierung)', async () => {
    const { index, retriever } = folder();
    expect(index.analyzeQuery('wo reservier ich ein Dienstrad').find((c) => c.word === 'reservier')?.match).toBe('form');
    const [top] = await retriever.search('wo reservier ich ein Dienstrad', 3);
    expect(top).toMatchObject({ chunk: { source: 'fahrrad.md' }, relevant: true });
  });

  it('numbers meet in digits and in words, both ways', async () => {
    expect(numberTwin('4')).toBe('vier');
    expect(numberTwin('fuenf')).toBe('5');
    expect(numberTwin('1')).toBeUndefined();
    const { retriever } = folder();
    const [digits] = await retriever.search('Konto nach 4 Fehlversuchen gesperrt', 3);
    const [other] = await retriever.search('Konto nach 9 Fehlversuchen gesperrt', 3);
    expect(digits.chunk.source).toBe('zugang.md');
    expect(digits.coverage).toBeGreaterThan(other.coverage);
  });

  it('a compound whose part the folder names with a synonym is matched through it ("Dienstauto" → Dienstwagen)', async () => {
    const { index, retriever } = folder();
    const concept = index.analyzeQuery('Dienstauto abholen wo?').find((c) => c.word === 'dienstauto');
    expect(concept?.match).toBe('compound');
    const [top] = await retriever.search('Dienstauto abholen wo?', 3);
    expect(top).toMatchObject({ chunk: { source: 'wagen.md' }, relevant: true });
    expect(top.matchTerms?.length).toBeGreaterThan(0);
  });
});

describe('the Fundstelle follows the same resolution', () => {
  it('quotes the sentence the index matched through a synonym (matchTerms)', () => {
    const text = 'Falschparken auf dem Hof ist untersagt. Ein Verwarnungsgeld trägt die Person, die gefahren ist.';
    expect(quoteFundstelle(text, 'Knöllchen bekommen, wer zahlt?', 60, ['verwarnungsgeld']).text).toContain('Verwarnungsgeld trägt');
  });

  it('a participle in the passage stands for the verb the question uses ("gebucht" for "reservieren")', () => {
    const text = 'Die Besprechungsräume liegen im Erdgeschoss. Die Räume werden im Raumportal gebucht.';
    expect(quoteFundstelle(text, 'wie reservier ich einen Besprechungsraum', 60).text).toContain('Raumportal gebucht');
  });

  it('a list item counts with its lead-in line', () => {
    const text = '(1) Für Eingaben gelten folgende Fristen:\n- Anträge: zwei Wochen,\n- Widersprüche: ein Monat.\n(2) Im Übrigen gilt das Gesetz.';
    expect(quoteFundstelle(text, 'Frist für einen Widerspruch', 60).text).toContain('Widersprüche: ein Monat');
  });
});
