/**
 * A search shows which documents answer: the first three hits come from different documents, and
 * at most two sections of one document come before the other documents. Folder written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { markdownToBlocks } from '../../src/knowledge/parsers/markdown.js';
import { createRetriever } from '../../src/knowledge/retriever.js';

const satzung = ['# Friedhofssatzung', '', '## § 1 Grabstätten', '', 'Grabstätten werden als Reihengrabstätten vergeben.', '', '## § 2 Grabstätten für Urnen', '', 'Urnengrabstätten werden als Reihengrabstätten vergeben.', '', '## § 3 Ruhezeit der Grabstätten', '', 'Die Ruhezeit der Grabstätten beträgt 20 Jahre.', ''].join('\n');
const gebuehren = ['# Gebührensatzung', '', '## § 4 Gebühren', '', 'Die Gebühr für Grabstätten richtet sich nach dem Gebührenverzeichnis.', ''].join('\n');

describe('one document does not fill the top hits', () => {
  it('the third place goes to another document that matches, the third section of the first one follows', async () => {
    const snapshot = snapshotFromDocuments(
      [
        { source: 'friedhofssatzung.md', doc: { title: 'Friedhofssatzung', blocks: markdownToBlocks(satzung) } },
        { source: 'gebuehrensatzung.md', doc: { title: 'Gebührensatzung', blocks: markdownToBlocks(gebuehren) } },
      ],
      (doc, source) => chunkDocument(doc, source),
    );
    const hits = await createRetriever(snapshot).search('Grabstätten', 4);
    const sources = hits.map((h) => h.chunk.source);
    expect(sources.slice(0, 3).filter((s) => s === 'friedhofssatzung.md')).toHaveLength(2);
    expect(sources.slice(0, 3)).toContain('gebuehrensatzung.md');
    expect(sources[3]).toBe('friedhofssatzung.md');
  });

  it('three documents that match take the first three places, even when one document matches better twice', async () => {
    const hallen = ['# Hallenordnung', '', '## § 1 Nutzung der Sporthallen', '', 'Die Sporthallen stehen Vereinen nach Belegungsplan zur Verfügung; die Sporthallen schließen um 22 Uhr.', '', '## § 2 Reinigung der Sporthallen', '', 'Nach der Nutzung sind die Sporthallen besenrein zu verlassen.', ''].join('\n');
    const entgelte = ['# Entgeltordnung', '', '## § 3 Entgelte', '', 'Für die Nutzung der Sporthallen durch Vereine wird ein Entgelt je Stunde erhoben.', ''].join('\n');
    const zuschuesse = ['# Sportförderrichtlinie', '', '## § 4 Zuschüsse', '', 'Vereine erhalten Zuschüsse zur Nutzung gemeindlicher Sporthallen auf Antrag.', ''].join('\n');
    const snapshot = snapshotFromDocuments(
      [
        { source: 'hallenordnung.md', doc: { title: 'Hallenordnung', blocks: markdownToBlocks(hallen) } },
        { source: 'entgeltordnung.md', doc: { title: 'Entgeltordnung', blocks: markdownToBlocks(entgelte) } },
        { source: 'foerderrichtlinie.md', doc: { title: 'Sportförderrichtlinie', blocks: markdownToBlocks(zuschuesse) } },
      ],
      (doc, source) => chunkDocument(doc, source),
    );
    const sources = (await createRetriever(snapshot).search('Nutzung der Sporthallen', 4)).map((h) => h.chunk.source);
    expect(new Set(sources.slice(0, 3)).size).toBe(3);
    expect(sources[3]).toBe('hallenordnung.md');
  });
});
