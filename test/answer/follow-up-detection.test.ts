import { describe, expect, it } from 'vitest';
import { looksLikeFollowUp } from '../../src/knowledge/answer/retrieval-query.js';

describe('follow-up detection: only questions that refer back', () => {
  it('short standalone questions that name their subject are not follow-ups', () => {
    for (const q of ['Wer genehmigt Auslandsdienstreisen?', 'Kantine Öffnungszeiten?', 'Wo beantrage ich das Jobticket?', 'Wie lange gilt der Personalausweis?', 'Fahrtkosten Fortbildung?']) {
      expect(looksLikeFollowUp(q), q).toBe(false);
    }
  });

  it('questions that point back to the previous turn are follow-ups', () => {
    for (const q of ['Und wer genehmigt das?', 'Wer genehmigt das?', 'Gibt es dafür ein Formular?', 'Wie lange dauert es?', 'Aber im Ausland?', 'And who approves it?', 'Was kostet dort das Parken?']) {
      expect(looksLikeFollowUp(q), q).toBe(true);
    }
  });
});
