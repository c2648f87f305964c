/**
 * The answer threshold is judged only where it is applied: extractive answers and `rathaus search`
 * need `relevant`, a generated answer (the model decides, NICHT_GEFUNDEN) does not, and there the
 * costly quote check behind it is skipped. Folder written for this test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer/answer-question.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { markdownToBlocks } from '../../src/knowledge/parsers/markdown.js';
import { createRetriever } from '../../src/knowledge/retriever.js';
import { createIndexedSearchSource, createLocalFolderSource } from '../../src/knowledge/sources/local-folder-source.js';
import type { KnowledgeSource, Query, SourceResult } from '../../src/knowledge/types.js';
import { FakeChatModel } from '../fakes/fake-chat-model.js';

const user = { userId: 'u1', locale: 'de' as const };

const docs = {
  'fundsachen.md': ['# Fundsachen', '', '## Abgabe', '', 'Fundsachen werden im Bürgerbüro im Erdgeschoss abgegeben.', '', '## Aufbewahrung', '', 'Das Fundbüro bewahrt Fundsachen sechs Monate auf; danach gehen sie an den Finder.', ''].join('\n'),
  'hundesteuer.md': ['# Hundesteuer', '', '## Höhe', '', 'Die Hundesteuer beträgt für den ersten Hund 96 Euro im Jahr.', '', '## Anmeldung', '', 'Ein Hund ist binnen zwei Wochen beim Steueramt anzumelden.', ''].join('\n'),
  'parken.md': ['# Bewohnerparken', '', '## Ausweis', '', 'Den Bewohnerparkausweis stellt das Bürgerbüro gegen eine Gebühr von 30 Euro aus.', ''].join('\n'),
};

function retriever() {
  const snapshot = snapshotFromDocuments(
    Object.entries(docs).map(([source, text]) => ({ source, doc: { title: text.split('\n')[0].slice(2), blocks: markdownToBlocks(text) } })),
    (doc, source) => chunkDocument(doc, source),
  );
  return createRetriever(snapshot);
}

/** A real source that records what it was asked and what it returned. */
function recording(source: KnowledgeSource): KnowledgeSource & { calls: { query: Query; result: SourceResult }[] } {
  const calls: { query: Query; result: SourceResult }[] = [];
  return {
    id: source.id,
    calls,
    async search(query, u, signal) {
      const result = await source.search(query, u, signal);
      calls.push({ query, result });
      return result;
    },
  };
}

describe('search without judging the answer threshold', () => {
  it('ranks exactly as the judging search, and leaves `relevant` unset', async () => {
    const r = retriever();
    const question = 'Wie lange bewahrt das Fundbüro Fundsachen auf?';
    const judged = await r.search(question, 5);
    const unjudged = await r.search(question, 5, undefined, [], { judge: false });
    // The judging search decides both ways here: the answering section passes, others do not.
    expect(judged.map((h) => h.relevant)).toContain(true);
    expect(judged.map((h) => h.relevant)).toContain(false);
    expect(unjudged.every((h) => h.relevant === undefined)).toBe(true);
    const strip = (hits: typeof judged) => hits.map(({ relevant: _relevant, ...h }) => h);
    expect(strip(unjudged)).toEqual(strip(judged));
  });

  it('the local source judges unless the query says not to; a source that re-ranks always judges', async () => {
    const local = createLocalFolderSource(retriever());
    const question = { text: 'Was kostet der Bewohnerparkausweis?', top: 3 };
    const judged = await local.search(question, user);
    const unjudged = await local.search({ ...question, judge: false }, user);
    expect(judged.passages.length).toBeGreaterThan(0);
    expect(judged.passages.every((p) => typeof p.relevant === 'boolean')).toBe(true);
    expect(unjudged.passages.map((p) => p.id)).toEqual(judged.passages.map((p) => p.id));
    expect(unjudged.passages.every((p) => !('relevant' in p))).toBe(true);
    const reranking = createIndexedSearchSource('local', retriever(), { rerank: (_q, ranked) => ranked });
    const reranked = await reranking.search({ ...question, judge: false }, user);
    expect(reranked.passages.every((p) => typeof p.relevant === 'boolean')).toBe(true);
  });

  it('a generated answer asks the sources not to judge; an extractive one has them judge and applies the threshold', async () => {
    const question = 'Wie hoch ist die Hundesteuer für den ersten Hund?';
    const generativeSource = recording(createLocalFolderSource(retriever()));
    const model = new FakeChatModel(['Die Hundesteuer beträgt für den ersten Hund 96 Euro im Jahr [1].']);
    const generated = await answerQuestion({ sources: [generativeSource], chatModel: model, redactPii: false })({ question, user });
    expect(generated).toMatchObject({ found: true, mode: 'generative' });
    expect(generated.answer).toContain('96 Euro');
    expect(generated.citations[0]).toMatchObject({ source: 'hundesteuer.md' });
    expect(generativeSource.calls.map((c) => c.query.judge)).toEqual([false]);
    expect(generativeSource.calls[0].result.passages.every((p) => p.relevant === undefined)).toBe(true);

    const extractiveSource = recording(createLocalFolderSource(retriever()));
    const extracted = await answerQuestion({ sources: [extractiveSource], redactPii: false })({ question, user });
    expect(extracted).toMatchObject({ found: true, mode: 'extractive' });
    expect(extractiveSource.calls.map((c) => c.query.judge)).toEqual([undefined]);
    const returned = extractiveSource.calls[0].result.passages;
    expect(returned.every((p) => typeof p.relevant === 'boolean')).toBe(true);
    // Only passages over the threshold are quoted.
    for (const c of extracted.citations) expect(returned.some((p) => p.source === c.source && p.relevant)).toBe(true);
  });
});
