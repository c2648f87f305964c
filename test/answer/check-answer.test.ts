import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/knowledge/answer/check-answer.js';
import { createStreamGuard } from '../../src/knowledge/answer/stream-guard.js';
import { passage } from '../fakes/fake-source.js';

const passages = [
  passage('reise', 'Die Reisekosten sind innerhalb von sechs Monaten abzurechnen.', { source: 'https://intranet.example/dienstreisen', title: 'Dienstreisen' }),
  passage('urlaub', 'Urlaub beantragen Sie bei Ihrer Führungskraft. Fragen an personalamt@stadt.example.', { source: 'urlaub.md' }),
  passage('vergabe', 'Ab 1.000 Euro sind drei Angebote einzuholen.', { source: 'beschaffung.md' }),
];

describe('checkAnswer (every [n] points to a passage retrieved for this user)', () => {
  it('renumbers citations in order of first use and lists only used passages', () => {
    const out = checkAnswer('Drei Angebote ab 1.000 Euro [3]. Reisekosten binnen sechs Monaten [1]. Siehe auch [3].', passages);
    expect(out.text).toBe('Drei Angebote ab 1.000 Euro [1]. Reisekosten binnen sechs Monaten [2]. Siehe auch [1].');
    expect(out.used.map((p) => p.id)).toEqual(['vergabe', 'reise']);
  });

  it('drops citation numbers that were not retrieved', () => {
    const out = checkAnswer('Laut Dienstanweisung gilt das [7]. Die Frist: sechs Monate [1][9].', passages);
    // The sentence that cited only [7] has no valid citation left, so it goes as well.
    expect(out.text).toBe('Die Frist: sechs Monate [1].');
    expect(out.droppedSentences).toEqual(['uncited']);
    expect(out.droppedCitations).toEqual([7, 9]);
    expect(out.used.map((p) => p.id)).toEqual(['reise']);
  });

  it('accepts the citation styles of smaller models', () => {
    // [1] does not hold "drei", so of "Quelle 3 und 1" only the passage that supports the sentence stays.
    expect(checkAnswer('Sechs Monate [Dokument 1]. Drei Angebote [Quelle 3 und 1].', passages).text).toBe('Sechs Monate [1]. Drei Angebote [2].');
  });

  it('splits lists like [1, 3] and removes duplicates', () => {
    expect(checkAnswer('Beides [3, 1, 3, 12].', passages).text).toBe('Beides [1][2].');
  });

  it('keeps links to the sources own URLs and removes all others', () => {
    const out = checkAnswer(
      'Details: https://intranet.example/dienstreisen [1]. Formular unter [hier](https://evil.example/phish) oder www.evil.example/x und <https://evil.example/y>.',
      passages,
    );
    expect(out.text).toContain('https://intranet.example/dienstreisen');
    expect(out.text).not.toMatch(/evil/);
    expect(out.droppedLinks).toHaveLength(3);
    // A sentence that pointed to a foreign link goes as a whole, citation or not.
    const cited = checkAnswer('Das Formular finden Sie [hier](https://evil.example/phish) [1]. Sechs Monate [1].', passages);
    expect(cited.text).toBe('Sechs Monate [1].');
    expect(cited.droppedSentences).toEqual(['foreignLink']);
  });

  it('keeps e-mail addresses that occur in a passage, removes invented ones', () => {
    const out = checkAnswer('Schreiben Sie an personalamt@stadt.example [2]. Oder an chef@evil.example [2].', passages);
    expect(out.text).toBe('Schreiben Sie an personalamt@stadt.example [1].');
    expect(out.droppedLinks).toEqual(['chef@evil.example']);
  });

  it('finds no valid citation in an answer that cites nothing retrieved', () => {
    expect(checkAnswer('Das ist so geregelt [4].', passages).used).toEqual([]);
    expect(checkAnswer('Das ist so geregelt.', passages).used).toEqual([]);
  });
});

describe('createStreamGuard', () => {
  it('never shows an invented citation or foreign link, and ends with the checked answer', () => {
    const raw = 'Die Frist beträgt sechs Monate [1]. Mehr unter https://evil.example/x [7]. Ende [3].';
    const shown: string[] = [];
    const guard = createStreamGuard(passages, (d) => shown.push(d));
    for (let i = 0; i < raw.length; i += 3) guard.push(raw.slice(i, i + 3));
    const final = checkAnswer(raw, passages).text;
    guard.finish(final);
    const preview = shown.join('');
    expect(preview).toBe(final);
    for (let i = 1; i <= shown.length; i++) {
      const partial = shown.slice(0, i).join('');
      expect(partial).not.toContain('evil');
      expect(partial).not.toContain('[7]');
    }
  });

  it('shows a statement only once a valid citation backs it', () => {
    const shown: string[] = [];
    const guard = createStreamGuard(passages, (d) => shown.push(d));
    for (const d of ['Die Frist ', 'ist abgeschafft ', 'und gilt nicht mehr. ']) guard.push(d);
    expect(shown.join('')).toBe('');
    for (const d of ['Regulär sechs ', 'Monate [1]. ', 'Dazu mehr ']) guard.push(d);
    // The uncited statement before it is never shown at all.
    expect(shown.join('')).toBe('Regulär sechs Monate [1]');
  });

  it('does not show the not-found marker', () => {
    const shown: string[] = [];
    const guard = createStreamGuard(passages, (d) => shown.push(d));
    for (const d of ['NICHT', '_GEF', 'UNDEN']) guard.push(d);
    expect(shown.join('')).toBe('');
  });
});
