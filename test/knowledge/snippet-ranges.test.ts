import { describe, expect, it } from 'vitest';
import { quoteFundstelle, statedRanges } from '../../src/knowledge/snippet.js';

// Sentences written for these tests (a fictitious Friedhofs- and Musikschulordnung), not taken from bench fixtures.
const tiers = [
  'Über die Stundung von Forderungen entscheiden:',
  '- bis 5.000 Euro die Sachbearbeitung,',
  '- über 5.000 Euro bis 40.000 Euro die Abteilungsleitung,',
  '- über 40.000 Euro der Finanzausschuss.',
].join('\n');

describe('statedRanges', () => {
  it('reads single bounds and a lower bound followed by an upper one as one range', () => {
    expect(statedRanges('über 5.000 Euro bis 40.000 Euro die Abteilungsleitung')).toEqual([{ low: 5000, lowIncluded: false, high: 40000, highIncluded: true }]);
    expect(statedRanges('ab 18 Jahren')).toEqual([{ low: 18, lowIncluded: true, high: Infinity, highIncluded: false }]);
    expect(statedRanges('unter 18 Jahren')).toEqual([{ low: -Infinity, lowIncluded: false, high: 18, highIncluded: false }]);
  });

  it('a date is no bound ("ab 01.04.2026")', () => {
    expect(statedRanges('Die Regel gilt ab 01.04.2026 für alle Anträge.')).toEqual([]);
  });
});

describe('quoteFundstelle: the amount the question names', () => {
  it('quotes the tier whose range holds the amount, not the one that names it only as the bound it excludes', () => {
    expect(quoteFundstelle(tiers, 'Wer entscheidet über eine Stundung von 12.000 Euro?', 80).text).toContain('bis 40.000 Euro die Abteilungsleitung');
    expect(quoteFundstelle(tiers, 'Wer entscheidet über Stundungen bis 5.000 Euro?', 60).text).toContain('bis 5.000 Euro die Sachbearbeitung');
    expect(quoteFundstelle(tiers, 'Wer entscheidet über eine Stundung von 90.000 Euro?', 60).text).toContain('der Finanzausschuss');
  });

  it('a range the question states with both bounds matches the same range', () => {
    expect(quoteFundstelle(tiers, 'Wer entscheidet bei Stundungen über 5.000 bis 40.000 Euro?', 70).text).toContain('die Abteilungsleitung');
  });

  it('an age falls into the stated age group', () => {
    const fees = 'Der Unterricht kostet 30 Euro im Monat für Schülerinnen und Schüler unter 18 Jahren. Für Erwachsene ab 18 Jahren beträgt die Gebühr für den Unterricht 45 Euro im Monat.';
    expect(quoteFundstelle(fees, 'Was kostet der Unterricht für meine Frau, sie ist 35?', 80).text).toContain('45 Euro');
    expect(quoteFundstelle(fees, 'Was kostet der Unterricht für meinen Sohn, er ist 12?', 80).text).toContain('30 Euro');
  });

  it('a number matches itself, not a longer number that ends in it', () => {
    const text = 'Die Kaution für den Saal beträgt 1.500 Euro. Für den Festplatz werden 500 Euro Kaution verlangt.';
    expect(quoteFundstelle(text, 'Wofür sind 500 Euro Kaution zu zahlen?', 60).text).toContain('Festplatz');
  });
});

describe('quoteFundstelle: what "kostet" asks for', () => {
  it('a sentence stating the fee in other words ("Die Gebühr … beträgt") counts as much as one with "kostet"', () => {
    const text = '(1) Die Gebühr für ein Nutzungsrecht an einem Urnengrab beträgt 600,00 Euro für 20 Jahre. (2) Die Umbettung erfolgt nur auf Antrag. (3) Ein Grabschmuck aus Kunststoff kostet 15,00 Euro Entsorgungsgebühr.';
    expect(quoteFundstelle(text, 'Was kostet ein Urnengrab?', 100).text).toContain('600,00 Euro');
  });
});

describe('quoteFundstelle: the rest of the paragraph', () => {
  it('keeps the following sentences of the same paragraph when there is room', () => {
    const text =
      '(1) Nach drei falschen PIN-Eingaben hintereinander wird die Zugangskarte für alle Türen des Verwaltungsgebäudes gesperrt. Die Sperre hebt der Pfortendienst nach Vorlage des Dienstausweises auf. Das dauert wenige Minuten.\n(2) Für Besucher gibt es Tagesausweise an der Pforte.';
    const quote = quoteFundstelle(text, 'Meine Zugangskarte ist nach der PIN-Eingabe gesperrt – was nun?', 300).text;
    expect(quote).toContain('Pfortendienst');
    expect(quote).toContain('wenige Minuten');
    expect(quote).not.toContain('Tagesausweise');
  });

  it('stops at a new numbered paragraph on the same line and at the length limit', () => {
    const text = '(1) Die Zugangskarte wird nach drei falschen PIN-Eingaben hintereinander für alle Türen des Gebäudes gesperrt. (2) Für Besucher gibt es Tagesausweise an der Pforte.';
    expect(quoteFundstelle(text, 'Wann wird die Zugangskarte gesperrt?', 300).text).not.toContain('Besucher');
    const long = 'Die Zugangskarte wird nach drei falschen PIN-Eingaben hintereinander für alle Türen des Gebäudes gesperrt. ' + 'Weitere Hinweise stehen im Intranet unter Sicherheit und Zutritt. '.repeat(3);
    expect(quoteFundstelle(long, 'Wann wird die Zugangskarte gesperrt?', 140).text.length).toBeLessThanOrEqual(146);
  });
});

describe('quoteFundstelle: a table row under its header', () => {
  const table = [
    'Für Plakate im Straßenraum gelten diese Fristen:',
    'Anzahl der Plakate | Antrag spätestens | Gebühr',
    'bis 20 | eine Woche vorher | 25 Euro',
    'über 20 bis 100 | drei Wochen vorher | 60 Euro',
    'über 100 | sechs Wochen vorher | 150 Euro',
  ].join('\n');

  it('quotes the header with the row whose range holds the number, so the row reads with its column names', () => {
    const quote = quoteFundstelle(table, 'Wir wollen 50 Plakate aufhängen, wann muss der Antrag da sein?', 200).text;
    expect(quote).toContain('Anzahl der Plakate | Antrag spätestens');
    expect(quote).toContain('über 20 bis 100 | drei Wochen vorher');
  });

  it('without room for the header the row alone is quoted', () => {
    const quote = quoteFundstelle(table, 'Wir wollen 150 Plakate aufhängen, wann muss der Antrag da sein?', 60).text;
    expect(quote).toContain('über 100 | sechs Wochen vorher');
    expect(quote).not.toContain('Anzahl der Plakate');
  });
});

describe('quoteFundstelle: marks', () => {
  it('"kostet" marks the fee words, not the currency of the amount', () => {
    const text = 'Die Gebühr für einen Anwohnerparkausweis beträgt 30,60 Euro im Jahr.';
    const f = quoteFundstelle(text, 'Was kostet ein Anwohnerparkausweis?', 100);
    const marked = f.highlights.map(([s, e]) => f.text.slice(s, e));
    expect(marked).toContain('Gebühr');
    expect(marked).not.toContain('Euro');
  });
});
