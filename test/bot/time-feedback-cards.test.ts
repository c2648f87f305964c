/** The buttons that let staff report time saved, and the counts a minutes draft leaves for the report. */
import { describe, expect, it } from 'vitest';
import { answerActivity } from '../../src/bot/render/answer-activity.js';
import { minutesPreviewCard, TIME_FEEDBACK_VERB } from '../../src/bot/render/minutes-card.js';
import { countDraftFacts } from '../../src/minutes/count-facts.js';
import { draftMinutes } from '../../src/minutes/draft-minutes.js';
import { hauptFinanz } from '../minutes/sessions.js';
import { adaptiveCardProblems } from '../wire/adaptive-card-validator.js';

type Card = { body: { type: string; actions?: { type: string; title: string; data: Record<string, string> }[] }[]; actions?: { type: string; title: string; data: Record<string, string> }[] };

describe('time feedback on cards', () => {
  it('asks the clerk once on the preview card: shorter, about the same or longer than usual', async () => {
    const { draft } = await draftMinutes({ style: 'ergebnis', concurrency: 1, tokenBudget: 1e5 })(await hauptFinanz());
    const card = minutesPreviewCard(draft, [], 'job-abcdefghijklmnop').content as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const buttons = card.body.filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions ?? []);
    expect(buttons.map((b) => [b.title, b.data.verdict])).toEqual([
      ['Kürzer als üblich', 'shorter'],
      ['Etwa gleich', 'same'],
      ['Länger als üblich', 'longer'],
    ]);
    expect(buttons.every((b) => b.type === 'Action.Submit' && b.data.verb === TIME_FEEDBACK_VERB && b.data.ref === 'job-abcdefghijklmnop' && b.data.task === 'minutes')).toBe(true);
  });

  it('puts "Hat mir Zeit gespart" under a found answer only', () => {
    const found = answerActivity({ found: true, mode: 'extractive', answer: 'Laut Satzung [1] …', citations: [{ id: 1, title: 'Satzung', source: 'satzung.pdf', snippet: '…' }] }, 'Quellen', true, 'ref-123456789');
    const card = found.attachments?.[0]?.content as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Hat mir Zeit gespart', data: { verb: TIME_FEEDBACK_VERB, task: 'answer', verdict: 'saved', ref: 'ref-123456789' } }]);
    const notFound = answerActivity({ found: false, mode: 'extractive', answer: 'Dazu habe ich nichts gefunden.', citations: [] }, 'Quellen', false, 'ref-123456789');
    expect(notFound.attachments).toBeUndefined();
  });

  it('counts the facts of a draft and those marked "Bitte prüfen"', async () => {
    const { draft } = await draftMinutes({ style: 'ergebnis', concurrency: 1, tokenBudget: 1e5 })(await hauptFinanz());
    const counts = countDraftFacts(draft);
    const decisions = draft.items.flatMap((i) => i.decisions);
    expect(counts.items).toBe(draft.items.length);
    expect(counts.facts).toBe(decisions.length + draft.items.reduce((n, i) => n + i.biasFacts.length, 0) + draft.facts.length);
    expect(counts.factsToCheck).toBeGreaterThanOrEqual(decisions.filter((d) => d.uncertain).length);
    expect(counts.factsToCheck).toBeLessThanOrEqual(counts.facts);
    // The unrecognised vote of N 2 in this session is one of them.
    expect(counts.factsToCheck).toBeGreaterThan(0);
  });
});
