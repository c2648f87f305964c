/**
 * A search yields to other turns between the quote checks of its hits (retriever.ts, time
 * slices): the results are the same whether it yields after every hit or never, and work queued
 * by another turn runs while the search is under way instead of after it.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { markdownToBlocks } from '../../src/knowledge/parsers/markdown.js';
import { createRetriever } from '../../src/knowledge/retriever.js';

const documents = Array.from({ length: 12 }, (_, i) => ({
  source: `satzung-${i}.md`,
  doc: {
    title: `Satzung ${i}`,
    blocks: markdownToBlocks([`# Satzung ${i}`, '', `## § ${i + 1} Gebühren`, '', `Die Gebühr für die Nutzung der Halle ${i} beträgt ${10 + i} Euro je Stunde. Vereine zahlen die Hälfte.`, '', '## Antrag', '', `Der Antrag auf Nutzung der Halle ${i} ist zwei Wochen vorher zu stellen.`, ''].join('\n')),
  },
}));
const snapshot = snapshotFromDocuments(documents, (doc, source) => chunkDocument(doc, source));
const question = 'Wie hoch ist die Gebühr für die Nutzung der Halle?';

describe('search time slices', () => {
  it('the same hits whether the search yields after every hit or never', async () => {
    const never = await createRetriever(snapshot, { sliceMs: Infinity }).search(question, 8);
    const always = await createRetriever(snapshot, { sliceMs: 0 }).search(question, 8);
    expect(never.length).toBe(8);
    expect(never.some((h) => h.relevant)).toBe(true);
    expect(always).toEqual(never);
  });

  it('lets queued work run during the search when it yields, and not when it never does', async () => {
    const order = async (sliceMs: number) => {
      const events: string[] = [];
      const search = createRetriever(snapshot, { sliceMs }).search(question, 8).then(() => events.push('search done'));
      setImmediate(() => events.push('other turn'));
      await search;
      await new Promise((r) => setImmediate(r));
      return events;
    };
    expect(await order(0)).toEqual(['other turn', 'search done']);
    expect(await order(Infinity)).toEqual(['search done', 'other turn']);
  });
});
