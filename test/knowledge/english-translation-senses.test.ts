/**
 * Dictionary translations of English question words meet the German index: a verb form must not
 * match a noun of another meaning through a shared stem, and a two-word phrase whose German
 * compound the folder does not use still reaches the compound's parts. Dictionary table, folder
 * and questions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { parseDictionary, translateEnglishQuestion } from '../../src/knowledge/analysis/english-german.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';

const table = parseDictionary(
  [
    'stored\tgelagert;gehalten;aufbewahrt',
    'kept\tgehalten;behalten',
    'invoice\tRechnung;Faktura',
    'salary\tGehalt;Lohn',
    'mileage\tLaufleistung;Verbrauch',
    'allowance\tZuschuss;Spielraum',
    'mileage allowance\tKilometergeld;Kilometerpauschale',
    'car\tAuto;Wagen',
  ].join('\n'),
);
const dictionary = (w: string) => table.get(w);

function search(texts: Record<string, string>) {
  const snapshot = snapshotFromDocuments(
    Object.entries(texts).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  const lexical = new LexicalIndex(snapshot);
  return {
    hits: (q: string) => {
      const t = translateEnglishQuestion(q, dictionary);
      return lexical.search(t.germanWords.join(' '), 10, t.terms).map((h) => ({ source: snapshot.chunks[h.chunk].source, coverage: h.coverage }));
    },
    concepts: (q: string) => {
      const t = translateEnglishQuestion(q, dictionary);
      return lexical.analyzeQuery(t.germanWords.join(' '), t.terms).map((c) => ({ word: c.word, alts: c.alts.map((a) => snapshot.stems[a]) }));
    },
  };
}

describe('a verb form does not match a noun that shares its stem', () => {
  const folder = {
    'gehalt.md': 'Das Gehalt wird am letzten Werktag des Monats überwiesen.',
    'rechnung.md': 'Jede Rechnung wird zehn Jahre im Archiv aufbewahrt.',
  };

  it('"kept" → "gehalten" does not stand for "Gehalt" (salary)', () => {
    const { concepts, hits } = search(folder);
    const kept = concepts('How long is an invoice kept?').find((c) => c.word === 'kept');
    expect(kept?.alts ?? []).not.toContain('gehalt');
    expect(hits('How long is an invoice kept?').map((h) => h.source)).not.toContain('gehalt.md');
  });

  it('a candidate the folder writes itself still counts, and a noun candidate keeps its stem', () => {
    const { hits } = search({ ...folder, 'akten.md': 'Akten werden im Keller gehalten und nach zehn Jahren vernichtet.' });
    expect(hits('Where are files kept?').map((h) => h.source)).toContain('akten.md');
    expect(hits('When is the salary paid?')[0]?.source).toBe('gehalt.md');
  });

  it('of several candidates, the one without collision is used ("stored" → aufbewahrt)', () => {
    const { hits } = search(folder);
    expect(hits('How long is an invoice stored?')[0]?.source).toBe('rechnung.md');
  });
});

describe('a phrase whose compound the folder lacks reaches the compound parts', () => {
  // Neither "Kilometergeld" nor a word's own candidate occurs; "Kilometer" and "Pauschale" do.
  const folder = {
    'fahrt.md': 'Für Fahrten mit dem privaten Wagen gilt eine Pauschale von 0,25 Euro je gefahrenem Kilometer.',
    'kantine.md': 'Für Feiern in der Kantine gilt eine Pauschale von 5 Euro je Gast.',
    'lauf.md': 'Der Firmenlauf führt über zehn Kilometer durch den Stadtpark.',
  };

  it('each part stands for the English word at its position', () => {
    const cs = search(folder).concepts('What is the mileage allowance for my car?');
    expect(cs.find((c) => c.word === 'mileage')?.alts).toContain('kilomet');
    expect(cs.find((c) => c.word === 'allowance')?.alts).toContain('pauschal');
    expect(cs.find((c) => c.word === 'mileage')?.alts).not.toContain('pauschal');
  });

  it('the passage with both parts ranks first', () => {
    expect(search(folder).hits('What is the mileage allowance for my car?')[0]?.source).toBe('fahrt.md');
  });
});
