/**
 * A question asking for an amount, a period or a number is answered only by a figure stated of
 * what it asks about (AnswerRules.factOfFocus, AnswerRules.typedFocus), asserted on a small folder
 * written for this test, through the local index and through live passages (SharePoint/Outlook).
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { answerQuestion } from '../../src/knowledge/answer/index.js';
import { createRetriever } from '../../src/knowledge/retriever.js';
import { withRelevance } from '../../src/knowledge/relevance.js';
import { createLocalFolderSource } from '../../src/knowledge/sources/local-folder-source.js';

const FOLDER: Record<string, string> = {
  'poststelle.md':
    'Beschwerden am Empfang sind innerhalb von 48 Stunden an die Poststelle weiterzugeben. Alle Beschäftigten der Poststelle besuchen alle drei Jahre das Brandschutztraining.',
  'parkausweis.md': 'Der Jahresparkausweis für Beschäftigte wird im Bürgerbüro ausgestellt. Er kostet 120 Euro.',
  'fahrraeder.md': 'Stellplätze für Dienstfahrräder in der Fahrradgarage werden jeweils für zwölf Monate vergeben.',
  'ladekarte.md': 'Die Ladekarte für die Ladesäulen im Innenhof gibt der Fuhrpark an Beschäftigte mit Dienstfahrrad oder Dienstwagen aus.',
  'werkstatt.md': 'Reparaturen an Dienstfahrrädern übernimmt die Werkstatt des Bauhofs; eine Inspektion ist alle sechs Monate fällig.',
  'kantine.md': 'Die Kantine öffnet werktags um 11:30 Uhr; das Mittagessen kostet für Beschäftigte 4,50 Euro. Der Speiseplan hängt jeweils für zwei Monate aus.',
};

function folder() {
  const snapshot = snapshotFromDocuments(
    Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  const retriever = createRetriever(snapshot);
  const ask = answerQuestion({ sources: [createLocalFolderSource(retriever)], redactPii: false });
  return { retriever, ask: (question: string) => ask({ question, user: { userId: 'test', locale: 'de' } }) };
}

describe('a figure answers only the thing it is stated of', () => {
  it('a period given for something else in the next sentence does not answer "wie viele Stunden"', async () => {
    const { retriever, ask } = folder();
    const question = 'Wie viele Stunden dauert das Brandschutztraining?';
    expect((await retriever.search(question, 3)).filter((h) => h.relevant)).toEqual([]);
    expect((await ask(question)).found).toBe(false);
  });

  it('the same sentence with the thing and its figure still answers', async () => {
    const { ask } = folder();
    const result = await ask('Wie oft müssen Beschäftigte der Poststelle zum Brandschutztraining?');
    expect(result.found).toBe(true);
    expect(result.citations[0].source).toBe('poststelle.md');
    expect(result.citations[0].snippet).toContain('alle drei Jahre');
  });

  it('a sentence that leans on the one before ("Er kostet …") is read with it', async () => {
    const { ask } = folder();
    const result = await ask('Was kostet der Jahresparkausweis?');
    expect(result.found).toBe(true);
    expect(result.citations[0].source).toBe('parkausweis.md');
    expect(result.citations[0].snippet).toContain('120 Euro');
  });

  it('a number question whose heaviest noun the passage misses is not answered by a figure of a neighbouring topic', async () => {
    const { retriever } = folder();
    const hits = await retriever.search('Wie viele Monate gilt die Ladekarte für Dienstfahrräder?', 3);
    expect(hits.filter((h) => h.relevant)).toEqual([]);
    const asked = await retriever.search('Für wie viele Monate werden Stellplätze für Dienstfahrräder vergeben?', 3);
    expect(asked.find((h) => h.relevant)?.chunk.source).toBe('fahrraeder.md');
  });

  it('the same rule holds for live passages (SharePoint, Outlook)', () => {
    const passages = [
      { title: 'Poststelle', sectionPath: [], text: FOLDER['poststelle.md'] },
      { title: 'Parkausweis', sectionPath: [], text: FOLDER['parkausweis.md'] },
    ];
    const [training] = withRelevance('Wie viele Stunden dauert das Brandschutztraining?', passages);
    expect(training.relevant).toBe(false);
    const [, parking] = withRelevance('Was kostet der Jahresparkausweis?', passages);
    expect(parking.relevant).toBe(true);
  });
});
