import { describe, expect, it } from 'vitest';
import { makeSnippet, quoteFundstelle, quoteFundstellen } from '../../src/knowledge/snippet.js';

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

  it('the chat quote and the short abstract are cut from the same best sentence', () => {
    const text =
      'Die Stadtbücherei ist montags geschlossen. Ausweise stellt die Theke im Erdgeschoss aus. Die Ausleihfrist für Bücher beträgt vier Wochen und kann zweimal verlängert werden, sofern keine Vormerkung vorliegt. Zeitschriften werden nicht verliehen.';
    const [quote, abstract] = quoteFundstellen(text, 'Wie lange darf ich ein Buch ausleihen?', [420, 60]);
    expect(quote.text).toContain('Ausleihfrist für Bücher beträgt vier Wochen');
    expect(abstract.text).toContain('Ausleihfrist');
    expect(abstract.text.length).toBeLessThanOrEqual(66);
    expect([quote, abstract]).toEqual([quoteFundstelle(text, 'Wie lange darf ich ein Buch ausleihen?', 420), quoteFundstelle(text, 'Wie lange darf ich ein Buch ausleihen?', 60)]);
  });

  it('a passage quoted for one question is quoted for the next as if seen for the first time', () => {
    const text =
      'Anträge auf Sonderurlaub reicht die Beschäftigte bei der Personalabteilung ein. Für einen Umzug gibt es einen Tag Sonderurlaub. Die Personalabteilung entscheidet binnen einer Woche.';
    const first = quoteFundstelle(text, 'Wo reiche ich den Sonderurlaub ein?', 80);
    const second = quoteFundstelle(text, 'Wie viele Tage gibt es für den Umzug?', 80);
    // The same text with a trailing space flattens alike but is analysed afresh.
    expect(second).toEqual(quoteFundstelle(`${text} `, 'Wie viele Tage gibt es für den Umzug?', 80));
    expect(second.text).toContain('Umzug gibt es einen Tag');
    expect(quoteFundstelle(text, 'Wo reiche ich den Sonderurlaub ein?', 80)).toEqual(first);
  });
});
