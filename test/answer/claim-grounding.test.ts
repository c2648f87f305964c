/**
 * Claim-level grounding: every generated sentence is backed by the passage it cites — its
 * numbers, amounts, dates, times, paragraph references and form ids occur in that passage.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/knowledge/answer/check-answer.js';
import { extractFacts } from '../../src/knowledge/answer/claim-facts.js';
import { splitSentences } from '../../src/knowledge/answer/sentences.js';
import { passage } from '../fakes/fake-source.js';

const hund = passage('hund', 'Die Hundesteuer beträgt für den ersten Hund 120,00 Euro im Jahr. Die Anmeldung erfolgt binnen zwei Wochen mit dem Vordruck HS-3 (§ 4 Hundesteuersatzung).', { title: 'Hundesteuersatzung', source: 'hundesteuer.pdf' });
const wahl = passage('wahl', 'Der Antrag auf Briefwahl muss bis zum 13. September 2026, 18:00 Uhr, beim Wahlamt eingehen.', { title: 'Briefwahl', source: 'wahl.md' });
const parken = passage('parken', 'Bewohnerparkausweise kosten 30 Euro im Jahr und gelten in der Zone B 12.', { title: 'Parken', source: 'parken.html' });
const passages = [hund, wahl, parken];

describe('sentence split of generated answers', () => {
  it('keeps German abbreviations, ordinals and trailing citations inside their sentence', () => {
    expect(splitSentences('Laut § 4 Abs. 2 gilt z. B. eine Frist bis zum 3. Oktober [1]. Danach ist es zu spät. [2] Fertig [1]!')).toEqual([
      'Laut § 4 Abs. 2 gilt z. B. eine Frist bis zum 3. Oktober [1].',
      'Danach ist es zu spät. [2]',
      'Fertig [1]!',
    ]);
  });
});

describe('facts of a sentence', () => {
  it('normalise amounts, dates, times, paragraphs, form ids and number words', () => {
    expect([...extractFacts('120 € bis 13.09.2026 um 18 Uhr, § 4, Vordruck HS-3, zwei Wochen')].sort()).toEqual(['d:2026-09-13', 'id:hs3', 'n:120', 'n:2', 't:18:00', '§:4'].sort());
    expect(extractFacts('13. September 2026').has('d:2026-09-13')).toBe(true);
    expect(extractFacts('120,00 Euro').has('n:120')).toBe(true);
  });
});

describe('claim-level grounding', () => {
  it('keeps a sentence whose facts its cited passage holds, in other wording', () => {
    const out = checkAnswer('Für den ersten Hund zahlen Sie 120 € jährlich [1]. Anmelden müssen Sie ihn innerhalb von 2 Wochen mit Vordruck HS-3 [1].', passages);
    expect(out.text).toBe('Für den ersten Hund zahlen Sie 120 € jährlich [1]. Anmelden müssen Sie ihn innerhalb von 2 Wochen mit Vordruck HS-3 [1].');
    expect(out.droppedSentences).toEqual([]);
  });

  it('moves the citation to the retrieved passage that holds the facts', () => {
    const out = checkAnswer('Briefwahlanträge müssen bis 13.09.2026 um 18 Uhr vorliegen [3].', passages);
    expect(out.text).toBe('Briefwahlanträge müssen bis 13.09.2026 um 18 Uhr vorliegen [1].');
    expect(out.used.map((p) => p.id)).toEqual(['wahl']);
    expect(out.recited).toBe(1);
  });

  it('drops a sentence whose number no retrieved passage holds, and one without a citation', () => {
    const out = checkAnswer('Der Bewohnerparkausweis kostet 45 Euro [3]. Er gilt in Zone B 12 [3]. Bitte beachten Sie die Hinweise.', passages);
    expect(out.text).toBe('Er gilt in Zone B 12 [1].');
    expect(out.droppedSentences.sort()).toEqual(['uncited', 'unsupported']);
  });

  it('drops a wrong paragraph, date or form id even when other facts match', () => {
    for (const wrong of ['Die Anmeldung erfolgt nach § 5 Hundesteuersatzung [1].', 'Die Anmeldung erfolgt mit Vordruck HS-4 [1].', 'Der Antrag muss bis zum 14. September 2026 eingehen [2].']) {
      expect(checkAnswer(wrong, passages).text).toBe('');
    }
  });

  it('keeps the shape of a list and drops only the unsupported item', () => {
    const out = checkAnswer('Kosten:\n- Hund: 120 Euro [1]\n- Parken: 30 Euro [3]\n- Angeln: 15 Euro [3]', passages);
    expect(out.text).toBe('- Hund: 120 Euro [1]\n- Parken: 30 Euro [2]');
  });
});
