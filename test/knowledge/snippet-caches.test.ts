/**
 * The Fundstelle's caches (sentence scores per passage and question, token stems shared between
 * passages) change nothing but speed: a quote is the same whether it is computed fresh, taken
 * from the cache, or computed again after the cache was flooded; an edited passage (the
 * knowledge folder reindexed) is quoted from its new text; and the reused rows of the typo
 * distance give the same distances as a table built for each call.
 */
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/knowledge/analysis/german.js';
import { correctTypo, osaDistance } from '../../src/knowledge/analysis/typo.js';
import { quoteFundstelle, quoteFundstellen } from '../../src/knowledge/snippet.js';

const passage = (amount: string) =>
  `Reisekosten werden nach dem Landesreisekostengesetz erstattet. Die Wegstreckenentschädigung beträgt ${amount} Euro je Kilometer. ` +
  'Der Antrag ist binnen sechs Monaten nach Ende der Dienstreise zu stellen. Dienstreisen mit dem Privatfahrzeug bedürfen der Genehmigung.';

/** Other passages and questions, enough to evict every cached entry of the passage above (the passage analyses keep 4,096). */
function flood(): void {
  for (let i = 0; i < 5000; i++) quoteFundstelle(`Dokument ${i}: Die Frist ${i} beträgt ${i % 30} Tage. Zuständig ist das Amt ${i}.`, `Wie lange dauert die Frist ${i}?`);
}

describe('Fundstelle caches', () => {
  it('a cached quote equals the fresh one, also with match terms and several lengths, and after the caches were flooded', () => {
    const text = passage('0,30');
    const question = 'Wie hoch ist die Kilometerpauschale bei Dienstreisen?';
    const first = quoteFundstellen(text, question, [420, 120, 60], [stem('wegstreckenentschaedigung')]);
    expect(first[0].text).toContain('0,30 Euro je Kilometer');
    expect(first[0].highlights.length).toBeGreaterThan(0);
    expect(quoteFundstellen(text, question, [420, 120, 60], [stem('wegstreckenentschaedigung')])).toEqual(first);
    flood();
    expect(quoteFundstellen(text, question, [420, 120, 60], [stem('wegstreckenentschaedigung')])).toEqual(first);
    // Without the match terms it is another cache entry, not the one above.
    expect(quoteFundstelle(text, question)).toEqual(quoteFundstelle(text, question));
  });

  it('an edited passage is quoted from its new text', () => {
    const question = 'Wie hoch ist die Wegstreckenentschädigung?';
    expect(quoteFundstelle(passage('0,30'), question).text).toContain('0,30 Euro');
    const edited = quoteFundstelle(passage('0,35'), question);
    expect(edited.text).toContain('0,35 Euro');
    expect(edited.text).not.toContain('0,30');
    expect(quoteFundstelle(passage('0,30'), question).text).toContain('0,30 Euro');
  });

  it('marks the question words in a window cut from one long sentence', () => {
    const text = `${'Einleitung ohne Bezug und weitere Worte, '.repeat(15)}die Wegstreckenentschädigung beträgt 0,30 Euro${', und weitere Worte ohne Bezug'.repeat(15)}.`;
    const f = quoteFundstelle(text, 'Wie hoch ist die Wegstreckenentschädigung?', 120);
    expect(f.text.length).toBeLessThan(140);
    const marked = f.highlights.map(([s, e]) => f.text.slice(s, e));
    expect(marked).toContain('Wegstreckenentschädigung');
    expect(quoteFundstelle(text, 'Wie hoch ist die Wegstreckenentschädigung?', 120)).toEqual(f);
  });
});

/** Optimal string alignment distance by its recursive definition (no table, no bound): the oracle. */
function definitionDistance(a: string, b: string): number {
  const memo = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let v = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d(i - 2, j - 2) + 1);
    memo.set(key, v);
    return v;
  };
  return d(a.length, b.length);
}

describe('osaDistance with reused rows', () => {
  it('equals the definition (up to the bound) for every pair, in any order of lengths (rows grown for a long word, then reused)', () => {
    const words = ['', 'a', 'ab', 'ba', 'urlaub', 'urluab', 'urlaubsantrag', 'urlaubsantarg', 'reisekostenabrechnung', 'reisekostenabrechnungen', 'x'.repeat(150), 'x'.repeat(149) + 'y', 'dienstreise', 'dinestreise', 'kilometerpauschale'];
    for (const a of words) for (const b of words) for (const bound of [0, 1, 2, 5]) expect(Math.min(osaDistance(a, b, bound), bound + 1)).toBe(Math.min(definitionDistance(a, b), bound + 1));
  });

  it('still finds the same correction', () => {
    const terms = ['urlaubsantrag', 'urlaubsanspruch', 'dienstreise', 'kilometerpauschale'];
    expect(correctTypo('urlaubsantarg', terms, () => 1)).toBe('urlaubsantrag');
    expect(correctTypo('dinestreise', terms, () => 1)).toBe('dienstreise');
    expect(correctTypo('fahrrad', terms, () => 1)).toBeUndefined();
  });
});
