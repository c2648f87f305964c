/**
 * Typo tolerance for question words the index does not know: the closest word of the index
 * vocabulary by optimal-string-alignment distance (insert, delete, substitute, swap two
 * neighbours), bounded by word length. Pure.
 */

/** Longest distance allowed for a word of this length (none for short words, where a typo is another word). */
export function maxTypoDistance(length: number): number {
  if (length < 5) return 0;
  if (length < 9) return 1;
  return 2;
}

const buckets = new WeakMap<readonly string[], Map<number, string[]>>();

function byLength(terms: readonly string[]): Map<number, string[]> {
  let map = buckets.get(terms);
  if (!map) {
    map = new Map();
    for (const t of terms) {
      if (/\d/.test(t)) continue;
      const list = map.get(t.length) ?? [];
      list.push(t);
      map.set(t.length, list);
    }
    buckets.set(terms, map);
  }
  return map;
}

/**
 * The vocabulary word closest to `word` within the length bound (and `limit`), the most frequent
 * one on a tie (`frequency`, e.g. document frequency); undefined when none is close enough.
 */
export function correctTypo(word: string, terms: readonly string[], frequency: (term: string) => number, limit = Infinity): string | undefined {
  const max = Math.min(limit, maxTypoDistance(word.length));
  if (!max) return undefined;
  const map = byLength(terms);
  let best: string | undefined;
  let bestDistance = max + 1;
  let bestFrequency = -1;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const t of map.get(len) ?? []) {
      // Typos rarely touch the first letter; requiring it keeps the search fast and the result plausible.
      if (t.charCodeAt(0) !== word.charCodeAt(0)) continue;
      const d = osaDistance(word, t, Math.min(max, bestDistance));
      if (d > max) continue;
      if (d < bestDistance || (d === bestDistance && frequency(t) > bestFrequency)) {
        best = t;
        bestDistance = d;
        bestFrequency = frequency(t);
      }
    }
  }
  return best;
}

/** Three rows of the distance table, reused by every call (the typo search runs it for many words per question). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance, giving up (returning bound + 1) once it exceeds `bound`. */
export function osaDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const n = b.length;
  if (rows[0].length < n + 1) rows = [new Int32Array(2 * (n + 1)), new Int32Array(2 * (n + 1)), new Int32Array(2 * (n + 1))];
  // Row i - 2 is read only from i = 2 on, and every cell of the current row is written before it is read.
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[n];
}
