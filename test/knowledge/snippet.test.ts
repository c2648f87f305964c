import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../src/knowledge/snippet.js';

const long = 'Einleitung ohne Bezug. '.repeat(20) + 'Die Reisekostenabrechnung ist binnen sechs Monaten einzureichen. ' + 'Weiterer Text folgt hier. '.repeat(20);

describe('makeSnippet', () => {
  it('keeps short texts whole', () => {
    expect(makeSnippet('Kurz und gut.', 'gut')).toBe('Kurz und gut.');
  });

  it('starts at the sentence with the first matching word, also inside a compound', () => {
    const s = makeSnippet(long, 'Reisekosten abrechnen', 120);
    expect(s.startsWith('… Die Reisekostenabrechnung ist binnen sechs Monaten')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(126);
    expect(s.endsWith(' …')).toBe(true);
  });
});
