import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/knowledge/chunking.js';
import type { RetrievalHit } from '../../src/knowledge/retriever.js';
import { buildReferenceLookup, referencesIn, rerankRisHits } from '../../src/oparl/reference-lookup.js';

const chunk = (source: string, reference: string | undefined, oparl: string, extra: Record<string, string> = {}): Chunk => ({
  id: `${source}#0`, source, title: source, sectionPath: [], text: 'Text', meta: { web: source, from: 'Rat', oparl, ...(reference ? { reference } : {}), ...extra },
});
const hit = (c: Chunk, score: number, relevant = true): RetrievalHit => ({ chunk: c, score, coverage: relevant ? 0.8 : 0.2, relevant });

describe('references in questions', () => {
  it('reads the usual ways of writing a Drucksache and leaves spans of years alone', () => {
    expect(referencesIn('Was steht in der Vorlage 2025/0318?')).toEqual(['2025/0318']);
    expect(referencesIn('Ergänzung 412/25 B zur Bezirksvertretung')).toEqual(['412/25B']);
    expect(referencesIn('Beschlussvorlage DS/2024/117 und Antrag B 4/2026')).toEqual(['DS/2024/117', 'B4/2026']);
    expect(referencesIn('Was kostete der Winterdienst 2024/2025 und die Saison 2025/26?')).toEqual([]);
  });
});

describe('rerankRisHits', () => {
  const p1 = chunk('vorlage/1', '412/25', 'Paper');
  const p2 = chunk('vorlage/2', '412/25 B', 'Paper');
  const top = chunk('top/9', '412/25 B', 'AgendaItem');
  const other = chunk('vorlage/3', '2025/0001', 'Paper');
  const secret = chunk('top/10', undefined, 'AgendaItem', { nonPublic: 'true' });
  const lookup = buildReferenceLookup([p1, p2, top, other, secret]);

  it('puts the exact Drucksache and its TOPs first, not its look-alike', () => {
    const ranked = [hit(p1, 9), hit(other, 5), hit(top, 2, false)];
    const out = rerankRisHits('Was wurde aus 412/25 B?', ranked, lookup);
    expect(out.map((h) => h.chunk.source)).toEqual(['vorlage/2', 'top/9', 'vorlage/1', 'vorlage/3']);
    expect(out.slice(0, 2).every((h) => h.relevant)).toBe(true);
    expect(out[0].score).toBeGreaterThan(out[1].score);
    expect(out[1].score).toBeGreaterThan(out[2].score);
  });

  it('answers nothing for a Drucksache the RIS does not have, however many words the hits share', () => {
    const out = rerankRisHits('Worum geht es im Antrag C 9/2031?', [hit(p1, 9), hit(other, 5)], lookup);
    expect(out.map((h) => h.relevant)).toEqual([false, false]);
  });

  it('finds nothing when the question is about a non-public TOP, but answers when a public passage matches more', () => {
    const sameMeeting = chunk('top/11', undefined, 'AgendaItem');
    const about = rerankRisHits('Wem wurde in der Grundstücksangelegenheit am 10.03.2026 der Zuschlag erteilt?', [{ ...hit(secret, 9), coverage: 0.7 }, { ...hit(sameMeeting, 4), coverage: 0.5 }], lookup);
    expect(about.map((h) => h.relevant)).toEqual([false, false]);
    const publicWins = rerankRisHits('Was wurde am 10.03.2026 zur Turnhalle beschlossen?', [{ ...hit(secret, 9), coverage: 0.5 }, { ...hit(sameMeeting, 4), coverage: 0.8 }], lookup);
    expect(publicWins.find((h) => h.chunk.source === 'top/11')?.relevant).toBe(true);
  });

  it('never lets a non-public TOP count as an answer', () => {
    const out = rerankRisHits('Wer bekam den Zuschlag in der Grundstücksangelegenheit?', [hit(secret, 9), { ...hit(other, 3), coverage: 0.9 }], lookup);
    expect(out.find((h) => h.chunk.source === 'top/10')?.relevant).toBe(false);
    expect(out.find((h) => h.chunk.source === 'vorlage/3')?.relevant).toBe(true);
  });
});
