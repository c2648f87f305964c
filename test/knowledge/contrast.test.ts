/**
 * The cases a question asks for (contrast.ts): one side of a contrast named, the other not; a
 * sentence that names only the other side states the neighbouring case. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { askedCases, statesOtherCase } from '../../src/knowledge/contrast.js';

describe('cases a question asks for', () => {
  it('a question with an interrogative that names one side of a contrast asks for that case', () => {
    for (const q of ['Wie viele halbe Urlaubstage kann ich nehmen?', 'Wie lange darf die Leihfrist höchstens sein?', 'Was kostet die erweiterte Führungszeugnisauskunft?', 'Welche Pauschale gilt für Teilzeitkräfte?', 'Wie hoch ist das Tagegeld bei einer Auslandsdienstreise?', 'Ab wann frühestens kann ich den Antrag stellen?']) {
      expect(askedCases(q), q).toHaveLength(1);
    }
  });

  it('no case: a yes/no question, a question naming both sides, a question naming none', () => {
    for (const q of ['Gilt die Regel auch für Teilzeitkräfte?', 'Darf ich höchstens drei Tage am Stück nehmen?', 'Wie viele Stunden arbeiten Teilzeit- und Vollzeitkräfte?', 'Wie beantrage ich einen Dienstausweis?', 'Wie geht das einfach online?']) {
      expect(askedCases(q), q).toEqual([]);
    }
  });

  it('a sentence naming only the other side states the other case; one naming the asked side, or both, does not', () => {
    const half = askedCases('Wie viele halbe Urlaubstage kann ich nehmen?');
    expect(statesOtherCase(half, 'Urlaub wird in ganzen Tagen gewährt.')).toBe(true);
    expect(statesOtherCase(half, 'Bis zu sechs halbe Urlaubstage sind möglich.')).toBe(false);
    expect(statesOtherCase(half, 'Ganze und halbe Tage werden gleich beantragt.')).toBe(false);
    expect(statesOtherCase(half, 'Urlaub wird im Portal beantragt.')).toBe(false);
    const upper = askedCases('Wie lange darf die Leihfrist höchstens sein?');
    expect(statesOtherCase(upper, 'Die Leihfrist beträgt mindestens zwei Wochen.')).toBe(true);
    expect(statesOtherCase(upper, 'Die Leihfrist beträgt maximal vier Wochen.')).toBe(false);
    const abroad = askedCases('Wie hoch ist das Tagegeld bei einer Auslandsdienstreise?');
    expect(statesOtherCase(abroad, 'Bei Inlandsdienstreisen beträgt das Tagegeld 14 Euro.')).toBe(true);
    expect(statesOtherCase(abroad, 'Für Reisen ins Ausland gelten die Sätze des Bundes.')).toBe(false);
    expect(statesOtherCase(abroad, 'Das Tagegeld richtet sich nach dem Reisekostenrecht von Nordrhein-Westfalen und Rheinland-Pfalz.')).toBe(false);
    const weekend = askedCases('Wann ist die Bücherei samstags geöffnet?');
    expect(statesOtherCase(weekend, 'Die Bücherei öffnet montags bis freitags von 10 bis 18 Uhr.')).toBe(true);
    expect(statesOtherCase(weekend, 'Die Bücherei öffnet dienstags bis samstags ab 10 Uhr.')).toBe(false);
    const grandmother = askedCases('Wie viele Tage Sonderurlaub gibt es bei der Hochzeit der Schwester?');
    expect(statesOtherCase(grandmother, 'Bei der Eheschließung eines Kindes gibt es einen Tag Sonderurlaub.')).toBe(true);
    expect(statesOtherCase(grandmother, 'Bei der Hochzeit von Geschwistern gibt es einen Tag.')).toBe(false);
    expect(statesOtherCase(askedCases('Wie viele Tage frei bei Krankheit der Großmutter?'), 'Bei Krankheit der Mutter oder des Vaters bis zu vier Tage.')).toBe(true);
    expect(statesOtherCase(askedCases('Wie viele Tage frei bei Krankheit der Mutter?'), 'Bei Krankheit der Großmutter bis zu zwei Tage, der Mutter bis zu vier Tage.')).toBe(false);
    const notice = askedCases('Welche Frist gilt für eine außerordentliche Kündigung des Pachtvertrags?');
    expect(statesOtherCase(notice, 'Die ordentliche Kündigung ist mit drei Monaten Frist zum Jahresende möglich.')).toBe(true);
  });
});
