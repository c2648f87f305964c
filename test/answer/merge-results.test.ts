import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../src/knowledge/merge-results.js';
import { passage } from '../fakes/fake-source.js';

describe('mergeResults', () => {
  it('fuses by rank, not raw score: a source with huge BM25 scores does not crowd out another', () => {
    const local = { passages: [passage('l1', 'a', { score: 40 }), passage('l2', 'b', { score: 35 }), passage('l3', 'c', { score: 30 })], failures: [] };
    const sharepoint = { passages: [passage('s1', 'd', { sourceId: 'sharepoint', score: 0.9 }), passage('s2', 'e', { sourceId: 'sharepoint', score: 0.4 })], failures: [] };
    const merged = mergeResults([local, sharepoint], 4);
    expect(merged.passages.map((p) => p.id)).toEqual(['l1', 's1', 'l2', 's2']);
  });

  it('keeps failures, removes duplicates and never adds passages a source did not return', () => {
    const failure = { sourceId: 'outlook' as const, kind: 'throttled' as const, message: '429' };
    const merged = mergeResults([{ passages: [passage('a', 'x'), passage('a', 'x')], failures: [] }, { passages: [], failures: [failure] }], 10);
    expect(merged.passages).toHaveLength(1);
    expect(merged.failures).toEqual([failure]);
  });

  it('sums reciprocal ranks when a passage comes in several lists', () => {
    const first = { passages: [passage('frist', 'a', { score: 9 }), passage('genehmigung', 'b', { score: 8 })], failures: [] };
    const second = { passages: [passage('urlaub', 'c', { score: 5 }), passage('genehmigung', 'b', { score: 4 })], failures: [] };
    expect(mergeResults([first, second], 5).passages.map((p) => p.id)).toEqual(['genehmigung', 'frist', 'urlaub']);
  });
});
