/** The ranking pool of LexicalIndex.search: the best k chunks without sorting all, the same as sorting all. */
import { describe, expect, it } from 'vitest';
import { bestChunks } from '../../src/knowledge/index/lexical-index.js';

function sortedPrefix(chunks: number[], scores: ArrayLike<number>, k: number): number[] {
  return [...chunks].sort((a, b) => scores[b] - scores[a] || a - b).slice(0, k);
}

describe('bestChunks', () => {
  it('equals the sorted prefix, ties to the lower chunk, for random scores with many ties', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rnd() * 300);
      const scores = Float64Array.from({ length: n }, () => (rnd() < 0.3 ? 1 : Math.round(rnd() * 20) / 4));
      const chunks = Array.from({ length: n }, (_, i) => i).sort(() => rnd() - 0.5);
      for (const k of [1, 5, 50, n, n + 3]) expect(bestChunks(chunks, scores, k)).toEqual(sortedPrefix(chunks, scores, k));
    }
  });

  it('a reused scratch array: only the first `count` chunks are ranked, whatever follows them', () => {
    const scores = Float64Array.from([0.5, 3, 1, 9, 2]);
    // Chunk 3 (the best score) stands after the count: left over from an earlier search.
    const scratch = Int32Array.from([0, 2, 4, 3]);
    expect(bestChunks(scratch, scores, 2, 3)).toEqual([4, 2]);
    expect(bestChunks(scratch, scores, 2)).toEqual([3, 4]);
  });

  it('nothing touched: nothing ranked', () => {
    expect(bestChunks([], new Float64Array(3), 50)).toEqual([]);
  });
});
