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
});
