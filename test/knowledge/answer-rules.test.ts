/**
 * The rules of "found / nicht gefunden", asserted on small folders written for this test (the
 * threshold itself is calibrated and measured in `npm run bench`, bench/answers.ts, on
 * development questions only — not here).
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments, type IndexSnapshot } from '../../src/knowledge/index/index-state.js';
import { createRetriever } from '../../src/knowledge/retriever.js';
import { answerQuestion } from '../../src/knowledge/answer/index.js';
import { passageRelevance, withRelevance } from '../../src/knowledge/relevance.js';
import { createLocalFolderSource } from '../../src/knowledge/sources/local-folder-source.js';
import type { KnowledgeSource, Passage } from '../../src/knowledge/types.js';

const FOLDER: Record<string, string> = {
  'kantine.md': 'Die Kantine im Verwaltungsgebäude öffnet werktags von 11:30 bis 14:00 Uhr. Bezahlt wird mit der Dienstkarte.',
  'parken.md': 'Dienstparkplätze im Innenhof vergibt die Hausverwaltung auf Antrag für jeweils zwölf Monate. Die Parkgebühr beträgt 25,00 € im Monat.',
  'hund.md': 'Für Hunde von Bürgergeld-Beziehenden wird eine Ermäßigung der Hundesteuer um die Hälfte gewährt. Der Antrag geht an die Steuerabteilung.',
  'bussgeld.md': 'Das Verwarnungsgeld für Falschparken wird vom Ordnungsamt erhoben. Einspruch ist innerhalb von zwei Wochen möglich.',
  'archiv.md': 'Akten werden nach Abschluss des Vorgangs zehn Jahre im Zwischenarchiv aufbewahrt und dann dem Stadtarchiv angeboten.',
};

function folder(extra: Partial<IndexSnapshot> = {}) {
  const snapshot = {
    ...snapshotFromDocuments(
      Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
      (doc, source) => chunkDocument(doc, source),
    ),
    ...extra,
  };
  const retriever = createRetriever(snapshot);
  return {
    retriever,
    source: createLocalFolderSource(retriever),
    top: async (q: string) => (await retriever.search(q, 3))[0],
  };
}

describe('relevance rule: what the question is about decides', () => {
  it('a word the folder does not know does not veto an answer whose informative words are there', async () => {
    const { top } = folder();
    const hit = await top('Wann öffnet die Kantine im Verwaltungsgebäude, quasi fürs Mittagsfutterchen?');
    expect(hit.chunk.source).toBe('kantine.md');
    expect(hit.relevant).toBe(true);
  });

  it('a question about something the folder never mentions stays below the threshold', async () => {
    const { retriever } = folder();
    for (const q of ['Wie beantrage ich Elternzeit für Väter?', 'Wer wartet die Aufzüge im Gebäude?']) {
      expect((await retriever.search(q, 3)).filter((h) => h.relevant), q).toEqual([]);
    }
  });

  it('a typo of a folder word still matches (bounded edit distance)', async () => {
    const { top } = folder();
    const hit = await top('Wie lange wird eine Akte im Zwischenarchf aufbewahrt?');
    expect(hit.chunk.source).toBe('archiv.md');
    expect(hit.relevant).toBe(true);
  });

  it('a compound splits against the general lexicon even when it never occurs in the folder', async () => {
    const { top } = folder();
    const hit = await top('Hundesteuerermäßigung');
    expect(hit.chunk.source).toBe('hund.md');
    expect(hit.relevant).toBe(true);
  });

  it('the admins’ synonym file maps local words and capitalised abbreviations', async () => {
    const { top } = folder({ synonyms: [['knoellchen', 'verwarnungsgeld'], ['da', 'dienstanweisung'], ['dpp', 'dienstparkplaetze']] });
    expect((await top('Knöllchen Einspruch Frist?')).chunk.source).toBe('bussgeld.md');
    const abbreviation = await top('DPP Antrag wer?');
    expect(abbreviation.chunk.source).toBe('parken.md');
    expect(abbreviation.relevant).toBe(true);
  });

  it('decomposed umlauts (NFD) and full-width letters give the same result as NFC input', async () => {
    const { retriever } = folder();
    const nfc = 'Ermäßigung der Hundesteuer';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(await retriever.search(nfd, 3)).toEqual(await retriever.search(nfc, 3));
    expect(await retriever.search('ＫＡＮＴＩＮＥ', 3)).toEqual(await retriever.search('Kantine', 3));
  });

  it('amounts are single tokens: "25,00 €" matches the amount, not two numbers', async () => {
    const { top } = folder();
    const hit = await top('25,00');
    expect(hit.chunk.source).toBe('parken.md');
  });
});

describe('one threshold for every source', () => {
  const live = (text: string): Passage => ({ id: text.slice(0, 8), sourceId: 'sharepoint', title: 'Dokument', source: 'https://x.sharepoint.com/d', sectionPath: [], text, score: 1 });

  it('live passages (SharePoint, Outlook) get the same relevance decision as the local folder', async () => {
    const { retriever } = folder();
    for (const [q, answerable] of [['Wann öffnet die Kantine?', true], ['Wie beantrage ich Elternzeit für Väter?', false]] as const) {
      const local = (await retriever.search(q, 5)).some((h) => h.relevant && h.chunk.source === 'kantine.md');
      const [remote] = withRelevance(q, [live(FOLDER['kantine.md'])]);
      expect(local, q).toBe(answerable);
      expect(remote.relevant, q).toBe(answerable);
    }
  });

  it('a SharePoint passage below the threshold is not quoted as an answer in extractive mode', async () => {
    const sharepoint: KnowledgeSource = {
      id: 'sharepoint',
      async search(query) {
        return { passages: withRelevance(query.text, [live('Die Kantine öffnet werktags um 11:30 Uhr.')]), failures: [] };
      },
    };
    const answer = answerQuestion({ sources: [sharepoint], redactPii: false });
    const user = { userId: 'u', locale: 'de' as const };
    expect((await answer({ question: 'Wie beantrage ich Elternzeit für Väter?', user })).found).toBe(false);
    expect((await answer({ question: 'Wann öffnet die Kantine?', user })).found).toBe(true);
  });

  it('relevance is 0 for a passage that shares no informative word with the question', () => {
    expect(passageRelevance('Elternzeit Väter', [live('Die Kantine öffnet um 11:30 Uhr.')])).toEqual([0]);
  });
});
