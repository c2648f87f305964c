import { describe, expect, it } from 'vitest';
import { makeSnippet, quoteFundstelle } from '../../src/knowledge/snippet.js';

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

describe('quoteFundstelle: the sentence that answers', () => {
  it('a compound question word: the sentence with its rarer part wins, not the first one naming the common part', () => {
    const text =
      'Das Ordnungsamt ist für Gaststätten zuständig. Das Ordnungsamt erteilt Erlaubnisse für Straßenfeste. Die Öffnungszeiten richten sich nach dem Aushang am Eingang. Beim Ordnungsamt arbeiten Fachkräfte aller Laufbahnen.';
    expect(quoteFundstelle(text, 'Wo stehen die Ordnungsamtsöffnungszeiten?', 80).text).toContain('Aushang am Eingang');
  });

  it('"wie lange" prefers the sentence with a duration, also in words, and a paragraph number is no duration', () => {
    const text = '(1) Den Antrag auf Parkerlaubnis stellt die Dienststelle schriftlich. (2) Die Parkerlaubnis gilt ein Jahr und wird auf Antrag verlängert.';
    expect(quoteFundstelle(text, 'Wie lange gilt die Parkerlaubnis?', 80).text).toMatch(/^… \(2\) Die Parkerlaubnis gilt ein Jahr/);
  });
});
