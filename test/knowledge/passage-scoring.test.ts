import { describe, expect, it } from 'vitest';
import { buildKqlQuery, scorePassagesLexically } from '../../src/knowledge/sources/passage-scoring.js';

const p = (text: string, title = '') => ({ title, sectionPath: [], text });

describe('ranking live Graph passages', () => {
  it('ranks a passage with the question’s words (inflected) above one without, which scores 0', () => {
    const [relevant, other] = scorePassagesLexically('Wer genehmigt Ausnahmen von der Haushaltssperre?', [
      p('Ausnahmen von der Haushaltssperre bedürfen der Genehmigung der Kämmerei.'),
      p('Am Freitag gibt es Reibekuchen in der Kantine.'),
    ]);
    expect(relevant).toBeGreaterThan(0);
    expect(other).toBe(0);
  });

  it('counts a title hit extra', () => {
    const [withTitle, without] = scorePassagesLexically('Dienstreisen', [p('Antrag im Portal stellen. Dienstreisen', 'Dienstreisen'), p('Antrag im Portal stellen. Dienstreisen')]);
    expect(withTitle).toBeGreaterThan(without);
  });
});

describe('KQL from a question', () => {
  it('joins content words with OR and drops stop words and quotes', () => {
    expect(buildKqlQuery('Ab wann gilt die "Haushaltssperre"?')).toBe('Haushaltssperre');
    expect(buildKqlQuery('Who approves business trips?')).toBe('approves OR business OR trips');
    expect(buildKqlQuery('und oder?')).toBe('');
  });
});
