/** Teams citation limits enforced where the reply is built (pure rendering, no wire). */
import { describe, expect, it } from 'vitest';
import { answerActivity, CITATION_LIMITS, toClientCitations } from '../../src/bot/render/answer-activity.js';
import type { AnswerCitation, BotAnswer } from '../../src/bot/services.js';

const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

function citation(id: number, extra: Partial<AnswerCitation> = {}): AnswerCitation {
  return { id, title: `Dienstanweisung ${id}`, source: `ordner/anweisung-${id}.pdf`, snippet: `Regelung ${id} gilt ab sofort.`, ...extra };
}

describe('citations within Teams limits', () => {
  it('sends at most 20 claims and still lists every source in the text', () => {
    const citations = Array.from({ length: 25 }, (_, i) => citation(i + 1));
    const answer: BotAnswer = { found: true, mode: 'generative', answer: citations.map((c) => `Satz [${c.id}].`).join(' '), citations };
    const activity = answerActivity(answer, 'Quellen', true);
    const entity = (activity.entities ?? [])[0] as unknown as { citation: { position: number }[] };
    expect(entity.citation).toHaveLength(CITATION_LIMITS.perMessage);
    expect(entity.citation.map((c) => c.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(activity.text).toContain('[25] Dienstanweisung 25');
  });

  it('clips name, abstract and keywords, and shows author, date and page instead of internal markers', () => {
    const [claim] = toClientCitations([
      citation(1, {
        title: long('Verwaltungsvorschrift', 8),
        snippet: long('Antragsunterlagen', 20),
        source: 'https://contoso.sharepoint.com/sites/rat/Dokumente/vorschrift.docx',
        meta: { visibility: 'shared', lastModified: '2026-03-04T10:00:00Z', lastModifiedBy: 'Bernhard Maximilian Keller-Oberdorf', page: '12' },
      }),
    ]);
    expect(claim.appearance.name.length).toBeLessThanOrEqual(CITATION_LIMITS.name);
    expect(claim.appearance.name.endsWith('…')).toBe(true);
    expect(claim.appearance.abstract.length).toBeLessThanOrEqual(CITATION_LIMITS.abstract);
    expect(claim.appearance.keywords).toEqual(['Bernhard Maximilian Keller-…', '04.03.2026', 'S. 12']);
    for (const k of claim.appearance.keywords ?? []) expect(k.length).toBeLessThanOrEqual(CITATION_LIMITS.keyword);
    expect(claim.appearance.url).toBe('https://contoso.sharepoint.com/sites/rat/Dokumente/vorschrift.docx');
  });

  it('gives a mail its sender and date as keywords, never its visibility marker', () => {
    const [claim] = toClientCitations([citation(1, { meta: { subject: 'Haushaltssperre', visibility: 'private', from: 'Kämmerei <kaemmerei@krefeld.de>', date: '2026-02-01T08:00:00Z' } })]);
    expect(claim.appearance.keywords).toEqual(['Kämmerei <kaemmerei@krefeld…', '01.02.2026']);
    expect(JSON.stringify(claim)).not.toContain('private');
  });
});
